// Copied into src/ by the framework test, which expects the type check to fail on it.
const chart = document.querySelector('estimate-range')!;
chart.estimates = 42;
