// A classic script, first in each hostile page (and allowed by a strict CSP, being a file on the
// same origin): records what reaches this document, so the tests can read it back.
window.heard = { events: [], violations: [] };
for (const type of ['goesting-change', 'goesting-complete', 'goesting-error']) {
  document.addEventListener(type, (event) => {
    window.heard.events.push({ type, widget: event.detail.widget, target: event.target.localName, composed: event.composed });
  });
}
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.heard.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
  true,
);
