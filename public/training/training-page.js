/*
 * Shared by every training page. Over http(s) the extension's content script finds the page and does
 * the work, so this does nothing. Opened as an extension page (chrome-extension:// or moz-extension://)
 * no content script runs, so load the extension's own mount script instead. External file only: the
 * extension's CSP forbids inline scripts.
 */
(function () {
  'use strict';
  var protocol = window.location.protocol;
  if (protocol !== 'chrome-extension:' && protocol !== 'moz-extension:') return;
  if (document.querySelector('script[data-training-mount]')) return;
  var script = document.createElement('script');
  script.src = '/training-mount.js';
  script.setAttribute('data-training-mount', '');
  document.body.appendChild(script);
})();
