// Live reload and the build error overlay for `staticsite preview`. Served by preview only, never built into
// the site. No inline code and no innerHTML: every text is set with textContent, the overlay is styled by
// an external stylesheet, so the production Content-Security-Policy holds in preview too.
(function () {
  'use strict';
  var base = '/_staticsite/';
  // The build this page came from (the preview's Server-Timing header); null where the browser does not say.
  var build = servedBuild();
  var source = null;
  var lastMessage = Date.now();
  var retryDelay = 500;

  function connect() {
    if (source) source.close();
    source = new EventSource(base + 'events');
    source.addEventListener('hello', function (e) {
      var data = JSON.parse(e.data);
      heard();
      // Another build than this page's means we missed a rebuild (finished before we connected, or while the
      // connection was down, or the server restarted): catch up.
      if (build !== null && data.build !== build) { location.reload(); return; }
      build = data.build;
      if (data.errors > 0) showErrors(); else hideErrors();
    });
    source.addEventListener('ping', heard);
    source.addEventListener('reload', function () { location.reload(); });
    source.addEventListener('css', function (e) {
      var data = JSON.parse(e.data);
      heard();
      build = data.build;
      swapStylesheets(data.files);
      hideErrors();
    });
    source.addEventListener('errors', function () { heard(); showErrors(); });
    source.addEventListener('ok', function () { heard(); hideErrors(); });
    source.onerror = function () {
      // The browser retries by itself while the connection is merely interrupted; once it gives up
      // (server stopped, restarted with an error), retry ourselves with a growing delay.
      if (source && source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(connect, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 5000);
      }
    };
  }

  function servedBuild() {
    var pages = performance.getEntriesByType ? performance.getEntriesByType('navigation') : [];
    var timings = pages.length > 0 && pages[0].serverTiming ? pages[0].serverTiming : [];
    for (var i = 0; i < timings.length; i++) {
      if (timings[i].name === 'build') return timings[i].description;
    }
    return null;
  }

  function heard() {
    lastMessage = Date.now();
    retryDelay = 500;
  }

  // After a laptop sleeps the connection can look open but be dead. The server pings every 15 seconds,
  // so a long silence means: connect again.
  setInterval(function () {
    if (Date.now() - lastMessage > 40000) { heard(); connect(); }
  }, 5000);

  function swapStylesheets(files) {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (files.indexOf(url.pathname.replace(/^\//, '')) < 0) return;
      var fresh = link.cloneNode();
      url.searchParams.set('v', build);
      fresh.href = url.pathname + url.search;
      // Remove the old sheet only once the new one has loaded, so the page never shows unstyled.
      fresh.addEventListener('load', function () { link.remove(); });
      link.after(fresh);
    });
  }

  function showErrors() {
    fetch(base + 'errors', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (report) { if (report.errors.length > 0) render(report); else hideErrors(); })
      .catch(function () { /* the server is away; the next event will try again */ });
  }

  function hideErrors() {
    var overlay = document.getElementById('staticsite-overlay');
    if (overlay) overlay.remove();
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(report) {
    if (!document.getElementById('staticsite-overlay-css')) {
      var sheet = element('link');
      sheet.id = 'staticsite-overlay-css';
      sheet.rel = 'stylesheet';
      sheet.href = base + 'overlay.css';
      document.head.appendChild(sheet);
    }
    hideErrors();
    var overlay = element('section', 'staticsite-overlay');
    overlay.id = 'staticsite-overlay';
    overlay.setAttribute('role', 'alert');
    var count = report.errors.length;
    overlay.appendChild(element('h2', null, 'The last save did not build (' + count + (count === 1 ? ' error' : ' errors') + ')'));
    overlay.appendChild(element('p', null, 'You are looking at the last good build. Fix the file and this goes away.'));
    var list = element('ol');
    report.errors.forEach(function (error) {
      var item = element('li');
      item.appendChild(element('p', 'staticsite-overlay-where', error.file + ':' + error.line + ':' + error.column));
      item.appendChild(element('p', 'staticsite-overlay-message', 'error ' + error.code + ': ' + error.message));
      if (error.note) item.appendChild(element('p', 'staticsite-overlay-note', 'note: ' + error.note));
      if (error.source !== null) {
        var caret = new Array(Math.max(error.column, 1)).join(' ') + '^';
        item.appendChild(element('pre', 'staticsite-overlay-source', error.source + '\n' + caret));
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var close = element('button', null, 'Hide');
    close.type = 'button';
    close.addEventListener('click', hideErrors);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  connect();
})();
