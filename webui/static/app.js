// webinar-search: small progressive enhancements; every page works without this file.
// Loaded as a first-party file so the Content-Security-Policy needs no 'unsafe-inline'.
// It runs in <head>, before the page is drawn: the "js" class lets the stylesheet keep the
// filter drawer shut on a phone until the drawer is set up below (no flash of open filters).
(function () {
  "use strict";

  document.documentElement.classList.add("js");

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

  document.addEventListener("DOMContentLoaded", function () {
    // The filter drawer (a <details>, open in the HTML): shut on a narrow screen, where it
    // would push the results down, open beside the results on a wide one. A reader's own
    // toggling is kept until the screen crosses the breakpoint.
    var drawer = document.getElementById("filters");
    if (drawer && drawer.tagName === "DETAILS" && window.matchMedia) {
      var narrow = window.matchMedia("(max-width: 56rem)");
      var fit = function () { drawer.open = !narrow.matches; };
      fit();
      if (narrow.addEventListener) narrow.addEventListener("change", fit);
      drawer.classList.add("enhanced");
    }

    // A date range whose end is before its start would be refused by the server: say so here.
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
