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

  // Lower case without accents, so "reciprocite" finds "réciprocité".
  function fold(text) {
    return (text || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function prepare(e) {
    return { e: e, t: fold(e.t), k: fold(e.k), s: fold(e.s), h: fold((e.h || []).join(' ')), b: fold(e.b) };
  }

  function wordStart(text, term) {
    var i = text.indexOf(term);
    while (i >= 0) {
      if (i === 0 || /[^a-z0-9]/.test(text.charAt(i - 1))) return true;
      i = text.indexOf(term, i + 1);
    }
    return false;
  }

  function count(text, term, cap) {
    var n = 0, i = text.indexOf(term);
    while (i >= 0 && n < cap) { n++; i = text.indexOf(term, i + term.length); }
    return n;
  }

  // Every term must appear somewhere; a title hit outweighs headings, then the summary, then the body.
  function score(p, terms, phrase) {
    var total = p.t === phrase ? 100 : 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i], s = 0;
      if (wordStart(p.t, term)) s += 30; else if (p.t.indexOf(term) >= 0) s += 15;
      if (p.h.indexOf(term) >= 0) s += 8;
      if (p.s.indexOf(term) >= 0) s += 5;
      if (p.k.indexOf(term) >= 0) s += 3;
      s += count(p.b, term, 5);
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // Builds text with <mark> around matches from DOM nodes only: nothing from the index is parsed as HTML.
  function highlight(parent, text, terms) {
    var pattern = new RegExp('(' + terms.map(escapeRegExp).join('|') + ')', 'gi');
    var last = 0, match;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) { pattern.lastIndex++; continue; }
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement('mark');
      mark.textContent = match[0];
      parent.appendChild(mark);
      last = match.index + match[0].length;
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
    var terms = phrase.split(/\s+/);
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], terms, phrase);
      if (s > 0) hits.push({ s: s, e: entries[i].e });
    }
    hits.sort(function (a, b) { return b.s - a.s || (a.e.t < b.e.t ? -1 : a.e.t > b.e.t ? 1 : 0); });
    az.hidden = true;
    hits.slice(0, MAX).forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = hit.e.u;
      highlight(a, hit.e.t, terms);
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = hit.e.k;
      var summary = document.createElement('p');
      highlight(summary, hit.e.s, terms);
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
        (shown < hits.length ? ', showing the best ' + shown : '') + '.');
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
