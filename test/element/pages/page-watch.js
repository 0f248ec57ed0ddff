// Loaded first by the test pages in this folder: records what the page's policy blocked and what
// escaped as an error, for the test in the parent frame to read. A file, not inline: the pages
// run under a Content-Security-Policy that forbids inline script.
window.__blocked = [];
window.__escaped = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__blocked.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`.trim());
});
window.addEventListener('error', (e) => window.__escaped.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => {
  window.__escaped.push(`unhandledrejection: ${e.reason instanceof Error ? e.reason.message : String(e.reason)}`);
});
