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
  // A part of a page loaded by htmx (a section of the apprentice file) that could not be loaded shows the French
  // message of its data-trio-error attribute instead of staying on "Chargement…".
  function sectionFailed(event) {
    var target = event.detail && event.detail.elt;
    var section = target && target.closest ? target.closest('[data-trio-section]') : null;
    if (!section) { return; }
    var message = document.createElement('p');
    message.className = 'alert alert-warning mb-0';
    message.setAttribute('role', 'alert');
    message.textContent = section.getAttribute('data-trio-error');
    section.replaceChildren(message);
  }
  document.body.addEventListener('htmx:responseError', sectionFailed);
  document.body.addEventListener('htmx:sendError', sectionFailed);
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
  // Read-only fields to copy (a private address): select the whole text on focus.
  document.addEventListener('focusin', function (event) {
    if (event.target.matches && event.target.matches('[data-trio-select]')) { event.target.select(); }
  });
})();
