/* Traditional Mongolian pages: the reading region scrolls sideways. Map the mouse wheel and the
   keys that readers expect (arrows, Page Up/Down, Home/End, Space) to horizontal scrolling, unless
   focus is in a form field or the key already does something else (a link, a table region). */
(function () {
  "use strict";
  var region = document.querySelector(".md-container");
  if (!region || !document.documentElement.lang.startsWith("mn")) return;
  region.setAttribute("tabindex", "0");
  region.setAttribute("role", "region");
  // Inside a region a <footer> is no longer the page's contentinfo landmark: say so explicitly.
  var footer = region.querySelector("footer.md-footer");
  if (footer) footer.setAttribute("role", "contentinfo");
  var label = document.querySelector("article h1");
  if (label) {
    if (!label.id) label.id = "gk-reading-title";
    region.setAttribute("aria-labelledby", label.id);
  }

  function inOwnScroller(target) {
    return target && target.closest && target.closest(".gk-table-wrap, input, textarea, select, [contenteditable]");
  }

  region.addEventListener("wheel", function (event) {
    if (event.ctrlKey || inOwnScroller(event.target)) return;
    if (Math.abs(event.deltaY) > Math.abs(event.deltaX)) {
      region.scrollLeft += event.deltaY;
      event.preventDefault();
    }
  }, { passive: false });

  var STEP = 60;
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (inOwnScroller(event.target)) return;
    var page = region.clientWidth * 0.9;
    var moves = {
      ArrowRight: STEP, ArrowDown: STEP, ArrowLeft: -STEP, ArrowUp: -STEP,
      PageDown: page, PageUp: -page,
      Home: -region.scrollWidth, End: region.scrollWidth
    };
    if (event.key === " " && event.target === region) moves[" "] = event.shiftKey ? -page : page;
    if (!(event.key in moves)) return;
    region.scrollBy({ left: moves[event.key], behavior: "auto" });
    event.preventDefault();
  });
})();
