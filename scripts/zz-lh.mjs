import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { spawn } from 'node:child_process';
const srv = spawn(process.execPath, ['tests/e2e/server.mjs', '--port', '8178', '--root', process.env.ROOT || 'dist', '--gzip'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
for (const q of (process.env.QS || '').split(',')) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
  const r = await lighthouse('http://127.0.0.1:8178/' + q, { port: chrome.port, output: 'json', logLevel: 'error' });
  const l = r.lhr; const a = (id) => Math.round(l.audits[id]?.numericValue);
  console.log(q || '(plain)', 'FCP', a('first-contentful-paint'), 'TTI', a('interactive'), 'TBT', a('total-blocking-time'), 'LCP', a('largest-contentful-paint'));
  const el = l.audits['largest-contentful-paint-element']?.details?.items || [];
  console.log(' lcp el:', JSON.stringify(el[0]?.items?.[0]?.node?.snippet || '').slice(0, 140), (el[1]?.items || []).map((x) => x.phase + ':' + Math.round(x.timing)).join(' '));
  const lt = l.audits['long-tasks']?.details?.items || [];
  console.log(' long tasks:', lt.map((t) => `${t.url.split('/').pop().slice(0, 24)}@${Math.round(t.startTime)}+${Math.round(t.duration)}`).join('  '));
  const nr = l.audits['network-requests']?.details?.items || [];
  console.log(' requests:', nr.map((t) => `${t.url.split('/').pop().slice(0, 24)} ${Math.round(t.networkRequestTime)}-${Math.round(t.networkEndTime)} ${t.transferSize}`).join(' | '));
  await chrome.kill();
}
srv.kill();
