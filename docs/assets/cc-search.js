/* 创城文库 header search: a small UI on the Pagefind JS API (no framework).
 * On focus it loads the engine (pagefind.js, its WebAssembly and metadata), so typing
 * only fetches the index chunks of the query's words and the excerpts of the results
 * shown, PAGE at a time. Results link to the paragraph holding the first match (#pN).
 * Excerpts are rebuilt from text nodes: only <mark> survives, never other markup. */
(function () {
  "use strict";
  var box = document.getElementById("cc-search");
  if (!box) return;
  var input = box.querySelector("input");
  var out = box.querySelector(".cc-search__results");
  var bundle = new URL(box.getAttribute("data-search-bundle"), location.href);
  var siteRoot = new URL("..", bundle).pathname;
  var PAGE = 5;
  var pagefind = null;
  var seq = 0;

  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", bundle).href).then(function (pf) {
        return pf.options({ baseUrl: siteRoot, excerptLength: 36 }).then(function () {
          /* Pagefind must not split the query again (see terms()). It would, because it
           * takes the query language from <html lang> when it starts (its `language`
           * option is overwritten by that), so the page says "zxx" (no language) for the
           * moment Pagefind starts, synchronously, and "zh" again right after. */
          var root = document.documentElement, lang = root.getAttribute("lang");
          root.setAttribute("lang", "zxx");
          try { return pf.init(); } finally { root.setAttribute("lang", lang); }
        }).then(function () { return pf; });
      });
      pagefind.catch(function () { pagefind = null; });   /* let a later focus retry */
    }
    return pagefind;
  }

  function safeExcerpt(htmlText) {
    var tpl = document.createElement("template");
    tpl.innerHTML = htmlText;            /* inert: nothing in a template runs or loads */
    var frag = document.createDocumentFragment();
    (function walk(node, into) {
      node.childNodes.forEach(function (n) {
        if (n.nodeType === 3) into.appendChild(document.createTextNode(n.nodeValue));
        else if (n.nodeType === 1 && n.nodeName === "MARK") {
          var m = document.createElement("mark");
          walk(n, m);
          into.appendChild(m);
        } else if (n.nodeType === 1) walk(n, into);
      });
    })(tpl.content, frag);
    return frag;
  }

  function anchorFor(d) {
    var locs = d.locations || [];
    if (!locs.length) return "";
    var first = Math.min.apply(null, locs);
    var best = "";
    (d.anchors || []).forEach(function (a) {
      if (/^p\d+$/.test(a.id) && a.location <= first) best = a.id;
    });
    return best ? "#" + best : "";
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function render(query, results, items) {
    var total = results.length;
    out.replaceChildren();
    out.setAttribute("data-query", query);   /* which query these results answer */
    out.appendChild(el("p", "cc-search__count", total ? "找到 " + total + " 篇讲话" : "没有找到匹配的讲话"));
    var list = el("ol", "cc-search__list");
    out.appendChild(list);
    append(list, items);
    if (total > items.length) more(query, results, list, items.length);
    out.hidden = false;
  }

  function more(query, results, list, shown) {
    var btn = el("button", "cc-search__more", "显示更多（还有 " + (results.length - shown) + " 篇）");
    btn.type = "button";
    btn.addEventListener("click", function () {
      btn.disabled = true;
      Promise.all(results.slice(shown, shown + PAGE).map(function (x) { return x.data(); })).then(function (items) {
        btn.remove();
        if (out.getAttribute("data-query") !== query) return;
        append(list, items);
        if (results.length > shown + items.length) more(query, results, list, shown + items.length);
      });
    });
    out.appendChild(btn);
  }

  function append(list, items) {
    items.forEach(function (d) {
      var li = el("li", "cc-search__item");
      var a = el("a", "cc-search__link");
      a.href = d.url + anchorFor(d);
      a.appendChild(el("span", "cc-search__title", (d.meta && d.meta.title) || d.url));
      var info = [d.meta && d.meta.place, d.meta && d.meta.date].filter(Boolean).join(" · ");
      if (info) a.appendChild(el("span", "cc-search__info", info));
      var ex = el("span", "cc-search__excerpt");
      ex.appendChild(safeExcerpt(d.excerpt || ""));
      a.appendChild(ex);
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  /* The query as Pagefind's words. The browser's word segmenter (what Pagefind would use)
   * does not know many names and campaign terms and cuts them into single characters
   * (安陆市 → 安 陆 市, 衢州 → 衢 州, 督查 → 督 查), which Pagefind would then match as three
   * unrelated words. So runs of one-character pieces are joined again; a word of several
   * characters stays as the segmenter found it (垃圾分类 → 垃圾 分类). Pagefind matches
   * each word as the prefix of an indexed word, or by its longest indexed prefix. */
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
  function terms(q) {
    if (!segmenter) return q;
    return q.split(/\s+/).map(function (part) {
      var words = [], run = false;      /* run: the last word is made of single characters */
      Array.from(segmenter.segment(part)).forEach(function (s) {
        if (!s.isWordLike) { run = false; return; }
        var single = Array.from(s.segment).length === 1;
        if (single && run) words[words.length - 1] += s.segment;
        else words.push(s.segment);
        run = single;
      });
      return words.join(" ");
    }).filter(Boolean).join(" ");
  }

  function search() {
    var q = input.value.trim();
    var mine = ++seq;
    if (!q) { out.hidden = true; out.replaceChildren(); return; }
    /* No debounce: a newer keystroke makes the older answer stale (seq), and Pagefind
     * caches the chunks both need, so typing fast costs little. */
    load().then(function (pf) {
      /* A name or term of 3+ characters typed as one word (安陆市) is also searched as a
       * phrase, and phrase matches come first: Pagefind otherwise ranks every page holding
       * its parts (安陆 … 市) by word counts alone. */
      var t = terms(q);
      var phrase = /^[^\s"]{3,}$/.test(q) ? pf.search('"' + t + '"') : null;
      return Promise.all([pf.search(t), phrase]);
    }).then(function (rs) {
      if (!rs[0] || mine !== seq) return null;
      var seen = {}, results = [];
      ((rs[1] && rs[1].results) || []).concat(rs[0].results).forEach(function (x) {
        if (!seen[x.id]) { seen[x.id] = true; results.push(x); }
      });
      return Promise.all(results.slice(0, PAGE).map(function (x) { return x.data(); }))
        .then(function (items) { if (mine === seq) render(q, results, items); });
    }).catch(function (err) {
      out.replaceChildren(el("p", "cc-search__count", "搜索暂不可用（" + err + "）"));
      out.hidden = false;
    });
  }

  /* While an input method is composing (pinyin letters), wait for the characters. */
  input.addEventListener("input", function (ev) { if (!ev.isComposing) search(); });
  input.addEventListener("compositionend", search);
  input.addEventListener("focus", function () { load(); if (out.childNodes.length) out.hidden = false; });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { out.hidden = true; input.blur(); }
  });
  document.addEventListener("click", function (ev) { if (!box.contains(ev.target)) out.hidden = true; });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement !== input && !/INPUT|TEXTAREA/.test(document.activeElement.nodeName)) {
      ev.preventDefault(); input.focus();
    }
  });
})();
