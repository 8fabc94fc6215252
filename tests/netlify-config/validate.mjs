// Loads netlify.toml and a built _redirects file with Netlify's own parsers, offline, and prints what
// Netlify would use as JSON. Exits 1 when Netlify reports any problem, so a test can assert on both.
// Usage: node validate.mjs <repository root> <built output folder>
import path from 'node:path';
import { resolveConfig } from '@netlify/config';
import { parseAllRedirects } from '@netlify/redirect-parser';

const [root, output] = process.argv.slice(2).map((p) => path.resolve(p));
const problems = [];
let resolved;
try {
  resolved = await resolveConfig({
    repositoryRoot: root,
    cwd: root,
    config: path.join(root, 'netlify.toml'),
    context: 'production',
    offline: true,
    mode: 'cli',
    buffer: true,
  });
} catch (error) {
  problems.push(`netlify.toml: ${error.message}`);
}
const redirects = await parseAllRedirects({ redirectsFiles: [path.join(output, '_redirects')], minimal: false });
problems.push(...redirects.errors.map((e) => `_redirects: ${e.message}`));

const config = resolved?.config ?? {};
console.log(JSON.stringify({
  publish: config.build?.publish ?? null,
  command: config.build?.command ?? null,
  headers: (config.headers ?? []).map((h) => ({ for: h.for, values: h.values })),
  redirects: redirects.redirects.map((r) => ({ from: r.from, to: r.to, status: r.status, force: r.force })),
  problems,
}, null, 2));
process.exit(problems.length === 0 ? 0 : 1);
