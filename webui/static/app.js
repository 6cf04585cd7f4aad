// webinar-search: small progressive enhancements; every page works without this file.
// Loaded as a first-party file so the Content-Security-Policy needs no 'unsafe-inline'.
(function () {
  "use strict";

  function isTyping(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  // "/" jumps to the search box (as on many search sites), Escape leaves it.
  document.addEventListener("keydown", function (event) {
    var box = document.getElementById("q");
    if (!box) return;
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey &&
        !isTyping(document.activeElement)) {
      event.preventDefault();
      box.focus();
      box.select();
    } else if (event.key === "Escape" && document.activeElement === box) {
      box.blur();
    }
  });

  // A date range whose end is before its start would be refused by the server: say so here.
  document.addEventListener("DOMContentLoaded", function () {
    var from = document.getElementById("from");
    var to = document.getElementById("to");
    if (!from || !to) return;
    function sync() {
      to.min = from.value || "";
      from.max = to.value || "";
    }
    from.addEventListener("change", sync);
    to.addEventListener("change", sync);
    sync();
  });
})();
