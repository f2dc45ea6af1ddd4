// Trunk post-build hook: write sw.js into the staging directory, listing every
// built file (hashed names) and a version derived from their contents.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const template = fs.readFileSync(new URL('../assets/sw.template.js', import.meta.url), 'utf8');
const skip = (f) => f === 'sw.js' || f.endsWith('.gz') || f.endsWith('.br') || f === 'sw.template.js';
const files = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile() && !skip(f)).sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const list = ['./', ...files.filter((f) => f !== 'index.html').map((f) => './' + f)];
fs.writeFileSync(path.join(dir, 'sw.js'), template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(list)));
console.log(`sw.js: ${list.length} files, version ${version}`);
