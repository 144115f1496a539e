// Shows the print button on the receipt (without JavaScript the browser's own print works).
(function () {
  var button = document.getElementById("print-button");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
