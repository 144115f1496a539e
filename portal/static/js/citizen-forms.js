/* Pages with forms (DESIGN.md § 4). Without JavaScript both still work: the language links
   are plain links (what was sent is kept on the server) and the server refuses "No" together
   with other answers.
   1. A language switch keeps what was typed but not yet sent: on a click of a language link
      the fields' values go into sessionStorage under this page's path, and the page in the
      other language (same path) puts them back, then forgets them. Sending a form forgets
      them too; the quick exit clears the storage.
   2. Exclusive answers (data-exclusive: "No", "I do not know"): ticking one unticks the
      others, ticking another unticks them, as GOV.UK's checkboxes do. */
(function () {
  "use strict";
  var KEY = "ti-typed:" + location.pathname;
  var store;
  try { store = window.sessionStorage; } catch (ignore) { store = null; }

  function fields() {
    return Array.prototype.filter.call(document.querySelectorAll("main form [name]"), function (f) {
      return f.type !== "hidden" && f.type !== "submit" && f.type !== "button" && f.name !== "website";
    });
  }

  if (store) {
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a.ti-lang-switch");
      if (!link) { return; }
      var values = {};
      fields().forEach(function (f) {
        if (f.type === "checkbox" || f.type === "radio") {
          values[f.name] = values[f.name] || [];
          if (f.checked) { values[f.name].push(f.value); }
        } else {
          values[f.name] = f.value;
        }
      });
      store.setItem(KEY, JSON.stringify(values));
    });
    var kept = store.getItem(KEY);
    store.removeItem(KEY);
    if (kept) {
      var values = JSON.parse(kept);
      fields().forEach(function (f) {
        if (!Object.prototype.hasOwnProperty.call(values, f.name)) { return; }
        var value = values[f.name];
        if (f.type === "checkbox" || f.type === "radio") {
          f.checked = value.indexOf(f.value) !== -1;
        } else {
          f.value = value;
        }
      });
    }
    document.addEventListener("submit", function () { store.removeItem(KEY); });
  }

  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.type !== "checkbox" || !box.checked) { return; }
    var exclusive = box.hasAttribute("data-exclusive");
    Array.prototype.forEach.call(document.getElementsByName(box.name), function (other) {
      if (other !== box && (exclusive || other.hasAttribute("data-exclusive"))) {
        other.checked = false;
      }
    });
  });
}());
