// Copied into src/ by the framework test, which expects the type check to fail on it.
export const wrong = <estimate-range estimates={42} />;
