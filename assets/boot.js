// Loading-screen watchdog (a classic script with a fixed name, so an old
// cached page still finds it), fetched by the start script only when a load
// fails or takes long (assets/start.js). If the app's script fails to load, or the app
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
  // The watchdog's own words, in the page's language: what failed, and
  // what to do about it. [old version, slow, clear-and-reload, server error,
  // damaged download, offline, sandboxed frame, try again]
  var WORDS = {
    en: ['The calculator could not load: this browser holds parts of an older version that the site no longer has. Your saved scenario is safe.',
      'The calculator is taking longer than usual to load. If it does not appear, this browser may hold parts of an older version; your saved scenario is safe.',
      'Clear the old version and reload',
      'The calculator could not load: the site answered {status} for its files. Try again in a moment; your saved scenario is safe.',
      'The calculator could not load: its code arrived incomplete or damaged (a network problem?). Try again; your saved scenario is safe.',
      'The calculator could not load: there is no connection, and this browser has no copy of it yet. Try again when you are online.',
      'This calculator is embedded in a sandboxed frame that blocks its scripts. The page embedding it must add allow-same-origin to the frame’s sandbox attribute (or the site must send a CORS header).',
      'Try again'],
    de: ['Der Rechner konnte nicht geladen werden: Dieser Browser hält Teile einer älteren Version, die die Website nicht mehr hat. Ihr gespeichertes Szenario ist sicher.',
      'Der Rechner lädt länger als üblich. Erscheint er nicht, hält dieser Browser vielleicht Teile einer älteren Version; Ihr gespeichertes Szenario ist sicher.',
      'Alte Version löschen und neu laden',
      'Der Rechner konnte nicht geladen werden: Die Website antwortete für seine Dateien mit {status}. Versuchen Sie es gleich noch einmal; Ihr gespeichertes Szenario ist sicher.',
      'Der Rechner konnte nicht geladen werden: Sein Code kam unvollständig oder beschädigt an (ein Netzwerkproblem?). Versuchen Sie es noch einmal; Ihr gespeichertes Szenario ist sicher.',
      'Der Rechner konnte nicht geladen werden: Es besteht keine Verbindung, und dieser Browser hat noch keine Kopie. Versuchen Sie es wieder, wenn Sie online sind.',
      'Dieser Rechner ist in einen abgeschirmten Rahmen (sandbox) eingebettet, der seine Skripte blockiert. Die einbettende Seite muss dem sandbox-Attribut des Rahmens allow-same-origin hinzufügen (oder die Website einen CORS-Header senden).',
      'Erneut versuchen'],
    fr: ['Le calculateur n’a pas pu se charger : ce navigateur garde des morceaux d’une ancienne version que le site n’a plus. Votre scénario enregistré est en sécurité.',
      'Le calculateur met plus de temps que d’habitude à se charger. S’il n’apparaît pas, ce navigateur garde peut-être des morceaux d’une ancienne version ; votre scénario enregistré est en sécurité.',
      'Effacer l’ancienne version et recharger',
      'Le calculateur n’a pas pu se charger : le site a répondu {status} pour ses fichiers. Réessayez dans un instant ; votre scénario enregistré est en sécurité.',
      'Le calculateur n’a pas pu se charger : son code est arrivé incomplet ou endommagé (un problème de réseau ?). Réessayez ; votre scénario enregistré est en sécurité.',
      'Le calculateur n’a pas pu se charger : il n’y a pas de connexion et ce navigateur n’en a pas encore de copie. Réessayez une fois en ligne.',
      'Ce calculateur est intégré dans un cadre isolé (sandbox) qui bloque ses scripts. La page qui l’intègre doit ajouter allow-same-origin à l’attribut sandbox du cadre (ou le site doit envoyer un en-tête CORS).',
      'Réessayer'],
    nl: ['De rekenhulp kon niet laden: deze browser bewaart delen van een oudere versie die de site niet meer heeft. Uw opgeslagen scenario is veilig.',
      'De rekenhulp laadt langzamer dan gewoonlijk. Verschijnt hij niet, dan bewaart deze browser misschien delen van een oudere versie; uw opgeslagen scenario is veilig.',
      'Oude versie wissen en opnieuw laden',
      'De rekenhulp kon niet laden: de site antwoordde {status} op zijn bestanden. Probeer het zo opnieuw; uw opgeslagen scenario is veilig.',
      'De rekenhulp kon niet laden: de code kwam onvolledig of beschadigd aan (een netwerkprobleem?). Probeer het opnieuw; uw opgeslagen scenario is veilig.',
      'De rekenhulp kon niet laden: er is geen verbinding en deze browser heeft er nog geen kopie van. Probeer het opnieuw als u online bent.',
      'Deze rekenhulp staat in een afgeschermd frame (sandbox) dat zijn scripts blokkeert. De pagina die hem insluit, moet allow-same-origin toevoegen aan het sandbox-attribuut van het frame (of de site moet een CORS-header sturen).',
      'Opnieuw proberen'],
  }[lang];
  function started() { return document.documentElement.hasAttribute('data-started'); }
  // A frame sandboxed without allow-same-origin has the opaque origin "null".
  var sandboxed = window.origin === 'null' || location.origin === 'null';
  // The embedding page sizes the frame to what is shown (the app does this
  // once it runs; here for the message).
  function postHeight() {
    try {
      if (window.parent === window) return;
      var h = Math.ceil(document.body.getBoundingClientRect().height);
      window.parent.postMessage({ type: 'outsource-check:height', height: h }, '*');
    } catch (e) { /* no parent to tell */ }
  }
  // Clear this site's service worker and cached copies, each only where
  // the browser allows it (a sandbox may throw on merely reading them).
  function clearOld() {
    var jobs = [];
    try {
      if (navigator.serviceWorker && navigator.serviceWorker.getRegistrations) {
        jobs.push(navigator.serviceWorker.getRegistrations().then(function (rs) {
          return Promise.all(rs.map(function (r) { return r.unregister(); }));
        }));
      }
    } catch (e) { /* denied */ }
    try {
      if (window.caches) {
        jobs.push(caches.keys().then(function (ks) {
          return Promise.all(ks.filter(function (k) { return k.indexOf('outsource-check-') === 0; })
            .map(function (k) { return caches.delete(k); }));
        }));
      }
    } catch (e) { /* denied */ }
    return Promise.all(jobs).catch(function () {});
  }
  // `kind`: 'old', 'slow', 'server' (with the status), 'damaged', 'offline', 'sandbox'.
  function show(kind, status) {
    if (started()) return;
    var old = document.getElementById('boot-failed');
    if (old) {
      if (old.getAttribute('data-kind') !== 'slow') return;
      old.remove();
    }
    var main = document.querySelector('#app main') || document.body;
    var box = document.createElement('div');
    box.id = 'boot-failed';
    box.className = 'card notices';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-kind', kind);
    var p = document.createElement('p');
    var text = { old: 0, slow: 1, server: 3, damaged: 4, offline: 5, sandbox: 6 }[kind];
    p.textContent = WORDS[text].replace('{status}', String(status));
    box.appendChild(p);
    if (kind !== 'sandbox') {
      var b = document.createElement('button');
      b.type = 'button';
      b.id = 'boot-reload';
      var clears = kind === 'old' || kind === 'slow';
      b.textContent = clears ? WORDS[2] : WORDS[7];
      b.addEventListener('click', function () {
        (clears ? clearOld() : Promise.resolve()).then(function () { location.reload(); });
      });
      box.appendChild(b);
    }
    main.insertBefore(box, main.firstChild);
    postHeight();
  }
  // What failed, found out at once: the file that failed (else the wasm)
  // asked for again, past every cache. Gone (404/410): this page is an older
  // version than the site's. Another status: the site's fault. Fine now: the
  // download or the code was damaged. No answer: offline.
  var diagnosing = false;
  function diagnose(url) {
    if (started() || diagnosing) return;
    diagnosing = true;
    if (sandboxed) { show('sandbox'); return; }
    var wasm = document.querySelector('link[rel=preload][as=fetch]');
    url = url || (wasm && wasm.href);
    if (!url || !window.fetch) { show('old'); return; }
    fetch(url, { cache: 'no-store' }).then(function (r) {
      if (r.status === 404 || r.status === 410) show('old');
      else if (!r.ok) show('server', r.status);
      else show('damaged');
    }, function () { show(navigator.onLine === false ? 'offline' : 'damaged'); });
  }
  // A script or stylesheet that fails to load fires `error` on its element,
  // which does not bubble: listen in the capture phase. The app's loader
  // failing to start (a wasm that cannot be fetched or compiled) is an
  // error on the window.
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && (t.tagName === 'SCRIPT' || t.tagName === 'LINK')) diagnose(t.src || t.href);
    else if (t === window || !t) diagnose();
  }, true);
  window.addEventListener('unhandledrejection', function () { if (!started()) diagnose(); });
  // Fetched by the start script when something woke it: act on that now.
  // On an older cached page (no start script) it watches from the start.
  var woke = start && start.watch;
  if (woke && woke.slow) show('slow');
  else if (woke) diagnose(woke.url);
  else setTimeout(function () { if (!diagnosing) show('slow'); }, WAIT_MS);
})();
