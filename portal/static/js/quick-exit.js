/* Quick exit, after GOV.UK's "Exit this page": blank the page, let the neutral site replace
   it in the history (Back does not return), and Shift pressed 3 times, each within 5 s,
   does the same (Escape would stop the loading). A modal dialog gets a copy of the link. */
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  if (!link) { return; }
  var d = link.dataset, status = document.createElement("span");
  var presses = 0, timer, modified = false;
  function say(text) { status.textContent = text || ""; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.hidden = true;
    try { sessionStorage.clear(); } catch (ignore) {} // text kept for a language switch
    location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest("a[data-quick-exit]")) { leave(event); }
  }, true);
  document.addEventListener("keyup", function (event) {
    // Shift as a modifier (Shift+A) ends with a Shift keyup after a shifted key: not counted.
    if (event.key === "Shift" && !modified) {
      presses += 1;
      clearTimeout(timer);
      if (presses > 2) { presses = 0; leave(); return; }
      say(presses === 1 ? d.twoMore : d.oneMore);
      timer = setTimeout(function () { presses = 0; say(); }, 5000);
    } else if (presses) {
      presses = 0;
      say();
    }
    modified = event.shiftKey;
  }, true);
  addEventListener("pageshow", function () { document.body.hidden = false; presses = 0; say(); });
  status.className = "sr-only";
  status.setAttribute("role", "status");
  link.parentNode.appendChild(status);
  document.getElementById("quick-exit-hint").hidden = false;
  new MutationObserver(function () {
    document.querySelectorAll("dialog").forEach(function (dialog) {
      if (dialog.querySelector("a[data-quick-exit]")) { return; }
      var copy = link.cloneNode(true);
      copy.id = "quick-exit-" + dialog.id;
      copy.className += " ti-quick-exit-dialog";
      dialog.prepend(copy);
    });
  }).observe(document.body, { childList: true, subtree: true });
}());
