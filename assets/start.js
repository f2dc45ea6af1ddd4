// The page's first paint, at the end of <body>: scripts/post-build.mjs
// inlines this file there (allowed by its hash in the Content-Security-
// Policy). What to show was chosen in <head> (assets/choose.js, in
// window.__outsourceCheckStart); here it goes on the page before the first
// paint:
// - the answer pre-rendered at build time (scripts/prerender.mjs) in the
//   page's language, when the page opens with the very scenario
//   pre-rendered;
// - else the same layout in that language with its figures hidden (a link,
//   a saved scenario, an embed): never a blank loading screen; then, as
//   soon as the small headline wasm (first/) has run, the headline of this
//   page's own scenario (src/model/first.rs), the rest waiting for the app.
// The app replaces it when it starts (src/ui/mod.rs), all but the site
// header, which it keeps, and keeps anything typed meanwhile.
(function () {
  try {
    'use strict';
    var chosen = window.__outsourceCheckStart || { lang: 'en', home: 'us', same: true };
    var lang = chosen.lang;
    var same = chosen.same;
    var root = document.documentElement;
    var embed = root.hasAttribute('data-embed');
    var query = new URLSearchParams(location.search);
    function last(key) { var all = query.getAll(key); return all.length ? all[all.length - 1] : null; }
    var i;

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
        // Its link to the full calculator opens the embed's own scenario
        // (pre-rendered, it names the defaults at the language's country).
        // With none, the defaults' at the reader's home.
        var full = app.querySelector('.embed-header a');
        var scenario = chosen.scenario;
        if (full && !scenario) {
          var defaults = new URL(full.href).searchParams;
          defaults.set('home', chosen.home);
          scenario = String(defaults);
        }
        if (full) full.href = location.pathname + '?' + scenario;
      }
    }
    // The headline's elements by id: their ids go while they are hidden.
    var slots = {};
    if (prerendered && !same) {
      // The layout without its figures: they are the default scenario's, not
      // this page's. Hidden (their room kept), unnamed (nothing reads them),
      // and the fields wait for the app.
      app.setAttribute('data-pending', '');
      var live = document.getElementById('summary-live');
      if (live) live.textContent = '';
      var figures = app.querySelectorAll('[data-value], .verdict');
      for (i = 0; i < figures.length; i++) {
        if (figures[i].id) slots[figures[i].id] = figures[i];
        figures[i].removeAttribute('id');
        figures[i].removeAttribute('data-value');
      }
      var fields = app.querySelectorAll('input, select');
      for (i = 0; i < fields.length; i++) { fields[i].disabled = true; if (fields[i].tagName === 'INPUT') fields[i].value = ''; }
    }
    chosen.answer = prerendered && same;
    chosen.layout = prerendered;
    // This page's own headline from the small wasm (its words in the four
    // languages are in it), unless the app got there first. Each part it
    // fills is marked `data-first` (styles/main.css shows it).
    if (prerendered && !same && chosen.first) {
      chosen.first.then(function (got) {
        if (root.hasAttribute('data-started')) return;
        var e = got.instance.exports;
        var input = new TextEncoder().encode(chosen.input);
        var at = e.alloc(input.length);
        new Uint8Array(e.memory.buffer, at, input.length).set(input);
        var out = e.answer(at, input.length);
        var len = new DataView(e.memory.buffer).getUint32(out, true);
        var lines = new TextDecoder().decode(new Uint8Array(e.memory.buffer, out + 4, len)).split('\n');
        for (var n = 0; n < lines.length; n++) {
          var part = lines[n].split('\t');
          var el = slots[part[0]] || document.getElementById(part[0]);
          if (!el && part[0] === 'season-verdict' && slots.verdict) {
            el = document.createElement('p');
            el.className = 'verdict-more';
            slots.verdict.after(el);
          }
          if (!el || part.length !== 3) continue;
          el.textContent = part[2];
          el.id = part[0];
          if (part[1]) el.setAttribute('data-value', part[1]);
          el.setAttribute('data-first', '');
        }
        root.setAttribute('data-first', '');
      }).catch(function () { /* the app will show it */ });
    }
    // Once the app's first screen has taken the pre-rendered page's place
    // (src/ui/mod.rs drops `data-prerendered` then), `then` runs, a task
    // later.
    var shown = function (then) {
      if (!app || !window.MutationObserver) return;
      new MutationObserver(function (_, seen) {
        if (app.hasAttribute('data-prerendered')) return;
        seen.disconnect();
        setTimeout(then);
      }).observe(app, { attributes: true, attributeFilter: ['data-prerendered'] });
    };
    // A field changed before the app is up: the figures shown are no longer
    // this page's, so they are hidden (their room kept) until the app's own.
    if (app && chosen.answer) {
      var stale = function (e) {
        if (root.hasAttribute('data-started') || (e.target.closest && e.target.closest('.lang-switch'))) return;
        app.setAttribute('data-pending', '');
        var said = document.getElementById('summary-live');
        if (said) said.textContent = '';
        app.removeEventListener('input', stale, true);
        app.removeEventListener('change', stale, true);
      };
      app.addEventListener('input', stale, true);
      app.addEventListener('change', stale, true);
    }
    // The first touch may open a disclosure of the pre-rendered page, or
    // put the focus on its summary: once the app's first screen is in
    // (`shown`), the same disclosures, by their place among the first
    // screen's (the app's own, pre-rendered), are opened and focused again.
    if (app && chosen.answer) {
      var folds = function () { return app.querySelectorAll('details'); };
      var opened = [];
      var summary = -1;
      var note = function (e) {
        if (root.hasAttribute('data-started')) return;
        var all = folds();
        opened = [];
        if (e.type === 'focusin') summary = -1;
        for (var k = 0; k < all.length; k++) {
          if (all[k].open) opened.push(k);
          if (e.type === 'focusin' && e.target.parentNode === all[k]) summary = k;
        }
      };
      app.addEventListener('toggle', note, true);
      app.addEventListener('focusin', note, true);
      shown(function () {
        var now = folds();
        for (var k = 0; k < opened.length; k++) if (now[opened[k]]) now[opened[k]].open = true;
        var s = summary >= 0 && now[summary] && now[summary].querySelector('summary');
        if (s && (!document.activeElement || document.activeElement === document.body)) s.focus();
      });
    }
    // The pre-rendered language switcher, until the app's replaces it: as
    // the app's does (src/ui/lang.rs `switch`), the language's catalogue
    // first, then the choice is saved and the page opens again in that
    // language, the address's other parameters kept. A catalogue that cannot
    // be fetched (offline) hands the choice to the app's switcher, which
    // says so in the page's words: the app wakes (from the worker's copy),
    // and its switcher gets the choice once its first screen is in (`shown`),
    // within 10 s. Only the latest choice counts, and none once the app is up.
    var pick = app && app.querySelector('.site-header select#lang');
    var asked = 0;
    if (pick) {
      pick.addEventListener('change', function () {
        if (root.hasAttribute('data-started')) return;
        var to = pick.value;
        var mine = ++asked;
        var open = function () {
          try { localStorage.setItem('outsource-check:lang', to); } catch (e) { /* not kept */ }
          var next = new URLSearchParams(location.search);
          next.delete('lang');
          next.append('lang', to);
          location.assign(location.pathname + '?' + next.toString());
        };
        if (to === 'en' || !window.fetch) return open();
        fetch('i18n/' + to + '.ids.json').then(function (r) {
          if (!r.ok) throw r.status;
          if (mine === asked && !root.hasAttribute('data-started')) open();
        }).catch(function () {
          if (mine !== asked || root.hasAttribute('data-started')) return;
          pick.value = lang;
          var until = Date.now() + 10000;
          shown(function () {
            var own = document.getElementById('lang');
            if (mine !== asked || Date.now() > until || !own || own === pick) return;
            own.value = to;
            own.dispatchEvent(new Event('change', { bubbles: true }));
            if (document.activeElement === document.body) own.focus();
          });
          if (chosen.wake) chosen.wake();
        });
      });
    }
    // The loading watchdog (assets/boot.js, its words in four languages) is
    // fetched only when it has something to say: a file that failed to load,
    // an error before the app started, or no app after 8 s. What woke it is
    // in `watch`; it acts on that at once.
    var watch = function (why) {
      // Before the app is asked for, only a file that failed counts (the
      // app could not wake): a page error meanwhile is not the app's.
      if (!chosen.started && !why.url) return;
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
    // The 8 s run from the moment the app is asked for: at once, or at the
    // reader's first touch (assets/choose.js `wake`).
    var slow = function () { setTimeout(function () { watch({ slow: true }); }, 8000); };
    if (chosen.started) slow();
    else chosen.asked = slow;
  } finally {
    // The first screen is chosen (styles/main.css shows it only now: a paint
    // before this script would show the English default's figures).
    document.documentElement.setAttribute('data-start', '');
  }
})();
