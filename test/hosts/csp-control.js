// Control for the CSP test: an HTML string into innerHTML, which Trusted Types must refuse.
document.addEventListener('DOMContentLoaded', () => {
  try {
    document.body.innerHTML += '<b>HTML from a string</b>';
  } catch {
    window.innerHtmlRefused = true;
  }
});
