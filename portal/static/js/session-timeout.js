// Staff idle timeout (WCAG 2.2.1): warn before the server ends an idle session and offer
// "Stay logged in". Without JavaScript the server still ends the session; the warning
// is an enhancement. No inline script: the page only carries data-* settings.
(function () {
  "use strict";
  var box = document.getElementById("session-timeout");
  if (!box || !window.fetch) { return; }
  var timeout = parseInt(box.getAttribute("data-timeout"), 10) * 1000;
  var warnBefore = parseInt(box.getAttribute("data-warn"), 10) * 1000;
  var extendUrl = box.getAttribute("data-extend-url");
  var loginUrl = box.getAttribute("data-login-url");
  var form = box.querySelector("form");
  var button = document.getElementById("session-timeout-stay");
  var token = form.querySelector("input[name=csrf_token]");
  var warnTimer = null;
  var endTimer = null;
  var main = document.getElementById("main-content");

  function schedule() {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    warnTimer = window.setTimeout(show, Math.max(0, timeout - warnBefore));
    endTimer = window.setTimeout(function () { window.location.assign(loginUrl); }, timeout + 2000);
  }

  function show() {
    // At the top of the main content, so screen readers and keyboard users meet it.
    if (main && box.parentNode !== main) { main.insertBefore(box, main.firstChild); }
    box.hidden = false;
    button.focus();
  }

  function hide() {
    box.hidden = true;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var headers = { "Accept": "application/json" };
    if (token) { headers["X-CSRFToken"] = token.value; }
    fetch(extendUrl, { method: "POST", headers: headers, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok || response.redirected) { throw new Error("session ended"); }
        return response.json();
      })
      .then(function (data) {
        // The server says how long is left: the idle timeout, or less near the session's
        // absolute end (12 h after login), which no click can extend.
        if (data && data.remaining > 0) { timeout = data.remaining * 1000; }
        hide();
        schedule();
      })
      .catch(function () { window.location.assign(loginUrl); });
  });

  schedule();
}());
