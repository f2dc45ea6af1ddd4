// The page's first moment, before the first paint and before any download:
// scripts/post-build.mjs inlines this file at the end of <body> (allowed by
// its hash in the Content-Security-Policy). It chooses the page's language
// and home country as the app does (src/model/i18n.rs `choose`,
// src/model/start.rs `home_for_languages`), and then:
// - shows the answer pre-rendered at build time (scripts/prerender.mjs) in
//   that language, when the page opens with the very scenario pre-rendered
//   (no scenario in the link, nothing saved, the language's own country);
// - else shows the same layout in that language with its figures hidden
//   (a link, a saved scenario, an embed): never a blank loading screen;
// - starts fetching the language's catalogue, beside the app's scripts.
// The app replaces it all when it starts (src/ui/mod.rs), keeping anything
// typed meanwhile. What it chose is in window.__outsourceCheckStart.
(function () {
  try {
    'use strict';
    var SPOKEN = ['en', 'de', 'fr', 'nl'];
    // The country each language's page was pre-rendered for (a first visit
    // from a browser in that language and its main country).
    var PRERENDERED_HOME = { en: 'us', de: 'de', fr: 'fr', nl: 'nl' };
    var PAGE_KEYS = ['embed', 'theme', 'accent', 'title', 'lang'];
    var REGION_HOME = { US: 'us', CA: 'ca', GB: 'uk', UK: 'uk', DE: 'de', FR: 'fr', NL: 'nl', AU: 'au', NZ: 'au' };
    var LANGUAGE_HOME = { de: 'de', fr: 'fr', nl: 'nl' };
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

    var scenarioInLink = false;
    query.forEach(function (v, k) { if (PAGE_KEYS.indexOf(k) < 0) scenarioInLink = true; });
    var saved = !embed && (get('localStorage', 'outsource-check:scenario') !== null
      || get('sessionStorage', 'outsource-check:handoff') !== null
      || get('localStorage', 'outsource-check:handoff') !== null);
    // An embed keeps to its own preset, so it opens with the defaults too.
    var same = !scenarioInLink && !saved && (embed || home === PRERENDERED_HOME[lang]);

    var app = document.getElementById('app');
    var page = document.getElementById('pre-' + lang);
    var prerendered = !!(app && app.getAttribute('data-prerendered') !== null);
    if (prerendered && page && lang !== 'en') app.replaceChildren(page.content.cloneNode(true));
    if (prerendered && embed) {
      var header = app.querySelector('.site-header');
      var own = document.getElementById('pre-embed-' + lang);
      if (header && own) {
        header.replaceWith(own.content.cloneNode(true));
        if (last('title') === '0') app.querySelector('.embed-header h1').className = 'sr-only';
      }
    }
    if (prerendered && !same) {
      // The layout without its figures: they are the default scenario's, not
      // this page's. Hidden (their room kept), unnamed (nothing reads them),
      // and the fields wait for the app.
      app.setAttribute('data-pending', '');
      var live = document.getElementById('summary-live');
      if (live) live.textContent = '';
      var figures = app.querySelectorAll('[data-value], .verdict');
      for (i = 0; i < figures.length; i++) { figures[i].removeAttribute('id'); figures[i].removeAttribute('data-value'); }
      var fields = app.querySelectorAll('input, select');
      for (i = 0; i < fields.length; i++) { fields[i].disabled = true; if (fields[i].tagName === 'INPUT') fields[i].value = ''; }
    }
    root.lang = lang;
    if (lang !== 'en' && window.fetch) {
      window.__outsourceCheckCatalogue = {
        lang: lang,
        text: fetch('i18n/' + lang + '.ids.json').then(function (r) { return r.ok ? r.text() : null; }).catch(function () { return null; }),
      };
    }
    var chosen = window.__outsourceCheckStart = { lang: lang, home: home, answer: prerendered && same, layout: prerendered };
    // The loading watchdog (assets/boot.js, its words in four languages) is
    // fetched only when it has something to say: a file that failed to load,
    // an error before the app started, or no app after 8 s. What woke it is
    // in `watch`; it acts on that at once.
    var watch = function (why) {
      if (chosen.watch || root.hasAttribute('data-started')) return;
      chosen.watch = why;
      var boot = document.createElement('script');
      boot.src = 'boot.js';
      // The watchdog itself cannot be fetched (the connection dropped): say
      // so in the page's language, with no watchdog to ask.
      boot.onerror = function () {
        var main = document.querySelector('#app main') || document.body;
        var box = document.createElement('div');
        box.id = 'boot-failed';
        box.className = 'card notices';
        box.setAttribute('role', 'alert');
        box.textContent = {
          de: 'Der Rechner konnte nicht geladen werden. Prüfen Sie die Verbindung und laden Sie die Seite neu.',
          fr: 'Le calculateur n’a pas pu être chargé. Vérifiez la connexion et rechargez la page.',
          nl: 'De rekenhulp kon niet worden geladen. Controleer de verbinding en laad de pagina opnieuw.',
        }[lang] || 'The calculator could not load. Check the connection and reload the page.';
        if (!root.hasAttribute('data-started') && !document.getElementById('boot-failed')) main.insertBefore(box, main.firstChild);
      };
      document.head.appendChild(boot);
    };
    addEventListener('error', function (e) {
      var t = e.target;
      if (t && (t.tagName === 'SCRIPT' || t.tagName === 'LINK')) watch({ url: t.src || t.href });
      else if (t === window || !t) watch({});
    }, true);
    addEventListener('unhandledrejection', function () { watch({}); });
    setTimeout(function () { watch({ slow: true }); }, 8000);
  } finally {
    // The first screen is chosen (styles/main.css shows it only now: a paint
    // before this script would show the English default's figures).
    document.documentElement.setAttribute('data-start', '');
  }
})();
