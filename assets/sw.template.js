// Service worker: precaches the build so the app works offline after the
// first visit. FILES and VERSION are written at build time by
// scripts/post-build.mjs from the hashed file names; a new deploy gets a new
// cache and the old one is deleted on activation.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = 'outsource-check-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('outsource-check-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first for everything precached; the page itself is matched without
// its query string, so any scenario link opens offline.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(req, { ignoreSearch: req.mode === 'navigate' }).then((hit) => hit || fetch(req)),
    ),
  );
});
