// Site search: ranks the entries of /search/index.json as the reader types. No framework, no inline code
// (the CSP forbids it); without this script the page is the A–Z list that follows the form.
(function () {
  'use strict';
  var form = document.querySelector('form[data-index]');
  if (!form || !window.fetch) return;
  var input = form.querySelector('input[type="search"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var az = document.getElementById('a-z');
  var entries = [];
  var statusTimer = 0;
  var MAX = 20;

  // terms:begin. The same as src/StaticSite.Explainer/Outputs/Search/SearchTerms.cs, which made the index's
  // terms; a test runs this part under Node over every word of the site and compares. Change both or neither.
  var STOP = {};
  ('a an and are as at be by did do does for from had has have how in is it its of on or the to was were what ' +
    'when which who why with').split(' ').forEach(function (w) { STOP[w] = 1; });

  // Lower case without accents ("reciprocite" finds "réciprocité"), "q" as "k" ("gchk" finds GCHQ).
  var ACCENTED = 'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž';
  var PLAIN = 'aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz';
  function fold(text) {
    return (text || '').toLowerCase().replace(/[\u0300-\u036f]/g, '').replace(/[\u00e0-\u017f]/g, function (c) {
      var at = ACCENTED.indexOf(c);
      return at < 0 ? c : PLAIN.charAt(at);
    }).replace(/q/g, 'k');
  }

  // The words, split at anything but a-z and 0-9; the "s" of a possessive ("Huawei's") dropped.
  function words(text) {
    var f = fold(text), re = /[a-z0-9]+/g, out = [], m;
    while ((m = re.exec(f)) !== null) {
      if (!(m[0] === 's' && m.index > 0 && /['\u2019]/.test(f.charAt(m.index - 1)))) out.push(m[0]);
    }
    return out;
  }

  function undouble(w) {
    var c = w.charAt(w.length - 1);
    return w.length >= 2 && c === w.charAt(w.length - 2) && 'lszaeiou'.indexOf(c) < 0 ? w.slice(0, -1) : w;
  }

  function ends(w, end) {
    return w.slice(-end.length) === end;
  }

  // A light English stem: plurals, then -ing, -ed or -ly, then any final "e".
  function stem(w) {
    if (w.length <= 3 || !/[a-z]/.test(w.charAt(w.length - 1))) return w;
    if (ends(w, 'ies') || ends(w, 'ied')) { if (w.length > 4) w = w.slice(0, -3) + 'y'; }
    else if (ends(w, 'sses')) w = w.slice(0, -2);
    else if (ends(w, 's') && !ends(w, 'ss') && !ends(w, 'us') && !ends(w, 'is')) w = w.slice(0, -1);
    if (ends(w, 'ing') && w.length - 3 >= 3) w = undouble(w.slice(0, -3));
    else if (ends(w, 'ed') && w.length - 2 >= 3) w = undouble(w.slice(0, -2));
    else if (ends(w, 'ly') && w.length - 2 >= 4) w = w.slice(0, -2);
    while (w.length > 3 && w.charAt(w.length - 1) === 'e') w = w.slice(0, -1);
    return w;
  }

  function terms(text) {
    return words(text).filter(function (w) { return !STOP[w]; }).map(stem);
  }
  // terms:end

  function split(text) {
    return text ? text.split(' ') : [];
  }

  function prepare(e) {
    return { e: e, f: [split(e.x), split(e.y), split(e.z)], t: terms(e.t).join(' ') };
  }

  // True when a and b differ by one letter added, dropped, changed, or two letters swapped.
  function near(a, b) {
    var la = a.length, lb = b.length, i = 0;
    if (Math.abs(la - lb) > 1) return false;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
    if (la > lb) return a.slice(i + 1) === b.slice(i);
    if (la < lb) return a.slice(i) === b.slice(i + 1);
    return a.slice(i + 1) === b.slice(i + 1) ||
      (a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2));
  }

  // How well a term of the index matches a query word: the same stem, a stem it begins with (the reader is still
  // typing), or, for words of five letters or more, a stem one typo away.
  function match(term, q) {
    if (term === q.s) return 1;
    if (term.lastIndexOf(q.s, 0) === 0) return 0.7;
    return q.typo && near(term, q.s) ? 0.5 : 0;
  }

  // The title and other names outweigh the summary and headings, which outweigh the body.
  var WEIGHT = [12, 4, 1];

  // How many query words the entry matches, and how well.
  function score(p, query) {
    var found = 0, total = 0;
    for (var i = 0; i < query.length; i++) {
      var s = 0;
      for (var f = 0; f < 3; f++) {
        var best = 0, list = p.f[f];
        for (var j = 0; j < list.length && best < 1; j++) best = Math.max(best, match(list[j], query[i]));
        s += WEIGHT[f] * best;
      }
      if (s > 0) { found++; total += s; }
    }
    return { n: found, s: total };
  }

  function queryOf(text) {
    return words(text).filter(function (w) { return !STOP[w]; })
      .map(function (w) { var s = stem(w); return { s: s, typo: w.length >= 5 && s.length >= 4 }; });
  }

  function matches(word, query) {
    var t = terms(word)[0];
    if (!t) return false;
    for (var i = 0; i < query.length; i++) if (match(t, query[i])) return true;
    return false;
  }

  // Builds text with <mark> around the words that match from DOM nodes only: nothing from the index is parsed as HTML.
  function highlight(parent, text, query) {
    var re = /[A-Za-z0-9\u00c0-\u024f]+/g, last = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (!matches(m[0], query)) continue;
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      parent.appendChild(mark);
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function announce(text) {
    window.clearTimeout(statusTimer);
    // Wait for a pause in typing, so screen readers are not interrupted at every key.
    statusTimer = window.setTimeout(function () { status.textContent = text; }, 400);
  }

  function run() {
    var phrase = fold(input.value).trim();
    list.textContent = '';
    if (!phrase) {
      az.hidden = false;
      announce('');
      return;
    }
    var query = queryOf(phrase), wanted = terms(phrase).join(' '), hits = [], most = 1;
    for (var i = 0; i < entries.length; i++) {
      var r = score(entries[i], query);
      // An entry whose whole title (or name) is what was typed comes first.
      if (r.n && entries[i].t === wanted) r.s += 100;
      if (r.n > most) { most = r.n; hits = []; }
      if (r.n === most) hits.push({ s: r.s, e: entries[i].e });
    }
    hits.sort(function (a, b) { return b.s - a.s || (a.e.t < b.e.t ? -1 : a.e.t > b.e.t ? 1 : 0); });
    az.hidden = true;
    hits.slice(0, MAX).forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = hit.e.u;
      highlight(a, hit.e.t, query);
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = hit.e.k;
      var summary = document.createElement('p');
      highlight(summary, hit.e.s, query);
      li.appendChild(a);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(kind);
      li.appendChild(summary);
      list.appendChild(li);
    });
    var shown = Math.min(hits.length, MAX);
    announce(hits.length === 0
      ? 'No results for \u201c' + input.value.trim() + '\u201d. Try fewer or shorter words, or browse the A to Z.'
      : hits.length + (hits.length === 1 ? ' result' : ' results') + ' for \u201c' + input.value.trim() + '\u201d' +
        (shown < hits.length ? ', showing the best ' + shown : '') +
        (most < query.length ? '. None has every word; these have the most' : '') + '.');
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('a'));
  }

  input.addEventListener('input', run);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length) { event.preventDefault(); links()[0].focus(); }
    if (event.key === 'Escape') { input.value = ''; run(); }
  });
  list.addEventListener('keydown', function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at === 0 ? input : all[at - 1]).focus(); }
    if (event.key === 'Escape') { input.value = ''; run(); input.focus(); }
  });
  // Enter opens the best result rather than reloading the page.
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) window.location.href = first.href;
  });

  fetch(form.getAttribute('data-index'))
    .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
    .then(function (index) {
      entries = index.map(prepare);
      form.hidden = false;
      var q = new URLSearchParams(window.location.search).get('q');
      if (q) { input.value = q; run(); }
    })
    .catch(function () { /* the A–Z list stays, which is the page without JavaScript */ });
})();
