// Trio — small behaviours shared by every page (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  'use strict';
  // After a form with errors is rendered, move focus to its error summary so screen readers announce it.
  function focusErrors(root) {
    var summary = (root || document).querySelector('#erreurs');
    if (summary) { summary.focus(); }
  }
  document.addEventListener('DOMContentLoaded', function () { focusErrors(document); });
  document.body.addEventListener('htmx:afterSwap', function (event) { focusErrors(event.target); });
  // Buttons that print the page.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-trio-print]');
    if (button) { window.print(); }
  });
  // Confirmation before destructive actions: <button data-trio-confirm="Supprimer ?">.
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var message = submitter && submitter.getAttribute('data-trio-confirm');
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });
})();
