// Loading-screen watchdog (a classic script with a fixed name, so an old
// cached page still finds it). If the app's script fails to load, or the app
// has not started after a while, say so and offer to clear this site's cached
// copy and reload. The saved scenario (localStorage) is not touched.
(function () {
  'use strict';
  var WAIT_MS = 8000;
  // The page's language: chosen by the inline start script (assets/start.js,
  // which also marks an embed and starts the catalogue's fetch); the same
  // choice, made here, when an old cached page has no start script.
  var start = window.__outsourceCheckStart;
  var lang = start ? start.lang : null;
  if (!lang) {
    var SPOKEN = ['en', 'de', 'fr', 'nl'];
    var primary = function (code) {
      var c = String(code || '').toLowerCase().split(/[-_]/)[0];
      return SPOKEN.indexOf(c) >= 0 ? c : null;
    };
    var query = new URLSearchParams(location.search);
    var last = function (k) { var a = query.getAll(k); return a[a.length - 1]; };
    // An embed reserves no scrollbar gutter (styles/main.css).
    if (/^(1|true)$/.test((last('embed') || '').trim())) document.documentElement.setAttribute('data-embed', '');
    lang = primary(last('lang'));
    try { if (!lang) lang = primary(localStorage.getItem('outsource-check:lang')); } catch (e) { /* storage blocked */ }
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < list.length && !lang; i++) lang = primary(list[i]);
    lang = lang || 'en';
  }
  // The loading shell in the page's language: the app's own header (the
  // same words as the catalogue's, tests/i18n.rs checks) and the status line.
  var SHELL = {
    de: ["Auslagern oder im eigenen Betrieb behalten?", "Die vollen Kosten beider Optionen, ein fairer Stundensatz für die Region und der Punkt der Kostengleichheit. Alles bleibt in Ihrem Browser.", "Der Rechner wird geladen…"],
    fr: ["Externaliser ou garder en interne ?", "Le coût complet des deux options, un tarif équitable pour la région et le point d'équilibre. Tout reste dans votre navigateur.", "Chargement du calculateur…"],
    nl: ["Uitbesteden of in eigen huis houden?", "De volledige kosten van beide opties, een eerlijk tarief voor de regio en het omslagpunt. Alles blijft in uw browser.", "De rekenhulp wordt geladen…"],
  }[lang];
  // (Only the plain loading shell: a pre-rendered first screen is already in it.)
  if (SHELL && !(start && start.layout)) {
    document.documentElement.lang = lang;
    var h1 = document.querySelector('#app .site-header h1');
    var lede = document.querySelector('#app .site-header .lede');
    var status = document.querySelector('#app main .hint');
    if (h1) h1.textContent = SHELL[0];
    if (lede) lede.textContent = SHELL[1];
    if (status) status.textContent = SHELL[2];
  }
  // The watchdog's own words, in the page's language.
  var WORDS = {
    en: ['The calculator could not load: this browser may hold parts of an older version. Your saved scenario is safe.',
      'The calculator is taking longer than usual to load. If it does not appear, this browser may hold parts of an older version; your saved scenario is safe.',
      'Clear the old version and reload'],
    de: ['Der Rechner konnte nicht geladen werden: Dieser Browser hält vielleicht Teile einer älteren Version. Ihr gespeichertes Szenario ist sicher.',
      'Der Rechner lädt länger als üblich. Erscheint er nicht, hält dieser Browser vielleicht Teile einer älteren Version; Ihr gespeichertes Szenario ist sicher.',
      'Alte Version löschen und neu laden'],
    fr: ['Le calculateur n’a pas pu se charger : ce navigateur garde peut-être des morceaux d’une ancienne version. Votre scénario enregistré est en sécurité.',
      'Le calculateur met plus de temps que d’habitude à se charger. S’il n’apparaît pas, ce navigateur garde peut-être des morceaux d’une ancienne version ; votre scénario enregistré est en sécurité.',
      'Effacer l’ancienne version et recharger'],
    nl: ['De rekenhulp kon niet laden: deze browser bewaart misschien delen van een oudere versie. Uw opgeslagen scenario is veilig.',
      'De rekenhulp laadt langzamer dan gewoonlijk. Verschijnt hij niet, dan bewaart deze browser misschien delen van een oudere versie; uw opgeslagen scenario is veilig.',
      'Oude versie wissen en opnieuw laden'],
  }[lang];
  function started() { return document.documentElement.hasAttribute('data-started'); }
  function show(failed) {
    if (started() || document.getElementById('boot-failed')) return;
    var main = document.querySelector('#app main') || document.body;
    var box = document.createElement('div');
    box.id = 'boot-failed';
    box.className = 'card notices';
    box.setAttribute('role', 'alert');
    var p = document.createElement('p');
    p.textContent = failed ? WORDS[0] : WORDS[1];
    var b = document.createElement('button');
    b.type = 'button';
    b.id = 'boot-reload';
    b.textContent = WORDS[2];
    b.addEventListener('click', function () {
      var jobs = [];
      if (navigator.serviceWorker && navigator.serviceWorker.getRegistrations) {
        jobs.push(navigator.serviceWorker.getRegistrations().then(function (rs) {
          return Promise.all(rs.map(function (r) { return r.unregister(); }));
        }));
      }
      if (window.caches) {
        jobs.push(caches.keys().then(function (ks) {
          return Promise.all(ks.filter(function (k) { return k.indexOf('outsource-check-') === 0; })
            .map(function (k) { return caches.delete(k); }));
        }));
      }
      Promise.all(jobs).catch(function () {}).then(function () { location.reload(); });
    });
    box.appendChild(p);
    box.appendChild(b);
    main.insertBefore(box, main.firstChild);
  }
  // A script or stylesheet that fails to load fires `error` on its element,
  // which does not bubble: listen in the capture phase.
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && (t.tagName === 'SCRIPT' || t.tagName === 'LINK')) show(true);
  }, true);
  window.addEventListener('unhandledrejection', function () { if (!started()) show(true); });
  setTimeout(function () { show(false); }, WAIT_MS);
})();
