// Loading-screen watchdog (a classic script with a fixed name, so an old
// cached page still finds it). If the app's script fails to load, or the app
// has not started after a while, say so and offer to clear this site's cached
// copy and reload. The saved scenario (localStorage) is not touched.
(function () {
  'use strict';
  var WAIT_MS = 8000;
  function started() { return document.documentElement.hasAttribute('data-started'); }
  function show(failed) {
    if (started() || document.getElementById('boot-failed')) return;
    var main = document.querySelector('#app main') || document.body;
    var box = document.createElement('div');
    box.id = 'boot-failed';
    box.className = 'card notices';
    box.setAttribute('role', 'alert');
    var p = document.createElement('p');
    p.textContent = failed
      ? 'The calculator could not load: this browser may hold parts of an older version. Your saved scenario is safe.'
      : 'The calculator is taking longer than usual to load. If it does not appear, this browser may hold parts of an older version; your saved scenario is safe.';
    var b = document.createElement('button');
    b.type = 'button';
    b.id = 'boot-reload';
    b.textContent = 'Clear the old version and reload';
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
