/* 创城文库 对照: renders two speeches side by side from compare/d/<a>--<b>.json (shares,
 * aligned paragraphs, marked spans; all computed by build_tools/reuse.py) and the texts
 * of the two speech pages. Text only ever enters the page as text nodes. */
(function () {
  "use strict";
  var root = document.getElementById("cc-compare");
  if (!root) return;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var KIND = ["cc-same", "cc-mask", "cc-place"];
  var TITLE = ["相同文字", "隐去的名称", "不同的地名"];

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = String(text);
    return n;
  }

  function status(msg) {
    var s = root.querySelector(".cc-compare__status") || root.appendChild(el("p", "cc-compare__status"));
    s.textContent = msg;
  }

  function get(url, kind) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url);
      return kind === "json" ? r.json() : r.text();
    });
  }

  function paragraphs(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var out = [];
    doc.querySelectorAll('.cc-text p[id^="p"]').forEach(function (p) {
      var c = p.cloneNode(true);
      c.querySelectorAll(".cc-pn").forEach(function (a) { a.remove(); });
      out.push(c.textContent);
    });
    return out;
  }

  function pct(x) { return Math.round(x * 100) + "%"; }

  function marked(text, spans) {
    var frag = document.createDocumentFragment();
    var at = 0;
    spans.forEach(function (s) {
      if (s[1] < at) return;
      if (s[1] > at) frag.appendChild(document.createTextNode(text.slice(at, s[1])));
      var m = el(s[3] === 0 ? "mark" : "span", KIND[s[3]], text.slice(s[1], s[2]));
      m.title = TITLE[s[3]];
      frag.appendChild(m);
      at = s[2];
    });
    if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }

  function cell(side, label, n, texts, spansBy, href) {
    var c = el("div", "cc-cmp__cell cc-cmp__cell--" + side);
    if (n < 0) { c.classList.add("cc-cmp__cell--empty"); return c; }
    var head = el("a", "cc-cmp__label", label + " 第 " + (n + 1) + " 段");
    head.href = href + "#p" + (n + 1);
    c.appendChild(head);
    var p = el("p", "cc-cmp__text");
    p.appendChild(marked(texts[n], spansBy[n] || []));
    c.appendChild(p);
    return c;
  }

  function byPara(spans) {
    var out = {};
    spans.forEach(function (s) { (out[s[0]] = out[s[0]] || []).push(s); });
    return out;
  }

  function head(label, s, href) {
    var h = el("div", "cc-cmp__head");
    h.appendChild(el("span", "cc-cmp__tag", label));
    var a = el("a", "cc-cmp__title", s.title);
    a.href = href;
    h.appendChild(a);
    h.appendChild(el("span", "cc-dim", [s.date || "日期不详", s.place, s.level].filter(Boolean).join(" · ")));
    return h;
  }

  var q = new URLSearchParams(location.search);
  var a = q.get("a") || "", b = q.get("b") || "";
  if (!ID.test(a) || !ID.test(b) || a === b) {
    status("请从讲话页面“相同文字”一节的“对照”链接打开本页。");
    return;
  }
  var lo = a < b ? a : b, hi = a < b ? b : a;
  /* Both addresses come from the page (routes.py): "{id}" stands for a speech id. */
  var speech = root.getAttribute("data-speech"), pair = root.getAttribute("data-pair");
  var hrefA = speech.replace("{id}", a), hrefB = speech.replace("{id}", b);
  Promise.all([get(pair.replace("{a}", lo).replace("{b}", hi), "json"), get(hrefA, "text"), get(hrefB, "text")])
    .then(function (r) {
      var d = r[0], flip = d.a.id !== a;
      var A = flip ? d.b : d.a, B = flip ? d.a : d.b;
      var ta = paragraphs(r[1]), tb = paragraphs(r[2]);
      var fits = function (t, s) {
        return t.length === s.lens.length && t.every(function (x, i) { return x.length === s.lens[i]; });
      };
      if (!fits(ta, A) || !fits(tb, B)) {
        status("讲话正文与对照数据不一致（网站可能正在更新），请稍后再试。");
        return;
      }
      root.textContent = "";
      var heads = el("div", "cc-cmp__heads");
      heads.appendChild(head("甲", A, hrefA));
      heads.appendChild(head("乙", B, hrefB));
      root.appendChild(heads);
      root.appendChild(el("p", "cc-cmp__shares",
        "甲 " + pct(A.share) + " 与乙相同，乙 " + pct(B.share) + " 与甲相同"));
      var sa = byPara(A.spans), sb = byPara(B.spans);
      var grid = el("div", "cc-cmp");
      d.rows.forEach(function (row) {
        var ia = flip ? row[1] : row[0], ib = flip ? row[0] : row[1];
        var line = el("div", "cc-cmp__row");
        line.appendChild(cell("a", "甲", ia, ta, sa, hrefA));
        line.appendChild(cell("b", "乙", ib, tb, sb, hrefB));
        grid.appendChild(line);
      });
      root.appendChild(grid);
      document.title = "对照：" + A.title + " / " + B.title;
    })
    .catch(function () {
      status("没有这两篇讲话的对照数据：只有相同文字较多的讲话之间才有对照。");
    });
})();
