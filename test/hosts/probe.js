// First script of every host page: records CSP and Trusted Types violations and
// uncaught errors, for the tests to read as window.mrtViolations / window.mrtErrors.
window.mrtViolations = [];
window.mrtErrors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.mrtViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || e.sample}`);
});
window.addEventListener('error', (e) => window.mrtErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.mrtErrors.push(String(e.reason)));
