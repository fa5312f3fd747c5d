// Article page: focus one event's evidence when its card is hovered, focused or clicked.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var cards = document.querySelectorAll(".event-card");
  if (!text || !cards.length) { return; }
  var pinned = null;

  function show(index) {
    var spans = text.querySelectorAll("[data-events]");
    text.classList.toggle("focusing", index !== null);
    spans.forEach(function (span) {
      var events = span.getAttribute("data-events").split(" ");
      span.classList.toggle("focus", index !== null && events.indexOf(index) >= 0);
    });
    cards.forEach(function (card) {
      card.classList.toggle("active", card.getAttribute("data-event") === index);
    });
  }

  cards.forEach(function (card) {
    var index = card.getAttribute("data-event");
    card.addEventListener("mouseenter", function () { if (pinned === null) { show(index); } });
    card.addEventListener("mouseleave", function () { if (pinned === null) { show(null); } });
    card.addEventListener("focus", function () { if (pinned === null) { show(index); } });
    card.addEventListener("click", function (event) {
      if (event.target.tagName === "A") { return; }
      pinned = pinned === index ? null : index;
      show(pinned);
    });
  });
})();
