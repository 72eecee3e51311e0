/* 创城文库 search: an exact reader of the static index that build_tools/site/search.py
 * writes to <site>/search/idx/ (the format is documented there). No framework, no
 * dependency; the same file runs in the browser and, for the tests, in Node (module.exports).
 *
 * A query is terms separated by spaces (quotes only group). A speech is a result when its
 * title, place or text contains every term, after the same per-character folding as the
 * index (NFKC, width, lower case, 繁→简). Counts are exact: 1–2 character terms (and listed
 * 3–4 character ones) are read from per-speech counts, longer terms from bigram positions.
 * Untrusted text only ever becomes text nodes. */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else { root.CCSearch = api; api.boot(); }
})(this, function () {
  "use strict";

  /* --- index reader --------------------------------------------------------------------- */

  function varint(b, at) {           /* → [value, next offset] */
    var x = 0, mul = 1, c;
    do { c = b[at++]; x += (c & 0x7f) * mul; mul *= 128; } while (c & 0x80);
    return [x, at];
  }

  function fnv1a(bytes) {
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
    return h;
  }

  var utf8 = new TextEncoder();

  function inflate(buf) {
    var stream = new Blob([buf]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).arrayBuffer().then(function (ab) { return new Uint8Array(ab); });
  }

  /* base: URL of the idx/ folder (ending in /); get(url, "json"|"bytes") → Promise. */
  function Engine(base, get) {
    this.base = base;
    this.get = get;
    this.cache = {};
    this.meta = null;
  }

  Engine.prototype.load = function (path, kind) {
    var c = this.cache, key = kind + ":" + path;
    if (!c[key]) {
      c[key] = this.get(this.base + path, kind).then(function (data) {
        return kind === "bytes" ? inflate(data) : data;
      });
      c[key].catch(function () { delete c[key]; });
    }
    return c[key];
  };

  Engine.prototype.init = function () {
    var self = this;
    if (!this.ready) {
      this.ready = this.load("meta.json", "json").then(function (m) {
        var fold = {}, chars = Array.from(m.fold);
        for (var i = 0; i + 1 < chars.length; i += 2) fold[chars[i]] = chars[i + 1];
        m.t2s = fold;
        m.frequent = new Set();
        var vf = Array.from(m.vf);
        for (var j = 0; j + 1 < vf.length; j += 2) m.frequent.add(vf[j] + vf[j + 1]);
        self.meta = m;
        return m;
      });
      this.ready.catch(function () { self.ready = null; });
    }
    return this.ready;
  };

  /* One character → one character, as search.py's fold_char. */
  Engine.prototype.foldChar = function (c) {
    var n = c.normalize("NFKC");
    if (Array.from(n).length !== 1) n = c;
    var low = n.toLowerCase();
    if (Array.from(low).length === 1) n = low;
    return this.meta.t2s[n] || n;
  };

  Engine.prototype.fold = function (s) {
    var self = this;
    return Array.from(s).map(function (c) { return self.foldChar(c); }).join("");
  };

  Engine.prototype.terms = function (q) {
    var out = [];
    this.fold(q).replace(/["“”「」『』]/g, " ").split(/\s+/).forEach(function (t) {
      if (t && out.indexOf(t) < 0) out.push(t);
    });
    return out;
  };

  /* The record of one gram: {counts: bytes, posPart} or null when not indexed. */
  Engine.prototype.record = function (gram) {
    var self = this, kb = utf8.encode(gram);
    var shard = fnv1a(kb) % this.meta.shards;
    return this.load("s/" + shard + ".bin", "bytes").catch(function (err) {
      if (err && err.notFound) return new Uint8Array(0);   /* an empty shard is not written */
      throw err;
    }).then(function (b) {
      var at = 0;
      while (at < b.length) {
        var r = varint(b, at), klen = r[0]; at = r[1];
        var same = klen === kb.length;
        for (var i = 0; same && i < klen; i++) same = b[at + i] === kb[i];
        at += klen;
        r = varint(b, at); var flags = r[0]; at = r[1];
        var parts = [];
        for (var p = 0; p < ((flags & 2) ? 2 : 1); p++) {
          var external = p === 0 ? flags & 1 : flags & 4;
          r = varint(b, at); at = r[1];
          if (external) parts.push({ file: r[0] });
          else { parts.push({ bytes: b.subarray(at, at + r[0]) }); at += r[0]; }
        }
        if (same) {
          return self.part(parts[0]).then(function (c) { return { counts: c, posPart: parts[1] || null }; });
        }
      }
      return null;
    });
  };

  /* A part of a record: inline bytes, or a big list in a file of its own (fetched once). */
  Engine.prototype.part = function (x) {
    return x.bytes ? Promise.resolve(x.bytes) : this.load("x/" + x.file + ".bin", "bytes");
  };

  /* The positions of a record, fetched only when a term needs them. */
  Engine.prototype.positions = function (rec) { return this.part(rec.posPart); };

  /* counts bytes → {docs: [..], n: [..], title: [..]} */
  function readCounts(b) {
    var r = varint(b, 0), nd = r[0], at = r[1], last = -1;
    var docs = new Array(nd), n = new Array(nd), title = new Array(nd);
    for (var i = 0; i < nd; i++) {
      r = varint(b, at); last += r[0] + 1; at = r[1];
      r = varint(b, at); at = r[1];
      docs[i] = last; n[i] = Math.floor(r[0] / 2); title[i] = r[0] % 2 === 1;
    }
    return { docs: docs, n: n, title: title };
  }

  /* positions of every doc of a record: Map doc → [positions] */
  function readPositions(c, b) {
    var out = new Map(), at = 0;
    for (var i = 0; i < c.docs.length; i++) {
      var ps = new Array(c.n[i]), prev = 0;
      for (var j = 0; j < c.n[i]; j++) {
        var r = varint(b, at); at = r[1];
        prev = j ? prev + r[0] : r[0];
        ps[j] = prev;
      }
      out.set(c.docs[i], ps);
    }
    return out;
  }

  /* One folded term → Map doc → {n, title} (empty Map: occurs nowhere). A 3-gram is listed
   * (has counts of its own) when one of its bigrams is frequent, a 4-gram when its first or
   * last is: meta.vf names the frequent bigrams, so no record is fetched in vain. */
  Engine.prototype.term = function (t) {
    var cs = Array.from(t), L = cs.length, vf = this.meta.frequent;
    var big = function (o) { return vf.has(cs[o] + cs[o + 1]); };
    var listed = L <= 2 || (L === 3 && (big(0) || big(1))) || (L === 4 && (big(0) || big(2)));
    if (listed) {
      return this.record(t).then(function (rec) { return rec ? fromCounts(readCounts(rec.counts)) : new Map(); });
    }
    return this.cover(cs);
  };

  function fromCounts(c) {
    var m = new Map();
    for (var i = 0; i < c.docs.length; i++) m.set(c.docs[i], { n: c.n[i], title: c.title[i] });
    return m;
  }

  /* A longer term by positions. Pieces: each bigram that is not frequent (those have
   * positions), and for a frequent bigram the 4-grams starting or ending with it (listed,
   * with positions). Pieces whose spans cover every character of the term, each found at its
   * offset from p, mean an occurrence at p, and every occurrence is one. The fewest pieces
   * are fetched (one shard each). A piece missing from the index means no occurrence. */
  Engine.prototype.cover = function (cs) {
    var L = cs.length, tl = this.meta.tl, vf = this.meta.frequent, pieces = [];
    for (var o = 0; o + 2 <= L; o++) {
      if (!vf.has(cs[o] + cs[o + 1])) pieces.push({ off: o, len: 2 });
      else [o, o - 2].forEach(function (g) {
        if (g >= 0 && g + 4 <= L && !pieces.some(function (x) { return x.off === g && x.len === 4; })) pieces.push({ off: g, len: 4 });
      });
    }
    var chosen = fewestCover(pieces, L);
    if (!chosen) return Promise.resolve(new Map());   /* cannot happen for L ≥ 3 (see search.py) */
    var self = this, out = new Map();
    return Promise.all(chosen.map(function (x) { return self.record(cs.slice(x.off, x.off + x.len).join("")); })).then(function (recs) {
      if (recs.some(function (r) { return !r; })) return [];
      var counts = recs.map(function (r) { return readCounts(r.counts); });
      var sets = counts.map(function (c) { return new Set(c.docs); });
      var cand = counts.reduce(function (a, b) { return a.docs.length <= b.docs.length ? a : b; }).docs
        .filter(function (d) { return sets.every(function (s) { return s.has(d); }); });
      if (!cand.length) return [];
      return Promise.all(recs.map(function (r) { return self.positions(r); })).then(function (ps) {
        return [cand, ps.map(function (b, i) { return readPositions(counts[i], b); })];
      });
    }).then(function (cp) {
      if (!cp.length) return out;
      var cand = cp[0], pos = cp[1];
      cand.forEach(function (d) {
        var first = pos[0].get(d), rest = [];
        for (var i = 1; i < chosen.length; i++) rest.push(new Set(pos[i].get(d)));
        var n = 0, title = false;
        first.forEach(function (q) {
          var p = q - chosen[0].off;
          for (var i = 0; i < rest.length; i++) if (!rest[i].has(p + chosen[i + 1].off)) return;
          n++;
          if (p < tl[d]) title = true;
        });
        if (n) out.set(d, { n: n, title: title });
      });
      return out;
    });
  };

  /* Fewest pieces covering characters 0..L-1 (best[e]: fewest covering 0..e-1). */
  function fewestCover(pieces, L) {
    var best = [[]];
    for (var e = 1; e <= L; e++) {
      best[e] = null;
      pieces.forEach(function (x) {
        if (x.off + x.len !== e) return;
        for (var k = x.off; k < e; k++) {
          var b = best[k];
          if (b && (!best[e] || b.length + 1 < best[e].length)) best[e] = b.concat([x]);
        }
      });
    }
    return best[L];
  }

  /* Columns for filters and sorting oldest first (facets.json), read only when needed. */
  Engine.prototype.facets = function () {
    var self = this;
    return this.load("facets.json", "json").then(function (f) { self.facetsData = f; return f; });
  };

  /* filters: {province, city, year, campaign, level, genre, theme} (strings; empty = any) */
  Engine.prototype.filter = function (f, m) {
    var tests = [];
    function code(table, v) { return table.indexOf(v); }
    if (f.province) tests.push(function (d) { return m.place[d] >= 0 && m.places[m.place[d]][0] === f.province; });
    if (f.city) tests.push(function (d) { return m.place[d] >= 0 && m.places[m.place[d]][1] === f.city; });
    if (f.year) tests.push(function (d) { return String(m.year[d]) === String(f.year); });
    [["campaign", "campaigns"], ["level", "levels"], ["genre", "genres"]].forEach(function (k) {
      if (f[k[0]]) { var c = code(m[k[1]], f[k[0]]); tests.push(function (d) { return m[k[0]][d] === c; }); }
    });
    if (f.theme) {
      var bit = Math.pow(2, m.themes.indexOf(f.theme));
      tests.push(function (d) { return bit >= 1 && Math.floor(m.theme[d] / bit) % 2 === 1; });
    }
    return function (d) { return tests.every(function (t) { return t(d); }); };
  };

  /* → {terms, hits: [{doc, n, title}] ranked, total occurrences} */
  Engine.prototype.search = function (query, filters, sort) {
    var self = this;
    filters = filters || {};
    var needFacets = sort === "oldest" || Object.keys(filters).some(function (k) { return filters[k]; });
    return Promise.all([this.init(), needFacets ? this.facets() : null]).then(function (mf) {
      var m = mf[0], f = mf[1];
      var terms = self.terms(query || ""), keep = f ? self.filter(filters, f) : function () { return true; };
      return Promise.all(terms.map(function (t) { return self.term(t); })).then(function (maps) {
        var hits = [];
        if (!terms.length) {
          for (var d = 0; d < m.n; d++) if (keep(d)) hits.push({ doc: d, n: 0, title: false });
        } else {
          maps.sort(function (a, b) { return a.size - b.size; });
          maps[0].forEach(function (v, d) {
            if (!keep(d)) return;
            var n = 0, title = false;
            for (var i = 0; i < maps.length; i++) {
              var x = maps[i].get(d);
              if (!x) return;
              n += x.n; title = title || x.title;
            }
            hits.push({ doc: d, n: n, title: title });
          });
        }
        rank(hits, sort, f);
        var total = hits.reduce(function (a, h) { return a + h.n; }, 0);
        return { terms: terms, hits: hits, occurrences: total };
      });
    });
  };

  /* Speeches are numbered newest first, so the number orders by date. */
  function rank(hits, sort, f) {
    if (sort === "newest") hits.sort(function (a, b) { return a.doc - b.doc; });
    else if (sort === "oldest") hits.sort(function (a, b) {     /* undated speeches last */
      return (f.dated[b.doc] - f.dated[a.doc]) || b.doc - a.doc;
    });
    else hits.sort(function (a, b) { return (b.title - a.title) || (b.n - a.n) || (a.doc - b.doc); });
  }

  /* id, title, place label and date of speeches: → Promise [{id, title, place, date}] */
  Engine.prototype.rows = function (docs) {
    var self = this, m = this.meta;
    return Promise.all(docs.map(function (d) {
      return self.load("d/" + Math.floor(d / m.chunk) + ".json", "json").then(function (rows) {
        var r = rows[d % m.chunk];
        return { doc: d, id: r[0], title: r[1], place: r[2], date: r[3] };
      });
    }));
  };

  /* Occurrences of folded terms in folded text: [{at, len}] sorted, overlapping allowed. */
  function occurrences(text, terms) {
    var out = [];
    terms.forEach(function (t) {
      var i = text.indexOf(t);
      while (i >= 0) { out.push({ at: i, len: t.length }); i = text.indexOf(t, i + 1); }
    });
    return out.sort(function (a, b) { return a.at - b.at || b.len - a.len; });
  }

  /* --- browser side ----------------------------------------------------------------------- */

  /* 5 in the box: the excerpts come from the speech pages (~18 KB gzipped each). */
  var PAGE = 10, BOX_ITEMS = 5, CONTEXT = 18;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function siteRoot() {
    var s = document.currentScript || document.querySelector('script[src*="cc-search.js"]');
    return new URL("../", s ? s.src : location.href);
  }

  function browserGet(url, kind) {
    return fetch(url).then(function (r) {
      if (r.status === 404 && kind === "bytes") { var e = new Error("404"); e.notFound = true; throw e; }
      if (!r.ok) throw new Error(r.status + " " + url);
      return kind === "json" ? r.json() : r.arrayBuffer();
    });
  }

  /* The paragraphs of a speech page (its #pN elements, without the paragraph number). */
  var pages = {};
  function speechParagraphs(url) {
    if (!pages[url]) {
      pages[url] = fetch(url).then(function (r) { return r.text(); }).then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");   /* inert document */
        return Array.from(doc.querySelectorAll("[id]")).filter(function (e) { return /^p\d+$/.test(e.id); })
          .map(function (p) { return { id: p.id, text: paragraphText(p) }; });
      });
    }
    return pages[url];
  }

  function paragraphText(p) {
    var c = p.cloneNode(true);
    c.querySelectorAll(".cc-pn").forEach(function (x) { x.remove(); });
    return c.textContent;
  }

  /* text with its occurrences as <mark>, from index `from` to `to` (text nodes only) */
  function marked(text, occ, from, to) {
    var frag = document.createDocumentFragment(), at = from;
    occ.forEach(function (o) {
      if (o.at < at || o.at + o.len > to) return;
      if (o.at > at) frag.appendChild(document.createTextNode(text.slice(at, o.at)));
      frag.appendChild(el("mark", null, text.slice(o.at, o.at + o.len)));
      at = o.at + o.len;
    });
    if (at < to) frag.appendChild(document.createTextNode(text.slice(at, to)));
    return frag;
  }

  function UI(engine, rootUrl) {
    this.engine = engine;
    this.root = rootUrl;
  }

  /* Site paths come from the index (meta.routes, written by routes.py), not from here. */
  UI.prototype.speechUrl = function (id) {
    return new URL(this.engine.meta.routes.speech.replace("{id}", id), this.root).href;
  };
  UI.prototype.resultsUrl = function (query) {
    return new URL(this.engine.meta.routes.results + "?q=" + encodeURIComponent(query), this.root).href;
  };

  /* One result: title, place · date · 共 N 处, then up to three occurrences in context. */
  UI.prototype.item = function (row, hit, terms) {
    var eng = this.engine;
    var li = el("li", "cc-search__item");
    li.setAttribute("role", "option");
    var a = el("a", "cc-search__link");
    var base = this.speechUrl(row.id) + (terms.length ? "?h=" + encodeURIComponent(terms.join(" ")) : "");
    a.href = base;
    a.appendChild(el("span", "cc-search__title", row.title));
    var info = [row.place, row.date || "日期不详"];
    if (terms.length) info.push("共 " + hit.n + " 处");
    a.appendChild(el("span", "cc-search__info", info.join(" · ")));
    li.appendChild(a);
    if (!terms.length) return li;
    var ex = el("span", "cc-search__excerpts");
    a.appendChild(ex);
    speechParagraphs(this.speechUrl(row.id)).then(function (paras) {
      var parts = [{ id: "", text: row.title }, { id: "", text: row.place }].concat(paras), shown = 0, first = null;
      parts.forEach(function (part) {
        var folded = eng.fold(part.text), occ = occurrences(folded, terms), i = 0;
        while (i < occ.length && shown < 3) {
          if (first === null) first = part.id;
          var from = Math.max(0, occ[i].at - CONTEXT), to = Math.min(part.text.length, occ[i].at + occ[i].len + CONTEXT);
          var j = i;         /* one excerpt holds every occurrence inside its window */
          while (j + 1 < occ.length && occ[j + 1].at + occ[j + 1].len <= to) j++;
          var span = el("span", "cc-search__excerpt");
          if (from > 0) span.appendChild(document.createTextNode("…"));
          span.appendChild(marked(part.text, occ.slice(i, j + 1), from, to));
          if (to < part.text.length) span.appendChild(document.createTextNode("…"));
          ex.appendChild(span);
          shown++;
          i = j + 1;
        }
      });
      if (first) a.href = base + "#" + first;
      li.setAttribute("data-ready", "1");
    }).catch(function () { li.setAttribute("data-ready", "1"); });
    return li;
  };

  UI.prototype.list = function (ol, res, from, to) {
    var self = this, hits = res.hits.slice(from, to);
    return this.engine.rows(hits.map(function (h) { return h.doc; })).then(function (rows) {
      rows.forEach(function (row, i) { ol.appendChild(self.item(row, hits[i], res.terms)); });
    });
  };

  function summary(res) {
    if (!res.hits.length) return "没有找到";
    return "找到 " + res.hits.length + " 篇讲话" + (res.terms.length ? "，共 " + res.occurrences + " 处" : "");
  }

  /* Keyboard over a list of results: ↑/↓ move, Enter opens, Esc closes. */
  function keyboard(input, ol, close) {
    input.addEventListener("keydown", function (ev) {
      var items = Array.from(ol.querySelectorAll(".cc-search__item"));
      var cur = items.findIndex(function (x) { return x.classList.contains("is-active"); });
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        if (!items.length) return;
        ev.preventDefault();
        var next = ev.key === "ArrowDown" ? Math.min(items.length - 1, cur + 1) : Math.max(0, cur - 1);
        items.forEach(function (x, i) {
          x.classList.toggle("is-active", i === next);
          x.setAttribute("aria-selected", i === next ? "true" : "false");
        });
        items[next].id = items[next].id || "cc-opt-" + Math.random().toString(36).slice(2);
        input.setAttribute("aria-activedescendant", items[next].id);
        items[next].scrollIntoView({ block: "nearest" });
      } else if (ev.key === "Enter" && cur >= 0) {
        ev.preventDefault();
        location.href = items[cur].querySelector("a").href;
      } else if (ev.key === "Escape") {
        close();
      }
    });
  }

  /* The header box: a dropdown of the best results and a link to the full results page. */
  UI.prototype.box = function (box) {
    var self = this, seq = 0;
    var input = box.querySelector("input"), out = box.querySelector(".cc-search__results");
    var status = box.querySelector(".cc-search__status");
    var ol = el("ol", "cc-search__list");
    ol.setAttribute("role", "listbox");
    ol.id = "cc-search-list";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", ol.id);
    input.setAttribute("aria-expanded", "false");
    function close() { out.hidden = true; input.setAttribute("aria-expanded", "false"); }
    function run() {
      var q = input.value.trim(), mine = ++seq;
      if (!q) { close(); out.replaceChildren(); return; }
      self.engine.search(q, {}, "relevance").then(function (res) {
        if (mine !== seq) return null;
        if (!res.terms.length) { close(); out.replaceChildren(); return null; }   /* only quotes */
        var fresh = el("ol", "cc-search__list");
        fresh.setAttribute("role", "listbox");
        fresh.id = ol.id;
        return self.list(fresh, res, 0, BOX_ITEMS).then(function () {
          if (mine !== seq) return;
          ol = fresh;
          out.replaceChildren(el("p", "cc-search__count", summary(res)), ol);
          if (res.hits.length) {      /* the results page: all results, filters, date order */
            var more = el("p", "cc-search__all");
            [[res.hits.length > BOX_ITEMS ? "查看全部 " + res.hits.length + " 篇" : "在搜索页打开", ""],
             ["最新在前", "&sort=newest"], ["最早在前", "&sort=oldest"]].forEach(function (x, i) {
              var a = el("a", null, x[0]);
              a.href = self.resultsUrl(q) + x[1];
              if (i) more.appendChild(document.createTextNode(" · "));
              more.appendChild(a);
            });
            out.appendChild(more);
          }
          out.setAttribute("data-query", q);
          status.textContent = summary(res);
          out.hidden = false;
          input.setAttribute("aria-expanded", "true");
        });
      }).catch(function (err) {
        out.replaceChildren(el("p", "cc-search__count", "搜索暂不可用（" + err + "）"));
        out.hidden = false;
      });
    }
    input.addEventListener("input", function (ev) { if (!ev.isComposing) run(); });
    input.addEventListener("compositionend", run);
    input.addEventListener("focus", function () { self.engine.init(); if (out.childNodes.length) out.hidden = false; });
    keyboard(input, { querySelectorAll: function (s) { return ol.querySelectorAll(s); } }, function () { close(); input.blur(); });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && !ol.querySelector(".is-active") && input.value.trim()) {
        var q = input.value.trim();
        self.engine.init().then(function () { location.href = self.resultsUrl(q); });
      }
    });
    document.addEventListener("click", function (ev) { if (!box.contains(ev.target)) close(); });
    document.addEventListener("keydown", function (ev) {
      var a = document.activeElement;
      if (ev.key === "/" && a !== input && !/INPUT|TEXTAREA|SELECT/.test(a.nodeName)) { ev.preventDefault(); input.focus(); }
    });
  };

  var FILTERS = [["province", "省份"], ["city", "城市"], ["year", "年份"], ["campaign", "创建类型"],
                 ["level", "层级"], ["genre", "文体"], ["theme", "主题"]];

  /* The results page (/search/?q=…&province=…&sort=…): the address can be cited. */
  UI.prototype.page = function (host) {
    var self = this, eng = this.engine, seq = 0;
    var params = new URLSearchParams(location.search);
    var form = el("form", "cc-sp__form");
    form.setAttribute("role", "search");
    var input = el("input", "cc-sp__input");
    input.type = "search"; input.name = "q"; input.value = params.get("q") || "";
    input.setAttribute("aria-label", "搜索讲话全文"); input.placeholder = "输入词语，多个词用空格分开";
    form.appendChild(input);
    var selects = {};
    var bar = el("div", "cc-sp__filters");
    FILTERS.forEach(function (f) {
      var label = el("label", "cc-sp__filter", f[1] + " ");
      var s = el("select");
      s.name = f[0];
      label.appendChild(s);
      bar.appendChild(label);
      selects[f[0]] = s;
    });
    var sort = el("div", "cc-sp__sort");
    sort.setAttribute("role", "group");
    sort.setAttribute("aria-label", "排序");
    var sortBy = params.get("sort") || "relevance";
    [["relevance", "相关度"], ["newest", "最新"], ["oldest", "最早"]].forEach(function (x) {
      var b = el("button", "cc-sp__sortbtn", x[1]);
      b.type = "button"; b.value = x[0];
      b.setAttribute("aria-pressed", x[0] === sortBy ? "true" : "false");
      b.addEventListener("click", function () {
        sortBy = x[0];
        sort.querySelectorAll("button").forEach(function (y) { y.setAttribute("aria-pressed", y.value === sortBy ? "true" : "false"); });
        run(true);
      });
      sort.appendChild(b);
    });
    var status = el("p", "cc-search__count");
    status.setAttribute("aria-live", "polite");
    var ol = el("ol", "cc-search__list");
    ol.setAttribute("role", "listbox");
    var more = el("button", "cc-search__more");
    more.type = "button"; more.hidden = true;
    host.replaceChildren(form, bar, sort, status, ol, more);

    function options(s, values, current) {
      s.replaceChildren(el("option", null, "全部"));
      s.firstChild.value = "";
      values.forEach(function (v) { var o = el("option", null, v); o.value = v; s.appendChild(o); });
      s.value = values.indexOf(current) >= 0 ? current : "";
    }
    function fillFilters(m) {
      var provs = [], cities = [], years = [];
      m.places.forEach(function (p) {
        if (p[0] && provs.indexOf(p[0]) < 0) provs.push(p[0]);
        if (p[1] && (!selects.province.value || p[0] === selects.province.value) && cities.indexOf(p[1]) < 0) cities.push(p[1]);
      });
      m.year.forEach(function (y) { if (y && years.indexOf(String(y)) < 0) years.push(String(y)); });
      options(selects.province, provs.sort(), selects.province.value || params.get("province"));
      options(selects.city, cities.sort(), selects.city.value || params.get("city"));
      options(selects.year, years.sort().reverse(), selects.year.value || params.get("year"));
      options(selects.campaign, m.campaigns, selects.campaign.value || params.get("campaign"));
      options(selects.level, m.levels, selects.level.value || params.get("level"));
      options(selects.genre, m.genres, selects.genre.value || params.get("genre"));
      options(selects.theme, m.themes, selects.theme.value || params.get("theme"));
    }
    function run(push) {
      var mine = ++seq, filters = {}, q = input.value.trim();
      FILTERS.forEach(function (f) { if (selects[f[0]].value) filters[f[0]] = selects[f[0]].value; });
      if (push) {
        var u = new URLSearchParams();
        if (q) u.set("q", q);
        Object.keys(filters).forEach(function (k) { u.set(k, filters[k]); });
        if (sortBy !== "relevance") u.set("sort", sortBy);
        history.replaceState(null, "", "?" + u.toString());
      }
      if (!q && !Object.keys(filters).length) {
        status.textContent = "输入词语，或选择筛选条件。"; ol.replaceChildren(); more.hidden = true; return;
      }
      eng.search(q, filters, sortBy).then(function (res) {
        if (mine !== seq) return null;
        var fresh = el("ol", "cc-search__list");
        fresh.setAttribute("role", "listbox");
        return self.list(fresh, res, 0, PAGE).then(function () {
          if (mine !== seq) return;
          ol.replaceWith(fresh); ol = fresh;
          status.textContent = summary(res);
          host.setAttribute("data-query", q);
          var shown = PAGE;
          function moreLabel() { more.textContent = "显示更多（还有 " + (res.hits.length - shown) + " 篇）"; more.hidden = shown >= res.hits.length; }
          more.onclick = function () {
            more.disabled = true;
            self.list(ol, res, shown, shown + PAGE).then(function () { shown += PAGE; more.disabled = false; moreLabel(); });
          };
          moreLabel();
        });
      }).catch(function (err) { status.textContent = "搜索暂不可用（" + err + "）"; });
    }
    keyboard(input, { querySelectorAll: function (sel) { return ol.querySelectorAll(sel); } }, function () { input.blur(); });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); run(true); });
    input.addEventListener("input", function (ev) { if (!ev.isComposing) run(true); });
    input.addEventListener("compositionend", function () { run(true); });
    Object.keys(selects).forEach(function (k) {
      selects[k].addEventListener("change", function () { if (k === "province") fillFilters(eng.facetsData); run(true); });
    });
    Promise.all([eng.init(), eng.facets()]).then(function (mf) { fillFilters(mf[1]); run(false); });
  };

  /* On a speech page opened from a result (?h=terms): mark the terms in the text. */
  UI.prototype.highlight = function () {
    var h = new URLSearchParams(location.search).get("h"), eng = this.engine;
    if (!h) return;
    eng.init().then(function () {
      var terms = eng.terms(h);
      if (!terms.length) return;
      var first = null;
      document.querySelectorAll("[id]").forEach(function (p) {
        if (!/^p\d+$/.test(p.id) && p.id !== "title") return;
        Array.from(p.childNodes).forEach(function (node) {
          if (node.nodeType !== 3) return;
          var text = node.nodeValue, occ = occurrences(eng.fold(text), terms);
          if (!occ.length) return;
          var merged = [];
          occ.forEach(function (o) {       /* overlapping occurrences become one mark */
            var last = merged[merged.length - 1];
            if (last && o.at <= last.at + last.len) last.len = Math.max(last.len, o.at + o.len - last.at);
            else merged.push({ at: o.at, len: o.len });
          });
          var frag = marked(text, merged, 0, text.length);
          frag.querySelectorAll("mark").forEach(function (m) { m.className = "cc-hl"; });
          node.replaceWith(frag);
          if (!first && /^p\d+$/.test(p.id)) first = p;
        });
      });
      if (first && !location.hash) first.scrollIntoView({ block: "center" });
    });
  };

  function boot() {
    var rootUrl = siteRoot();
    /* The one path the script knows: where the index is (routes.SEARCH_INDEX). */
    var engine = new Engine(new URL("search/idx/", rootUrl).href, browserGet);
    var ui = new UI(engine, rootUrl);
    function start() {
      var box = document.getElementById("cc-search");
      if (!box) {         /* a theme without our header partial: a box of our own */
        box = el("div", "cc-search cc-search--floating");
        box.id = "cc-search";
        box.setAttribute("role", "search");
        var input = el("input", "cc-search__input");
        input.type = "search"; input.placeholder = "搜索讲话全文"; input.setAttribute("aria-label", "搜索讲话全文");
        input.autocomplete = "off";
        var status = el("span", "cc-search__status");
        status.setAttribute("aria-live", "polite");
        var out = el("div", "cc-search__results");
        out.hidden = true;
        box.append(input, status, out);
        document.body.prepend(box);
      }
      ui.box(box);
      var page = document.getElementById("cc-search-page");
      if (page) ui.page(page);
      ui.highlight();
    }
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }

  return { Engine: Engine, boot: boot, occurrences: occurrences, fnv1a: fnv1a };
});
