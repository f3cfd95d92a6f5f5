/* Secure Beginnings: theme toggle, phone menu, glossary tips, loading search. The page works without it. */
(function () {
  "use strict";
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  /* Theme: Auto (follow the device), Light or Dark, remembered in localStorage. */
  var themeButton = document.querySelector(".theme-toggle");
  function savedTheme() {
    try { return localStorage.getItem("theme"); } catch (e) { return null; }
  }
  function showTheme(theme) {
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
    else root.removeAttribute("data-theme");
    var state = themeButton && themeButton.querySelector(".theme-state");
    if (state) state.textContent = theme === "light" ? "Light" : theme === "dark" ? "Dark" : "Auto";
  }
  if (themeButton) {
    var now = savedTheme();
    showTheme(now);
    themeButton.addEventListener("click", function () {
      var system = dark && dark.matches ? "dark" : "light";
      var other = system === "dark" ? "light" : "dark";
      // Auto -> the look the device is not showing -> the device's look, kept -> Auto.
      var next = now !== "light" && now !== "dark" ? other : now === other ? system : "auto";
      try {
        if (next === "auto") localStorage.removeItem("theme"); else localStorage.setItem("theme", next);
      } catch (e) { /* private mode: still switch for this page */ }
      now = next;
      showTheme(next);
    });
  }

  /* Phone menu: a real button that shows and hides the outline. */
  var menuButton = document.querySelector(".menu-toggle");
  var menu = menuButton && document.getElementById(menuButton.getAttribute("aria-controls"));
  function setMenu(open) {
    menuButton.setAttribute("aria-expanded", open ? "true" : "false");
    menu.classList.toggle("is-open", open);
  }
  if (menu) {
    menuButton.addEventListener("click", function () {
      setMenu(menuButton.getAttribute("aria-expanded") !== "true");
    });
  }

  /* Glossary tips: hover and focus are CSS; a tap shows the tip first, a second tap follows the link. */
  var pointer = "";
  function tipFor(term) {
    var id = term.getAttribute("aria-describedby");
    return id ? document.getElementById(id) : null;
  }
  function closeTips(keep) {
    var open = document.querySelectorAll(".glossary-tip.is-open");
    for (var i = 0; i < open.length; i++) if (open[i] !== keep) open[i].classList.remove("is-open");
  }
  document.addEventListener("pointerdown", function (e) { pointer = e.pointerType; }, true);
  document.addEventListener("click", function (e) {
    var term = e.target.closest ? e.target.closest(".glossary-term") : null;
    var tip = term ? tipFor(term) : null;
    closeTips(tip);
    var touch = pointer === "touch" || pointer === "pen";
    pointer = "";
    if (!tip || !touch || tip.classList.contains("is-open")) return;
    e.preventDefault();
    tip.classList.remove("is-hidden");
    tip.classList.add("is-open");
  });
  function unhide(e) {
    var term = e.target.closest ? e.target.closest(".glossary-term") : null;
    var tip = term && tipFor(term);
    if (tip) tip.classList.remove("is-hidden");
  }
  document.addEventListener("focusin", unhide);
  document.addEventListener("mouseover", unhide);

  /* Escape hides a showing tip first; otherwise it closes the menu and returns focus to its button. */
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape" && e.key !== "Esc") return;
    var active = document.activeElement;
    var term = document.querySelector(".glossary-term:hover") || (active && active.closest && active.closest(".glossary-term"));
    var tips = [].slice.call(document.querySelectorAll(".glossary-tip.is-open, .glossary-tip:hover"));
    var tip = term && tipFor(term);
    if (tip && !tip.classList.contains("is-hidden")) tips.push(tip);
    if (tips.length) {
      tips.forEach(function (t) { t.classList.remove("is-open"); t.classList.add("is-hidden"); });
    } else if (menu && menuButton.getAttribute("aria-expanded") === "true") {
      setMenu(false);
      menuButton.focus();
    }
  });

  /* Search: its script (assets/search.js) loads when a search box is first used. */
  function loadSearch(e) {
    var form = e.currentTarget, src = form.getAttribute("data-script");
    if (!src || document.querySelector('script[src="' + src + '"]')) return;
    var script = document.createElement("script");
    script.src = src;
    document.head.appendChild(script);
  }
  var searchForms = document.querySelectorAll("form.search[data-script]");
  for (var f = 0; f < searchForms.length; f++) {
    searchForms[f].addEventListener("focusin", loadSearch);
    searchForms[f].addEventListener("pointerdown", loadSearch);
  }

  /* Wide tables and code blocks scroll sideways: let keyboards reach them. */
  function markScrollers() {
    var boxes = document.querySelectorAll(".prose table, .prose pre");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
      else if (box.getAttribute("tabindex") === "0") box.removeAttribute("tabindex");
    }
  }
  markScrollers();
  window.addEventListener("resize", markScrollers);

  /* Task-list boxes come without a label; name each after its item's text. */
  var boxes = document.querySelectorAll('.prose li > input[type="checkbox"]:not([aria-label]):not([id])');
  for (var b = 0; b < boxes.length; b++) {
    boxes[b].setAttribute("aria-label", boxes[b].parentNode.textContent.trim().slice(0, 120));
  }
})();
