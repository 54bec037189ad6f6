// Loaded first on the strict-CSP page: records every Content-Security-Policy violation, including
// Trusted Types ones, for the test that opens the page.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''}`.trim());
});
