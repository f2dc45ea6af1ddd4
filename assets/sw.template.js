// Service worker: precaches the build so the app works offline after the
// first visit. FILES and VERSION are written at build time by
// scripts/post-build.mjs from the hashed file names; a new deploy gets a new
// cache and the old one is deleted on activation.
//
// A deploy must never mix an old page with new files: the page ('./') and the
// unhashed files are fetched past the HTTP cache (revalidated with the
// server), so a host that sends old Last-Modified dates cannot hand back last
// deploy's page. Hashed files are content-addressed, so they are taken from
// the HTTP cache whatever its freshness ('force-cache'): the page has just
// downloaded them, and a host that sends no cache headers or validators must
// not make a first visit download the wasm twice. The page shows "A new version is ready" when this worker takes
// over from an older one (controllerchange).
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = 'outsource-check-' + VERSION;
const HASHED = /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((c) => Promise.all(FILES.map((f) => {
        const req = new Request(f, { cache: HASHED.test(f) ? 'force-cache' : 'no-cache' });
        return fetch(req).then((res) => {
          if (!res.ok) throw new Error(f + ': ' + res.status);
          return c.put(f, res);
        });
      })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('outsource-check-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// A language catalogue (i18n/de.json, …) is not precached: only the one a
// reader uses is kept, when the page fetches it through this worker or, on
// a first visit (fetched before this worker was in control), when the page
// names it in a message. From the HTTP cache if it is there.
const CATALOGUE = /\/i18n\/[a-z]{2}(\.ids)?\.json$/;
function keep(cache, url) {
  return cache.match(url).then((hit) => hit || fetch(new Request(url, { cache: 'force-cache' }))
    .then((res) => (res.ok ? cache.put(url, res) : undefined)));
}
self.addEventListener('message', (event) => {
  const url = event.data && event.data.keep;
  if (typeof url !== 'string') return;
  const abs = new URL(url, self.registration.scope);
  if (abs.origin !== self.location.origin || !CATALOGUE.test(abs.pathname)) return;
  event.waitUntil(caches.open(CACHE).then((cache) => keep(cache, abs.href)).catch(() => {}));
});

// Cache first for everything precached; the page itself is matched without
// its query string, so any scenario link opens offline.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(req, { ignoreSearch: req.mode === 'navigate' }).then((hit) => hit || fetch(req).then((res) => {
        if (res.ok && CATALOGUE.test(url.pathname)) cache.put(req, res.clone());
        return res;
      })),
    ),
  );
});
