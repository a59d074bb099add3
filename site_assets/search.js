/* jianbao: Chinese search over the sharded index in search/ (written by generator/search_index.py).
 *
 * Every index file is a script that calls window.jianbaoSearch, so it loads with a <script> tag
 * from http:// and from file:// alike (no fetch, XHR or workers). Paths are relative to the site
 * root, which is found from this script's own src attribute: the site works under any sub-path.
 * Bulletin text is data: results are built with createElement/textContent only.
 *
 * Query → chunks split on whitespace and punctuation → per chunk: the exact term plus the terms it
 * begins (那坡 → 那坡, 那坡县), else the chunk cut by forward maximum matching against the index's
 * own words (那坡县脱贫 → 那坡县 + 脱贫). Documents must match every part; score = Σ weight × idf.
 * Characters no indexed word covers are left out, and the status line says which chunk was not found.
 *
 * Order: by relevance, articles first and listing pages (place, theme) after them unless the query
 * names the page (the index gives a page's own names the weight meta.named); or by date, newest
 * first (ids are in date order). Filters (year, series, place, theme: the form the search page
 * carries, ?year= &series= &place= &theme= &sort=date) test search/f.js, loaded only when one is
 * set; a filter keeps articles only.
 */
(function () {
  "use strict";

  var PAGE = 20;
  var LAST = "0123456789abcdefghijklmnopqrstuv";
  var MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_";
  var SPLIT = /[\s\u3000!-\/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u2190-\u2bff\u3001-\u303f\ufe10-\ufe6f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/;
  var INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

  var self = document.currentScript;
  var src = self ? self.getAttribute("src") || "" : "";
  var ROOT = src.replace(/assets\/jianbao\/search\.js(\?.*)?$/, "");

  var state = { meta: undefined, facets: undefined, shards: {}, docs: {}, waiting: {} };
  var FILTERS = ["year", "series", "place", "theme"];

  function load(path, key, slot) {
    if (slot[key] !== undefined) return Promise.resolve(slot[key]);
    if (state.waiting[path]) return state.waiting[path];
    var p = new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = ROOT + path;
      s.charset = "utf-8";
      s.async = true;
      s.onload = function () {
        s.remove();
        if (slot[key] === undefined) reject(new Error(path)); else resolve(slot[key]);
      };
      s.onerror = function () { s.remove(); reject(new Error(path)); };
      document.head.appendChild(s);
    });
    state.waiting[path] = p;
    p.catch(function () { delete state.waiting[path]; });
    return p;
  }

  function pad(n) { return ("00" + n).slice(-3); }

  window.jianbaoSearch = {
    meta: function (m) { state.meta = m; state.present = {}; m.present.forEach(function (n) { state.present[n] = true; }); },
    shard: function (n, terms) { state.shards[n] = { terms: terms, sorted: null }; },
    docs: function (n, rows) { state.docs[n] = rows; },
    facets: function (f) { state.facets = unpackFacets(f); }
  };

  // every article's year, series, themes and places (search_index.facets), unpacked once
  function unpackFacets(f) {
    var nums = numbers(f.docs), out = [], i = 0;
    while (i < nums.length) {
      var doc = { year: nums[i] ? f.years[nums[i] - 1] : null, series: f.series[nums[i + 1]], themes: [], places: [] };
      var n = nums[i + 2];
      i += 3;
      for (var k = 0; k < n; k++) doc.themes.push(f.themes[nums[i + k]]);
      i += n;
      n = nums[i];
      i += 1;
      for (k = 0; k < n; k++) doc.places.push(f.places[nums[i + k]]);
      i += n;
      out.push(doc);
    }
    return out;
  }

  function numbers(text) {
    var out = [], n = 0, k;
    for (var i = 0; i < text.length; i++) {
      k = LAST.indexOf(text.charAt(i));
      if (k < 0) { n = n * 32 + MORE.indexOf(text.charAt(i)); continue; }
      out.push(n * 32 + k);
      n = 0;
    }
    return out;
  }

  function meta() { return load("search/meta.js", "meta", state); }

  function facets() { return load("search/f.js", "facets", state); }

  // a place code and the codes under it share its leading digits: 45 (province), 4510 (city)
  function under(code, place) {
    var stem = /0000$/.test(place) ? place.slice(0, 2) : /00$/.test(place) ? place.slice(0, 4) : place;
    return code.lastIndexOf(stem, 0) === 0;
  }

  function passes(doc, f) {
    if (!doc) return false;
    if (f.year && String(doc.year) !== f.year) return false;
    if (f.series && doc.series !== f.series) return false;
    if (f.theme && doc.themes.indexOf(f.theme) < 0) return false;
    if (f.place && !doc.places.some(function (c) { return under(c, f.place); })) return false;
    return true;
  }

  function filtering(f) { return FILTERS.some(function (k) { return !!f[k]; }); }

  // the result ids in the order asked for, filtered: articles (and pages the query names) first
  function arrange(result, f) {
    var ids = result.ids.slice(), articles = state.meta.articles;
    var first = ids.filter(function (id) { return id < articles || result.named.has(id); });
    var rest = ids.filter(function (id) { return !(id < articles || result.named.has(id)); });
    if (f.sort === "date") {
      first = ids.filter(function (id) { return id < articles; });
      rest = ids.filter(function (id) { return id >= articles; });
      first.sort(function (a, b) { return b - a; }); // ids are in date order
    }
    ids = first.concat(rest);
    if (!filtering(f)) return Promise.resolve(ids);
    return facets().then(function (all) {
      return ids.filter(function (id) { return id < articles && passes(all[id], f); });
    });
  }

  function shardFor(ch) {
    var n = ch.codePointAt(0) % state.meta.shards;
    if (!state.present[n]) return Promise.resolve({ terms: {}, sorted: [] });
    return load("search/t/" + pad(n) + ".js", n, state.shards);
  }

  function decode(text) {
    var out = [], n = 0, doc = -1, i, c, k, even = true, delta = 0;
    for (i = 0; i < text.length; i++) {
      c = text.charAt(i);
      k = LAST.indexOf(c);
      if (k < 0) { n = n * 32 + MORE.indexOf(c); continue; }
      n = n * 32 + k;
      if (even) delta = n; else { doc += delta + 1; out.push(doc, n + 1); }
      even = !even;
      n = 0;
    }
    return out; // [doc, weight, doc, weight, …]
  }

  function normalize(q) {
    return (q.normalize ? q.normalize("NFKC") : q).replace(INVISIBLE, "").toLowerCase();
  }

  // at most 8 chunks of 24 characters: a pasted paragraph must not load a shard per character
  function chunks(q) {
    return normalize(q).split(SPLIT).filter(function (s) { return s.length > 0; }).slice(0, 8)
      .map(function (s) { return Array.from(s).slice(0, 24).join(""); });
  }

  function sortedTerms(shard) {
    if (!shard.sorted) shard.sorted = Object.keys(shard.terms).sort();
    return shard.sorted;
  }

  // terms of the shard that begin with `prefix` (the prefix itself excluded), most documents first
  function prefixed(shard, prefix) {
    var keys = sortedTerms(shard), lo = 0, hi = keys.length, out = [];
    while (lo < hi) { var mid = (lo + hi) >> 1; if (keys[mid] < prefix) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < keys.length && keys[i].lastIndexOf(prefix, 0) === 0; i++) {
      if (keys[i] !== prefix) out.push(keys[i]);
    }
    if (out.length > 64) {
      out.sort(function (a, b) { return shard.terms[b].length - shard.terms[a].length || (a < b ? -1 : 1); });
      out = out.slice(0, 64);
    }
    return out;
  }

  // a part of the query: [[term, factor, postings], …] any of which may match
  function whole(shard, text) {
    var variants = [];
    if (Object.prototype.hasOwnProperty.call(shard.terms, text)) variants.push([text, 1]);
    prefixed(shard, text).forEach(function (t) { variants.push([t, 0.8]); });
    return variants.map(function (v) { return [v[0], v[1], decode(shard.terms[v[0]])]; });
  }

  // one chunk → {parts, words, skipped}: whole or prefix match, else forward maximum matching over
  // the vocabulary. `skipped` counts the characters no indexed word covers: 那坡县 on an archive
  // that never names 那坡 is searched as 县…, and the status line must say so.
  function resolve(chunk) {
    var chars = Array.from(chunk), out = { parts: [], words: [], skipped: 0 };
    function from(pos) {
      if (pos >= chars.length) return Promise.resolve(out);
      return shardFor(chars[pos]).then(function (shard) {
        var rest = chars.slice(pos).join(""), variants = whole(shard, rest);
        if (variants.length) { out.parts.push(variants); out.words.push(rest); return out; }
        for (var len = chars.length - pos; len >= 1; len--) {
          var word = chars.slice(pos, pos + len).join("");
          if (Object.prototype.hasOwnProperty.call(shard.terms, word)) {
            out.parts.push([[word, 1, decode(shard.terms[word])]]);
            out.words.push(word);
            return from(pos + len);
          }
        }
        out.skipped++;
        return from(pos + 1); // a character no indexed word begins with (的, 了 …)
      });
    }
    return from(0);
  }

  function search(q) {
    var cs = chunks(q);
    if (!cs.length) return Promise.resolve({ ids: [], terms: [], partial: [], named: new Set() });
    return meta().then(function () {
      return Promise.all(cs.map(resolve));
    }).then(function (resolved) {
      var parts = [].concat.apply([], resolved.map(function (r) { return r.parts; }));
      var N = state.meta.docs, terms = cs.slice(), partial = [], named = new Set();
      resolved.forEach(function (r, i) {
        if (!r.skipped) return;
        partial.push({ chunk: cs[i], words: r.words });
        terms.push.apply(terms, r.words); // marked in the results: they are what matched
      });
      if (!parts.length) return { ids: [], terms: terms, partial: partial, named: named };
      var total = null;
      parts.forEach(function (variants) {
        var scores = new Map();
        variants.forEach(function (v) {
          var p = v[2], idf = Math.log(1 + N / (p.length / 2));
          terms.push(v[0]);
          for (var i = 0; i < p.length; i += 2) {
            var s = p[i + 1] * v[1] * idf;
            if (!(scores.get(p[i]) >= s)) scores.set(p[i], s);
            if (v[1] === 1 && p[i + 1] === state.meta.named) named.add(p[i]); // the query names this page
          }
        });
        if (total === null) { total = scores; return; }
        var next = new Map();
        total.forEach(function (s, id) { if (scores.has(id)) next.set(id, s + scores.get(id)); });
        total = next;
      });
      var ids = Array.from(total.keys());
      ids.sort(function (a, b) { return total.get(b) - total.get(a) || b - a; }); // equal: the higher id (newer)
      named.forEach(function (id) { if (!total.has(id)) named.delete(id); });
      return { ids: ids, terms: terms, partial: partial, named: named };
    });
  }

  // no query, a filter set: every article it keeps, newest first
  function browse() {
    return meta().then(function () {
      var ids = [];
      for (var id = state.meta.articles - 1; id >= 0; id--) ids.push(id);
      return { ids: ids, terms: [], partial: [], named: new Set() };
    });
  }

  // the status line: how many results, and which query words matched only in part
  function summary(result, q) {
    if (!result.ids.length) return "没有找到与“" + q + "”相关的结果";
    if (!result.partial.length) return "找到 " + result.ids.length + " 条结果";
    var missing = result.partial.map(function (p) { return "“" + p.chunk + "”"; }).join("、");
    var words = [].concat.apply([], result.partial.map(function (p) { return p.words; }));
    words = words.filter(function (w, i) { return words.indexOf(w) === i; });
    return "没有找到" + missing + "，" + (words.length
      ? "只找到含“" + words.join("”“") + "”的 " + result.ids.length + " 条结果"
      : "只找到其余词的 " + result.ids.length + " 条结果");
  }

  function docs(ids) {
    var chunk = state.meta.chunk, need = {};
    ids.forEach(function (id) { need[Math.floor(id / chunk)] = true; });
    return Promise.all(Object.keys(need).map(function (n) {
      return load("search/d/" + pad(+n) + ".js", +n, state.docs);
    })).then(function () {
      return ids.map(function (id) { return state.docs[Math.floor(id / chunk)][id % chunk]; });
    });
  }

  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function matcher(terms) {
    var uniq = terms.filter(function (t, i) { return t && terms.indexOf(t) === i; });
    uniq.sort(function (a, b) { return b.length - a.length; });
    return uniq.length ? new RegExp(uniq.map(escapeRe).join("|"), "gi") : null;
  }

  // append `text` to `el`, query words wrapped in <mark>
  function marked(el, text, re, cls) {
    var last = 0, m;
    text = text.replace(INVISIBLE, "");
    if (re) {
      re.lastIndex = 0;
      while ((m = re.exec(text))) {
        if (!m[0]) { re.lastIndex++; continue; }
        if (m.index > last) el.appendChild(document.createTextNode(text.slice(last, m.index)));
        var mk = document.createElement("mark");
        if (cls) mk.className = cls;
        mk.textContent = m[0];
        el.appendChild(mk);
        last = m.index + m[0].length;
      }
    }
    if (last < text.length) el.appendChild(document.createTextNode(text.slice(last)));
    return el;
  }

  function make(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text) el.textContent = text;
    return el;
  }

  function target(url, q) {
    var hash = url.indexOf("#"), path = hash < 0 ? url : url.slice(0, hash);
    return ROOT + path + "?q=" + encodeURIComponent(q) + (hash < 0 ? "" : url.slice(hash));
  }

  function params() {
    var out = {};
    location.search.replace(/^\?/, "").split("&").forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf("="), k = i < 0 ? kv : kv.slice(0, i), v = i < 0 ? "" : kv.slice(i + 1);
      try { out[decodeURIComponent(k)] = decodeURIComponent(v.replace(/\+/g, " ")); } catch (e) { /* bad escape */ }
    });
    return out;
  }

  /* ---- the search page ---- */

  function searchPage(app) {
    var form = make("form", "jb-search-page-form");
    var input = make("input");
    input.id = "jb-q";
    input.type = "search";
    input.name = "q";
    input.placeholder = "输入地名、政策用语或人名，多个词用空格分开";
    input.setAttribute("aria-label", "搜索简报");
    input.autocomplete = "off";
    var status = make("p", "jb-status");
    status.id = "jb-status";
    status.setAttribute("role", "status");
    var list = make("ol", "jb-results");
    list.id = "jb-results";
    var more = make("button", "md-button jb-more", "显示更多结果");
    more.type = "button";
    more.hidden = true;
    form.appendChild(input);
    var box = make("div");
    box.id = "jb-search-app";
    box.appendChild(form);
    // the filters: selects the page carries (templates/search.html.j2), shown once the script runs
    var filters = document.getElementById("jb-filters");
    if (filters) {
      filters.hidden = false;
      box.appendChild(filters);
    }
    box.appendChild(status);
    box.appendChild(list);
    box.appendChild(more);
    app.parentNode.replaceChild(box, app);

    function field(name) { return filters ? filters.querySelector("[name=" + name + "]") : null; }

    function chosen() {
      var f = {};
      FILTERS.concat(["sort"]).forEach(function (k) { var el = field(k); f[k] = el ? el.value : ""; });
      return f;
    }

    var run = 0, current = null;

    function show(result, from, q) {
      var ids = result.ids.slice(from, from + PAGE), mine = run;
      return docs(ids).then(function (rows) {
        if (mine !== run) return;
        var re = matcher(result.terms);
        rows.forEach(function (row) {
          var li = make("li", "jb-item");
          var a = marked(make("a", "jb-result"), row[1], re);
          a.href = target(row[0], q);
          li.appendChild(a);
          var info = [row[2], row[3], row[4]].filter(Boolean).join(" · ");
          if (info) li.appendChild(make("div", "jb-info", info));
          if (row[5]) li.appendChild(marked(make("p", "jb-summary"), row[5], re));
          list.appendChild(li);
        });
        more.hidden = from + PAGE >= result.ids.length;
      });
    }

    function address(q, f) {
      var parts = [];
      if (q) parts.push("q=" + encodeURIComponent(q));
      FILTERS.concat(["sort"]).forEach(function (k) { if (f[k]) parts.push(k + "=" + encodeURIComponent(f[k])); });
      return parts.length ? "?" + parts.join("&") : location.pathname;
    }

    function go(q, push) {
      var mine = ++run, f = chosen();
      q = q.trim();
      if (push) {
        try { history.replaceState(null, "", address(q, f)); } catch (e) { /* file:// */ }
      }
      syncHeader(q);
      if (!q && !filtering(f)) {
        list.textContent = "";
        more.hidden = true;
        status.textContent = "请输入要搜索的词。";
        return;
      }
      status.textContent = "正在搜索……";
      var t0 = performance.now();
      (q ? search(q) : browse()).then(function (result) {
        if (!result.ids.length) return result;
        return arrange(result, f).then(function (ids) { result.ids = ids; return result; });
      }).then(function (result) {
        if (mine !== run) return;
        current = { result: result, q: q, shown: 0 };
        list.textContent = "";
        return show(result, 0, q).then(function () {
          if (mine !== run) return;
          current.shown = PAGE;
          status.textContent = (q ? summary(result, q) : result.ids.length
            ? "找到 " + result.ids.length + " 篇文章" : "没有符合条件的文章") + narrowed(f);
          status.setAttribute("data-ms", String(Math.round(performance.now() - t0)));
        });
      }).catch(function (err) {
        if (window.console) console.error("jianbao search:", err);
        if (mine !== run) return;
        status.textContent = "搜索索引加载失败，请重新生成网站后再试。";
      });
    }

    // the filters in force, as the status line names them
    function narrowed(f) {
      var names = FILTERS.filter(function (k) { return f[k]; }).map(function (k) {
        var el = field(k);
        return el.options[el.selectedIndex].text.replace(/^[\s\u3000]+/, "");
      });
      return (names.length ? "（筛选：" + names.join(" · ") + "）" : "") + (f.sort === "date" ? "，按日期排列" : "");
    }

    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { go(input.value, true); }, 250);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      clearTimeout(timer);
      go(input.value, true);
    });
    if (filters) {
      filters.addEventListener("change", function () { go(input.value, true); });
      filters.addEventListener("submit", function (e) { e.preventDefault(); go(input.value, true); });
    }
    more.addEventListener("click", function () {
      if (!current) return;
      var from = current.shown;
      current.shown += PAGE;
      show(current.result, from, current.q);
    });
    var given = params(), q = given.q || "";
    FILTERS.concat(["sort"]).forEach(function (k) {
      var el = field(k);
      if (el && given[k] && [].some.call(el.options, function (o) { return o.value === given[k]; })) el.value = given[k];
    });
    input.value = q;
    go(q, false);
  }

  /* ---- the header box on every page ---- */

  var headerInput = null;

  function syncHeader(q) { if (headerInput && document.activeElement !== headerInput) headerInput.value = q; }

  function headerBox() {
    var inner = document.querySelector(".md-header__inner");
    if (!inner || inner.querySelector(".jb-search-form")) return;
    var form = make("form", "jb-search-form");
    form.action = ROOT + "search.html";
    form.method = "get";
    form.setAttribute("role", "search");
    var input = make("input", "jb-search-box");
    input.type = "search";
    input.name = "q";
    input.placeholder = "搜索简报";
    input.setAttribute("aria-label", "搜索简报");
    input.value = params().q || "";
    form.appendChild(input);
    var before = inner.querySelector(".md-header__source") || null;
    inner.insertBefore(form, before);
    headerInput = input;
  }

  /* ---- a page opened from a result: mark the words inside the article ---- */

  // the query words as they occur in `text`: a chunk itself, else its longest pieces (≥ 2 chars)
  function pieces(q, text) {
    var out = [];
    chunks(q).forEach(function (c) {
      if (text.indexOf(c) >= 0) { out.push(c); return; }
      var chars = Array.from(c), pos = 0;
      while (pos < chars.length) {
        var len;
        for (len = chars.length - pos; len >= 2; len--) {
          var w = chars.slice(pos, pos + len).join("");
          if (text.indexOf(w) >= 0) { out.push(w); break; }
        }
        pos += len >= 2 ? len : 1;
      }
    });
    return out;
  }

  function highlightArticle(q) {
    var root = document.querySelector(".md-content article") || document.querySelector(".md-content");
    if (!root) return;
    var nodes = [], anchor = null, id = decodeURIComponent(location.hash.slice(1));
    if (/^a\d+$/.test(id)) anchor = document.getElementById(id);
    if (anchor && anchor.parentNode === root) {
      nodes.push(anchor);
      for (var n = anchor.nextElementSibling; n && n.tagName !== "H2"; n = n.nextElementSibling) nodes.push(n);
    } else {
      nodes.push(root);
    }
    var text = nodes.map(function (n) { return n.textContent; }).join("\n");
    var re = matcher(pieces(normalize(q), normalize(text)));
    if (!re) return;
    nodes.forEach(function (node) {
      var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, null), texts = [], t;
      while ((t = walker.nextNode())) {
        // never inside a chart: a <mark> in SVG text is not drawn, and the label vanishes
        if (!t.parentNode.closest("script, style, mark, .md-source-file, svg, figure, .jb-chart")) texts.push(t);
      }
      texts.forEach(function (t) {
        re.lastIndex = 0;
        if (!re.test(t.data)) return;
        var frag = marked(document.createDocumentFragment(), t.data, re, "jb-hit");
        t.parentNode.replaceChild(frag, t);
      });
    });
    if (anchor) anchor.scrollIntoView();
  }

  function start() {
    headerBox();
    var app = document.getElementById("jb-search-app");
    if (app) { searchPage(app); return; }
    var q = params().q;
    if (q) highlightArticle(q);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
