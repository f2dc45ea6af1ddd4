// The page's very first moment, in <head> before any download: inlined by
// scripts/post-build.mjs right after the Content-Security-Policy (allowed
// by its hash). It chooses the page's language and home country as the app
// does (src/model/i18n.rs `choose`, src/model/start.rs `home_for_languages`)
// and whether the answer pre-rendered at build time is this page's (no
// scenario in the link, nothing saved, the language's own country). Then it
// starts the downloads in the order that shows an answer soonest:
// - the pre-rendered answer is this page's (and not an embed): nothing
//   more until the reader reaches for the page; the app's files are
//   fetched at once then, or earlier by the service worker this script
//   registers once the page has loaded (a first visit);
// - else (a link, a saved scenario, another country): first the small wasm
//   that works out the headline (first/, src/model/first.rs; the start
//   script at the end of <body> shows it), then the app's wasm, so the two
//   do not share a slow connection;
// - the language's catalogue and the app's glue script with the app's wasm.
// The app's loader waits for `go` before it fetches the app's glue and wasm
// (post-build rewrites it so). What it chose is in window.__outsourceCheckStart.
(function () {
  'use strict';
  var SPOKEN = ['en', 'de', 'fr', 'nl'];
  // The country each language's page was pre-rendered for (a first visit
  // from a browser in that language and its main country).
  var PRERENDERED_HOME = { en: 'us', de: 'de', fr: 'fr', nl: 'nl' };
  var PAGE_KEYS = ['embed', 'theme', 'accent', 'title', 'lang'];
  var REGION_HOME = { US: 'us', CA: 'ca', GB: 'uk', UK: 'uk', DE: 'de', FR: 'fr', NL: 'nl', AU: 'au', NZ: 'au' };
  var LANGUAGE_HOME = { de: 'de', fr: 'fr', nl: 'nl' };
  // Filled in by scripts/post-build.mjs.
  var APP_WASM = '__APP_WASM__';
  var APP_GLUE = '__APP_GLUE__';
  var APP_GLUE_SRI = '__APP_GLUE_SRI__';
  var FIRST_WASM = '__FIRST_WASM__';
  var go;
  var chosen = window.__outsourceCheckStart = { lang: 'en', home: 'us', go: new Promise(function (r) { go = r; }), wake: app };
  function preload(rel, href, integrity) {
    var l = document.createElement('link');
    l.rel = rel;
    if (rel === 'preload') l.as = 'fetch';
    l.crossOrigin = 'anonymous';
    if (integrity) l.integrity = integrity;
    l.href = href;
    document.head.appendChild(l);
  }
  var catalogue = function () {};
  // The service worker this page registered, until it controls the page.
  var installing = null;
  // The ways a reader reaches for the page (an assistive technology's bare
  // click, autofill and dictation included). A select's picker opens on the
  // pre-rendered page: the app wakes at its change, not under the open picker.
  var REACH = ['pointerdown', 'mousedown', 'touchstart', 'keydown', 'focusin', 'click', 'input', 'change', 'toggle', 'wheel', 'scroll'];
  var ON_CHANGE = { pointerdown: 1, mousedown: 1, touchstart: 1, keydown: 1, focusin: 1, click: 1 };
  function woken(e) {
    var t = e && e.target;
    // The pre-rendered language switcher works without the app
    // (assets/start.js): choosing in it opens the page again.
    if (t && t.closest && t.closest('.lang-switch')) return;
    if (t && t.tagName === 'SELECT' && ON_CHANGE[e.type]) return;
    for (var n = 0; n < REACH.length; n++) removeEventListener(REACH[n], woken, true);
    app();
  }
  function wake(lang) {
    for (var n = 0; n < REACH.length; n++) addEventListener(REACH[n], woken, { capture: true, passive: true });
    var sw = null;
    // (Reading it throws in a sandboxed frame.)
    try { sw = navigator.serviceWorker || null; } catch (e) { return; }
    if (!sw) return;
    // A worker already controls this page: it serves the app's files when
    // the app wakes. But should a new deploy's worker take over first, its
    // files are not this page's: before the reader touches anything, the
    // page is swapped for the new one (nothing typed is lost), once a
    // session at most (a host serving two versions at once cannot loop it).
    if (sw.controller) {
      sw.addEventListener('controllerchange', function () {
        if (chosen.started) return;
        try {
          if (sessionStorage.getItem('outsource-check:swapped') !== null) return;
          sessionStorage.setItem('outsource-check:swapped', '1');
        } catch (e) { return; }
        location.reload();
      });
      return;
    }
    // A first visit: once the page has loaded and the browser is idle, the
    // worker fetches the app's files in the background (for this visit's
    // wake, and offline for the next ones), and keeps this language's
    // catalogue.
    addEventListener('load', function () {
      var idle = window.requestIdleCallback || function (f) { setTimeout(f, 1); };
      idle(function () {
        if (chosen.started) return;
        var reg = sw.register('./sw.js', { updateViaCache: 'none' });
        // A touch while the worker installs waits for it to take the page
        // over (it is fetching the very same files; a host that sends no
        // cache headers would otherwise serve them twice): at most 10 s, and
        // not at all if the install fails or the registration is not
        // answered within 3 s.
        installing = new Promise(function (done) {
          sw.addEventListener('controllerchange', done);
          // (A browser that blocks workers may never answer the registration.)
          var unanswered = setTimeout(done, 3000);
          reg.then(function (r) {
            clearTimeout(unanswered);
            setTimeout(done, 10000);
            // (A registration answered with nothing installs nothing.)
            var w = r && (r.installing || r.waiting || r.active);
            if (sw.controller || !w) return done();
            w.addEventListener('statechange', function () { if (w.state === 'redundant') done(); });
          }, done);
        });
        if (lang !== 'en') {
          sw.ready.then(function (r) {
            if (r.active) r.active.postMessage({ keep: 'i18n/' + lang + '.ids.json' });
          });
        }
      });
    });
  }
  // The app's glue, wasm and catalogue now, and the app may fetch them.
  function app() {
    if (chosen.started) return;
    chosen.started = true;
    if (chosen.asked) chosen.asked();
    (installing || Promise.resolve()).then(function () {
      preload('modulepreload', APP_GLUE, APP_GLUE_SRI);
      preload('preload', APP_WASM);
      catalogue();
      go();
    });
  }
  try {
    function primary(code) {
      var c = String(code || '').trim().toLowerCase().split(/[-_]/)[0];
      return SPOKEN.indexOf(c) >= 0 ? c : null;
    }
    function get(store, key) {
      try { return window[store].getItem(key); } catch (e) { return null; }
    }
    var query = new URLSearchParams(location.search);
    // Every parameter takes its last value, as the app reads them.
    function last(key) { var all = query.getAll(key); return all.length ? all[all.length - 1] : null; }
    var root = document.documentElement;
    var embed = /^(1|true)$/.test((last('embed') || '').trim());
    if (embed) root.setAttribute('data-embed', '');
    var theme = last('theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

    var browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    var lang = primary(last('lang')) || primary(get('localStorage', 'outsource-check:lang'));
    for (var i = 0; i < browser.length && !lang; i++) lang = primary(browser[i]);
    lang = lang || 'en';
    var home = null;
    for (i = 0; i < browser.length && !home; i++) {
      var parts = String(browser[i]).split(/[-_]/).slice(1);
      for (var j = 0; j < parts.length && !home; j++) if (parts[j].length === 2) home = REGION_HOME[parts[j].toUpperCase()] || null;
    }
    for (i = 0; i < browser.length && !home; i++) home = LANGUAGE_HOME[String(browser[i]).toLowerCase().split(/[-_]/)[0]] || null;
    home = home || 'us';

    // The link's scenario: its parameters but the page's own.
    var scenario = new URLSearchParams();
    query.forEach(function (v, k) { if (PAGE_KEYS.indexOf(k) < 0) scenario.append(k, v); });
    var scenarioInLink = !!String(scenario);
    var saved = embed ? null : get('localStorage', 'outsource-check:scenario');
    var handoff = !embed && (get('sessionStorage', 'outsource-check:handoff') !== null
      || get('localStorage', 'outsource-check:handoff') !== null);
    // (An embed never reads the saved scenario, but its defaults follow the
    // reader's country as the full page's do.)
    var same = !scenarioInLink && saved === null && !handoff && home === PRERENDERED_HOME[lang];
    chosen.lang = lang;
    chosen.home = home;
    chosen.same = same;
    chosen.scenario = String(scenario);
    root.lang = lang;
    // The catalogue comes with the app (src/ui/lang.rs reads this fetch).
    catalogue = function () {
      if (lang === 'en' || !window.fetch || window.__outsourceCheckCatalogue) return;
      window.__outsourceCheckCatalogue = {
        lang: lang,
        text: fetch('i18n/' + lang + '.ids.json').then(function (r) { return r.ok ? r.text() : null; }).catch(function () { return null; }),
      };
    };
    // The pre-rendered answer is this page's and no parent page waits for
    // its height (not an embed, not in a frame): the page is complete as it is, and the app wakes
    // at the reader's first touch, key, click or scroll (`wake`). Meanwhile
    // the main thread stays free; what is typed before the app is up is
    // carried into it (src/ui/mod.rs).
    var framed = true;
    try { framed = window.top !== window.self; } catch (e) { /* framed */ }
    if (same && !embed && !framed) {
      chosen.waits = true;
      wake(lang);
    } else if (!same && !handoff && window.WebAssembly && window.fetch && FIRST_WASM.indexOf('__') !== 0) {
      chosen.input = [lang, home, location.search.slice(1).replace(/\n/g, ''), saved === null ? '-' : '+' + saved.replace(/\n/g, '')].join('\n');
      // Compiled as it arrives where the host sends it as application/wasm.
      chosen.first = fetch(FIRST_WASM).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        var whole = function () { return r.arrayBuffer().then(function (b) { return WebAssembly.instantiate(b); }); };
        return WebAssembly.instantiateStreaming ? WebAssembly.instantiateStreaming(r.clone()).catch(whole) : whole();
      });
      chosen.first.then(app, app);
      // A stalled download does not hold the app back.
      setTimeout(app, 4000);
    } else {
      app();
    }
  } catch (e) {
    app();
  }
})();
