// Minimal static server for the tests and benchmarks: serves dist/ under an
// optional sub-path, gzip on request (as real static hosts do), logs requests.
// Usage: node tests/e2e/server.mjs --port 8099 [--root dist] [--prefix /tools/outsourcing/] [--gzip] [--log file [--log-status]]
//   [--old-dates]: send each file's Last-Modified a year before its real date and no
//   Cache-Control, as a plain static host serving an old copy does: browsers then treat
//   the files as fresh for weeks. A conditional request gets a 304 while the file is unchanged.
//   [--plain]: no Cache-Control and no validators at all (no ETag, no Last-Modified), as the
//   most basic static hosts do: nothing tells the browser whether a stored copy is still good.
//   [--cors]: Access-Control-Allow-Origin: * on every file.
//   [--slow-wasm MS]: each .wasm answered MS milliseconds late.
//   [--validators]: ETag and Last-Modified (the file's real ones), no Cache-Control; a
//   conditional request gets a 304 while the file is unchanged.
// --port 0 takes a free port; the first line printed names the address served.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true]);
  return acc;
}, []));
const port = Number(args.port || 8099);
const root = path.resolve(args.root || 'dist');
const prefix = args.prefix || '/';
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon',
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  // --log-status writes each line when answered, with its status (200, 304).
  if (args.log && args['log-status']) res.on('finish', () => fs.appendFileSync(args.log, `${req.method} ${url.pathname}${url.search} ${res.statusCode}\n`));
  else if (args.log) fs.appendFileSync(args.log, `${req.method} ${url.pathname}${url.search}\n`);
  if (!url.pathname.startsWith(prefix)) { res.writeHead(404); res.end('not found'); return; }
  let rel = decodeURIComponent(url.pathname.slice(prefix.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.join(root, rel);
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404); res.end('not found'); return;
  }
  const type = types[path.extname(file)] || 'application/octet-stream';
  let body = fs.readFileSync(file);
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  // --cors: any origin may read the files (a frame sandboxed without
  // allow-same-origin has the origin "null" and loads modules in CORS mode).
  if (args.cors) headers['access-control-allow-origin'] = '*';
  if (args.plain) delete headers['cache-control'];
  if (args.validators) {
    delete headers['cache-control'];
    const st = fs.statSync(file);
    const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
    headers.etag = etag;
    headers['last-modified'] = new Date(st.mtimeMs).toUTCString();
    if (req.headers['if-none-match'] === etag
      || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === headers['last-modified'])) {
      res.writeHead(304, headers); res.end(); return;
    }
  }
  if (args['old-dates']) {
    delete headers['cache-control'];
    const stamp = new Date(fs.statSync(file).mtimeMs - 365 * 864e5).toUTCString();
    headers['last-modified'] = stamp;
    if (req.headers['if-modified-since'] === stamp) { res.writeHead(304, headers); res.end(); return; }
  }
  if (args.gzip && /gzip/.test(req.headers['accept-encoding'] || '') && !/png$/.test(type)) {
    body = zlib.gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  // --slow-wasm MS: each .wasm file answered MS later (a slow link, without
  // the browser-side routing that would turn off the HTTP cache).
  const send = () => { res.writeHead(200, headers); res.end(req.method === 'HEAD' ? undefined : body); };
  if (args['slow-wasm'] && file.endsWith('.wasm')) setTimeout(send, Number(args['slow-wasm'])); else send();
});
server.listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${prefix}`));
