/* 创城文库 header search: a small UI on the Pagefind JS API (no framework).
 * Loads /pagefind/pagefind.js on first use; Pagefind fetches only the index chunks a
 * query needs. Results link to the paragraph holding the first match (#pN).
 * Excerpts are rebuilt from text nodes: only <mark> survives, never other markup. */
(function () {
  "use strict";
  var box = document.getElementById("cc-search");
  if (!box) return;
  var input = box.querySelector("input");
  var out = box.querySelector(".cc-search__results");
  var bundle = new URL(box.getAttribute("data-pagefind"), location.href);
  var siteRoot = new URL("..", bundle).pathname;
  var pagefind = null;
  var seq = 0;

  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", bundle).href).then(function (pf) {
        return pf.options({ baseUrl: siteRoot, excerptLength: 36 }).then(function () { return pf; });
      });
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

  function render(query, total, items) {
    out.replaceChildren();
    out.setAttribute("data-query", query);   /* which query these results answer */
    out.appendChild(el("p", "cc-search__count", total ? "找到 " + total + " 篇讲话" : "没有找到匹配的讲话"));
    var list = el("ol", "cc-search__list");
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
    out.appendChild(list);
    out.hidden = false;
  }

  function search() {
    var q = input.value.trim();
    var mine = ++seq;
    if (!q) { out.hidden = true; out.replaceChildren(); return; }
    load().then(function (pf) { return pf.debouncedSearch(q, {}, 150); }).then(function (r) {
      if (r === null || mine !== seq) return null;
      return Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); }))
        .then(function (items) { if (mine === seq) render(q, r.results.length, items); });
    }).catch(function (err) {
      out.replaceChildren(el("p", "cc-search__count", "搜索暂不可用（" + err + "）"));
      out.hidden = false;
    });
  }

  input.addEventListener("input", search);
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
