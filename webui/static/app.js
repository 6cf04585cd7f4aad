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

  // Type-ahead: the search box becomes an ARIA combobox listing speakers and themes that
  // complete what is typed (/suggest.json). Without this script the box is a plain search
  // field. Up/Down move through the list, Enter searches for the highlighted one, Escape
  // closes the list; a click does the same as Enter.
  function typeAhead() {
    var box = document.getElementById("q");
    var list = document.getElementById("q-suggestions");
    if (!box || !list || !box.dataset.suggest || !window.fetch) return;
    var form = box.form;
    var items = [];
    var active = -1;
    var timer = null;
    var pending = null;
    var asked = "";

    box.setAttribute("role", "combobox");
    box.setAttribute("aria-autocomplete", "list");
    box.setAttribute("aria-controls", list.id);
    box.setAttribute("aria-expanded", "false");

    function close() {
      items = [];
      active = -1;
      list.hidden = true;
      list.textContent = "";
      box.setAttribute("aria-expanded", "false");
      box.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      active = index;
      items.forEach(function (item, i) {
        item.node.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0) {
        box.setAttribute("aria-activedescendant", items[index].node.id);
        items[index].node.scrollIntoView({block: "nearest"});
      } else {
        box.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      var item = items[index];
      if (!item) return;
      box.value = item.data.query;
      close();
      if (form.requestSubmit) form.requestSubmit(); else form.submit();
    }

    function show(found) {
      close();
      found.forEach(function (data, i) {
        var node = document.createElement("li");
        node.id = "q-suggestion-" + i;
        node.setAttribute("role", "option");
        node.setAttribute("aria-selected", "false");
        var label = document.createElement("span");
        label.className = "suggestion-label";
        label.textContent = data.label;
        var kind = document.createElement("span");
        kind.className = "suggestion-kind";
        kind.textContent = (list.dataset[data.kind] || data.kind) + " · " + data.count;
        node.appendChild(label);
        node.appendChild(document.createTextNode(" "));
        node.appendChild(kind);
        node.addEventListener("click", function () { choose(i); });
        list.appendChild(node);
        items.push({node: node, data: data});
      });
      if (items.length) {
        list.hidden = false;
        box.setAttribute("aria-expanded", "true");
      }
    }

    function ask() {
      var text = box.value.trim();
      if (text.length < 2) { close(); asked = ""; return; }
      if (text === asked) return;
      asked = text;
      if (pending) pending.abort();
      pending = window.AbortController ? new AbortController() : null;
      var url = box.dataset.suggest + "?limit=8&q=" + encodeURIComponent(text);
      fetch(url, {signal: pending ? pending.signal : undefined,
                  headers: {"Accept": "application/json"}})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (data && box.value.trim() === text && document.activeElement === box) {
            show(data.suggestions || []);
          }
        })
        .catch(function () { /* a suggestion that fails is no suggestion */ });
    }

    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    box.addEventListener("keydown", function (event) {
      var open = !list.hidden && items.length > 0;
      if (event.key === "ArrowDown" && open) {
        event.preventDefault();
        highlight(active + 1 < items.length ? active + 1 : 0);
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        highlight(active > 0 ? active - 1 : items.length - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    });
    // A press on the list must not blur the box before the click picks an option.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    box.addEventListener("blur", function () { asked = ""; close(); });
  }

  document.addEventListener("DOMContentLoaded", typeAhead);

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
