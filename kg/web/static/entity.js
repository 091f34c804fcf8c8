// Entity pages: filter the timeline by kind of event; pointing at someone in the network (the drawing or
// its table) highlights the line to them and the timeline rows they share. The page is complete without it.
(function () {
  "use strict";
  var filter = document.querySelector(".timeline-filter");
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.timeline tr.fact-row"));
  if (filter && rows.length) {
    filter.hidden = false;
    filter.addEventListener("change", function () {
      var shown = {};
      filter.querySelectorAll("input[type=checkbox]").forEach(function (box) { shown[box.value] = box.checked; });
      rows.forEach(function (row) { row.hidden = !shown[row.getAttribute("data-kind")]; });
    });
  }

  function highlight(iri, on) {
    document.querySelectorAll("[data-iri]").forEach(function (element) {
      if (element.getAttribute("data-iri") === iri) {
        element.classList.toggle("highlight", on);
      }
    });
    rows.forEach(function (row) {
      var related = (row.getAttribute("data-related") || "").split(" ");
      row.classList.toggle("highlight", on && related.indexOf(iri) >= 0);
    });
  }

  document.querySelectorAll(".network a.node, table.neighbours tr[data-iri]").forEach(function (element) {
    var iri = element.getAttribute("data-iri");
    ["mouseenter", "focusin"].forEach(function (name) {
      element.addEventListener(name, function () { highlight(iri, true); });
    });
    ["mouseleave", "focusout"].forEach(function (name) {
      element.addEventListener(name, function () { highlight(iri, false); });
    });
  });
})();
