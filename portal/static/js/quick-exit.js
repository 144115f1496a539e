/* Quick exit, after GOV.UK's "Exit this page": blank the page, replace it in the history
   with the neutral site (Back does not return), and Shift pressed 3 times (within 5 s of
   each other) does the same. Shift, not Escape: Escape stops loading and closes dialogs. */
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  if (!link) { return; }
  var d = link.dataset, status = document.createElement("span");
  var presses = 0, timer = null, modified = false;
  function say(text) { status.textContent = text || ""; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.hidden = true;
    // Text kept for a language switch (citizen-forms.js) must not outlive the visit.
    try { sessionStorage.clear(); } catch (ignore) {}
    location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a[data-quick-exit]")) { leave(event); }
  }, true);
  document.addEventListener("keyup", function (event) {
    // Shift used as a modifier (Shift+A) ends with a Shift keyup after a shifted key: skip it.
    if (event.key === "Shift" && !modified) {
      presses += 1;
      clearTimeout(timer);
      if (presses >= 3) { presses = 0; leave(); return; }
      say(presses === 1 ? d.twoMore : d.oneMore);
      timer = setTimeout(function () { presses = 0; say(""); }, 5000);
    } else if (presses) {
      presses = 0;
      say("");
    }
    modified = event.shiftKey;
  }, true);
  // Back to a page the browser kept in memory: show it again.
  addEventListener("pageshow", function () { document.body.hidden = false; presses = 0; say(""); });
  status.className = "sr-only";
  status.setAttribute("role", "status");
  link.parentNode.appendChild(status);
  document.getElementById("quick-exit-hint").hidden = false;
  // A modal dialog (the chat on a phone) hides the page: it gets a copy of the link on top.
  function equip(dialog) {
    if (dialog.querySelector("a[data-quick-exit]")) { return; }
    var copy = link.cloneNode(true);
    copy.id = "quick-exit-" + (dialog.id || "dialog");
    copy.className += " ti-quick-exit-dialog";
    dialog.insertBefore(copy, dialog.firstChild);
  }
  new MutationObserver(function () {
    document.querySelectorAll("dialog").forEach(equip);
  }).observe(document.body, { childList: true, subtree: true });
}());
