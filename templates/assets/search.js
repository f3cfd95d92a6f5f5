/* Search as you type. handbook.js loads this script when a search box is first used (the
   search page loads it at once); it fetches the index, search-index.json, then. Without
   JavaScript the form opens the search page, which points to the contents and the print page. */
(function () {
  "use strict";
  var forms = document.querySelectorAll("form.search[data-index]:not([data-ready])");
  if (!forms.length || !window.fetch || !"".normalize) return;
  var split;
  try { split = new RegExp("[^\\p{L}\\p{M}\\p{N}]+", "u"); } catch (e) { split = /[^a-z0-9\u00c0-\uffff]+/; }
  var loading = null;

  /* The same folding as the build's SearchWords: lower case, no accents, no apostrophes. */
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f'\u2019]/g, "").split(split).filter(Boolean);
  }
  function load(url) {
    if (!loading) {
      loading = fetch(url).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      }).then(function (data) {
        data.p.forEach(function (p, i) {
          p.i = i; p.tw = fold(p.t); p.dw = fold(p.d); p.ww = p.w.split(" ");
          p.hw = p.h.map(function (h) { return { text: h[0], id: h[1], words: fold(h[0]) }; });
        });
        data.g.forEach(function (g) { g.phrases = [g.t].concat(g.a).map(function (a) { return fold(a).join(" "); }); });
        return data;
      });
    }
    return loading;
  }
  function has(words, token) {
    for (var i = 0; i < words.length; i++) if (words[i].indexOf(token) === 0) return true;
    return false;
  }
  function count(words, tokens) {
    return tokens.filter(function (t) { return has(words, t); }).length;
  }
  function contains(words, phrase) {
    return (" " + words.join(" ")).indexOf(" " + phrase) >= 0;
  }

  /* Ranks glossary terms and titles first, then headings, then the text. */
  function search(index, query) {
    var tokens = fold(query), phrase = tokens.join(" "), hits = [], boost = {}, partial = phrase.length > 1;
    if (!tokens.length) return hits;
    index.g.forEach(function (g) {
      var best = 0;
      g.phrases.forEach(function (p) {
        var score = p === phrase ? 300 : partial && p.indexOf(phrase) === 0 ? 250
          : partial && (" " + p).indexOf(" " + phrase) > 0 ? 200 : (" " + phrase + " ").indexOf(" " + p + " ") >= 0 ? 150 : 0;
        best = Math.max(best, score);
      });
      if (!best) return;
      hits.push({ score: best, order: -1, url: g.u, title: g.t, where: "Glossary", text: g.d });
      g.p.forEach(function (i) { boost[i] = Math.max(boost[i] || 0, best / 5); });
    });
    index.p.forEach(function (p) {
      var score = boost[p.i] || 0, found = 0, heading = null, best = 0;
      p.hw.forEach(function (h) {
        var n = count(h.words, tokens);
        if (n > best) { best = n; heading = h; }
      });
      tokens.forEach(function (t) {
        var s = has(p.tw, t) ? 30 : heading && has(heading.words, t) ? 15 : has(p.dw, t) ? 8 : has(p.ww, t) ? 3 : 0;
        if (s) found++;
        score += s;
      });
      if (found < tokens.length && !boost[p.i]) return;
      if (contains(p.tw, phrase)) score += 50;
      var inTitle = count(p.tw, tokens) === tokens.length;
      var deep = !inTitle && heading && best === tokens.length;
      if (deep && contains(heading.words, phrase)) score += 25;
      hits.push({ score: score, order: p.i, url: deep ? p.u + "#" + heading.id : p.u, title: p.t,
        where: deep ? heading.text : "", text: p.d });
    });
    return hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
  }

  function setUp(form) {
    var input = form.querySelector(".search-input");
    var panel = form.querySelector(".search-results");
    var status = form.querySelector(".search-status");
    var inline = form.classList.contains("search-page");
    var limit = inline ? 30 : 8;
    var url = form.getAttribute("data-index");
    var shown = "";
    if (!input || !panel || !status) return;
    form.setAttribute("data-ready", "");
    var hint = document.createElement("span");
    hint.className = "vh";
    hint.id = input.id + "-hint";
    hint.textContent = "Results appear as you type. Press the down arrow to move to them.";
    form.appendChild(hint);
    input.setAttribute("aria-describedby", hint.id);

    function links() { return [].slice.call(panel.querySelectorAll("a")); }
    function close() { if (!inline) panel.hidden = true; }
    function show(index) {
      var query = input.value.trim();
      if (query === shown && (!panel.hidden || !query)) return;
      shown = query;
      panel.textContent = "";
      if (!query) { panel.hidden = true; status.textContent = ""; return; }
      var hits = search(index, query).slice(0, limit);
      var list = document.createElement("ol");
      list.className = "search-list";
      hits.forEach(function (hit) {
        var item = document.createElement("li"), link = document.createElement("a");
        link.href = hit.url;
        link.className = "search-hit";
        [["search-hit-title", hit.title], ["search-hit-where", hit.where], ["search-hit-text", hit.text]].forEach(function (part) {
          if (!part[1]) return;
          var span = document.createElement("span");
          span.className = part[0];
          span.textContent = part[1];
          link.appendChild(span);
        });
        item.appendChild(link);
        list.appendChild(item);
      });
      if (hits.length) panel.appendChild(list);
      else {
        var none = document.createElement("p");
        none.className = "search-none";
        none.textContent = "Nothing found for “" + query + "”. Try another word, or look through the contents.";
        panel.appendChild(none);
      }
      panel.hidden = false;
      status.textContent = hits.length ? hits.length + (hits.length === 1 ? " result" : " results") + " for “" + query + "”." : "No results.";
    }
    function run() {
      load(url).then(show, function () {
        loading = null;
        shown = "";
        panel.textContent = "";
        var failed = document.createElement("p");
        failed.className = "search-none";
        failed.textContent = status.textContent = "Search could not be loaded. Try again, or look through the contents.";
        panel.appendChild(failed);
        panel.hidden = false;
      });
    }

    input.addEventListener("focus", function () { load(url).catch(function () { loading = null; }); });
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (e) {
      var first = links()[0];
      if (e.key === "ArrowDown" && first && !panel.hidden) {
        e.preventDefault();
        first.focus();
      } else if ((e.key === "Escape" || e.key === "Esc") && !panel.hidden && !inline) {
        e.preventDefault();
        e.stopPropagation();
        close();
      }
    });
    form.addEventListener("submit", function (e) {
      var first = links()[0];
      if (first && !panel.hidden) {
        e.preventDefault();
        location.href = first.href;
      }
    });
    panel.addEventListener("keydown", function (e) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (at < 0) return;
      var to = e.key === "ArrowDown" ? at + 1 : e.key === "ArrowUp" ? at - 1 : e.key === "Home" ? 0 : e.key === "End" ? all.length - 1 : null;
      if (e.key === "Escape" || e.key === "Esc") {
        e.preventDefault();
        e.stopPropagation();
        close();
        input.focus();
      } else if (to !== null) {
        e.preventDefault();
        if (to < 0) input.focus(); else if (all[Math.min(to, all.length - 1)]) all[Math.min(to, all.length - 1)].focus();
      }
    });
    form.addEventListener("focusout", function (e) {
      if (!e.relatedTarget || !form.contains(e.relatedTarget)) setTimeout(function () {
        if (!form.contains(document.activeElement)) close();
      }, 0);
    });
    input.addEventListener("click", function () { if (input.value.trim()) run(); });

    var query = inline && new URLSearchParams(location.search).get("q");
    if (query) input.value = query;
    if (input.value.trim()) run();
    else if (document.activeElement === input) load(url).catch(function () { loading = null; });
  }
  for (var i = 0; i < forms.length; i++) setUp(forms[i]);
})();
