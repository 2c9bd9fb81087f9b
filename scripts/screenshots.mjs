// `npm run screenshots`: refreshes the README's pictures from the e2e tests that take them, so the
// README never shows a page the tests have not just seen. It reads every docs/screenshots/<name>.png
// the README names, runs test/e2e/layout.spec.ts (every page at 1280 and 1024 px) plus each test
// that writes one of those names with screenshotPath('<name>'), and copies exactly those files from
// test-results/screenshots/ into docs/screenshots/. Nothing is copied when a test fails: a picture
// from a failing run is not a picture of the app working.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const e2eDir = path.join(root, 'test/e2e');
const shotsDir = path.join(root, 'test-results/screenshots');
const docsDir = path.join(root, 'docs/screenshots');
// layout.spec.ts builds its names from the page and width (`layout-${page}-${width}`), so it is
// always run whole instead of being found by name.
const LAYOUT_SPEC = 'test/e2e/layout.spec.ts';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const names = [...new Set([...readme.matchAll(/docs\/screenshots\/([\w.-]+)\.png/g)].map((m) => m[1]))];

/** `file:line` of the test (its `test(` line, which Playwright filters by) that writes `name`. */
function testWriting(name) {
  for (const file of readdirSync(e2eDir).filter((f) => f.endsWith('.spec.ts')).sort()) {
    const lines = readFileSync(path.join(e2eDir, file), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes(`'${name}'`));
    if (at < 0) continue;
    for (let i = at; i >= 0; i -= 1) {
      if (/^\s*test\(/.test(lines[i])) return `test/e2e/${file}:${i + 1}`;
    }
  }
  return undefined;
}

const targets = new Set([LAYOUT_SPEC]);
const unknown = [];
for (const name of names) {
  if (name.startsWith('layout-')) continue;
  const target = testWriting(name);
  if (target) targets.add(target);
  else unknown.push(name);
}
if (unknown.length > 0) {
  console.error(`No e2e test writes these README pictures (screenshotPath('<name>')): ${unknown.join(', ')}`);
  process.exit(1);
}

// A clean folder, so only this run's pictures can be copied.
rmSync(shotsDir, { recursive: true, force: true });
console.log(`Running ${targets.size} e2e targets for ${names.length} README pictures:\n  ${[...targets].join('\n  ')}`);
const run = spawnSync('npx', ['playwright', 'test', ...targets, '--reporter=list'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('The e2e tests failed: docs/screenshots/ was left as it was.');
  process.exit(run.status ?? 1);
}

const missing = names.filter((name) => !existsSync(path.join(shotsDir, `${name}.png`)));
if (missing.length > 0) {
  console.error(`The tests passed but did not write: ${missing.join(', ')}. docs/screenshots/ was left as it was.`);
  process.exit(1);
}
for (const name of names) copyFileSync(path.join(shotsDir, `${name}.png`), path.join(docsDir, `${name}.png`));
console.log(`Copied ${names.length} pictures into docs/screenshots/.`);
