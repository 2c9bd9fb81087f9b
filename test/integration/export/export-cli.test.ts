import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerExportInputSchema } from '../../../shared/domain/export.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { fillDbWorld } from '../../../scripts/bench/bench-db-world.js';
import { createCliRunner } from '../cli/cli-process.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { expectedCells, expectedGroupCell, readCsv, readXlsx, viewOf } from './export-kit.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RANGE = ['--from', '2026-11-01', '--to', '2026-11-30'];

/** `export` through the real CLI process, on a folder filled by direct inserts (no keychain involved). */
describe('export CLI', () => {
  const tmp = makeTempDir('wd-export-cli-');
  const outDir = makeTempDir('wd-export-cli-out-');
  const cli = createCliRunner(tmp.dir);
  const out = (name: string): string => path.join(outDir.dir, name);
  beforeAll(() => {
    const db = openDatabase(tmp.dir);
    fillDbWorld(db, { worklogs: 4000, teamPeople: 3, otherPeople: 4, projects: 4, epics: 6, issues: 80, from: '2026-11-01', to: '2026-11-30' });
    db.close();
  });
  afterAll(() => {
    tmp.cleanup();
    outDir.cleanup();
  });

  it('--by project --json writes the grouped view (read back equal to it) and prints only {path, rows, groups}', async () => {
    const file = out('by-project.xlsx');
    const r = await cli.run(['export', ...RANGE, '--by', 'project', '--instance', 'site-1', '--instance', 'site-2', '--sort', 'hours', '--desc', '--out', file, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { path: string; rows: number; groups: number };

    const db = openDatabase(tmp.dir, { readonly: true });
    try {
      const sites = db.prepare<[], { id: string; name: string; url: string }>('SELECT id, name, url FROM instances ORDER BY name').all();
      const input = explorerExportInputSchema.parse({
        query: { from: '2026-11-01', to: '2026-11-30', instanceIds: sites.filter((s) => s.name !== 'site-3').map((s) => s.id) },
        groupBy: 'project',
        sort: { by: 'seconds', dir: 'desc' },
        format: 'xlsx',
      });
      const view = viewOf(db, input);
      expect(printed).toEqual({ path: file, rows: view.lines.length, groups: view.result.groups.length });
      const names = new Map(sites.map((s) => [s.id, s.name]));
      const urls = new Map(sites.map((s) => [s.id, s.url]));
      const several = new Set(view.result.groups.map((g) => g.instanceId).filter(Boolean)).size > 1;
      const book = await readXlsx(file);
      expect(book.names).toEqual(['Summary', 'Worklogs', 'About']);
      expect(book.sheet('Worklogs').rows.slice(1)).toEqual(
        view.lines.map(({ row, group }) => [expectedGroupCell('project', group!, several && group!.instanceId ? names.get(group!.instanceId) : undefined), ...expectedCells(row, input.columns, urls, 'xlsx')]),
      );
    } finally {
      db.close();
    }
  });

  it('CSV with chosen columns, sorted by hours; a human line on stdout', async () => {
    const file = out('hours.csv');
    const r = await cli.run(['export', ...RANGE, '--sort', 'hours', '--desc', '--columns', 'hours,author,issue', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Exported 4,000 worklogs to ${file}\n`);
    const rows = await readCsv(file);
    expect(rows[0]).toEqual(['Hours', 'Author', 'Issue']);
    expect(rows).toHaveLength(4001);
    const hours = rows.slice(1).map((x) => Number(x[0]));
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
  });

  it('--epic none keeps the worklogs without an epic', async () => {
    const file = out('no-epic.csv');
    const r = await cli.run(['export', ...RANGE, '--epic', 'none', '--by', 'epic', '--columns', 'issue,epic', '--out', file, '--json']);
    expect(r.code).toBe(0);
    const db = openDatabase(tmp.dir, { readonly: true });
    const { n } = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM worklogs WHERE epic_key IS NULL AND local_date BETWEEN '2026-11-01' AND '2026-11-30'").get() as { n: number };
    db.close();
    expect(n).toBeGreaterThan(0);
    expect(JSON.parse(r.stdout)).toEqual({ path: file, rows: n, groups: 1 });
    const rows = await readCsv(file);
    expect(rows[0]).toEqual(['Group', 'Issue', 'Epic']);
    expect(rows.slice(1).every(([group, , epic]) => group === 'No epic' && epic === '')).toBe(true);
  });

  it('never replaces an existing file without --force, and says how', async () => {
    const file = out('existing.csv');
    fs.writeFileSync(file, 'mine');
    const r = await cli.run(['export', ...RANGE, '--out', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${file} already exists and was left as it is. Pass --force to replace it, or choose another --out.\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
    const forced = await cli.run(['export', ...RANGE, '--out', file, '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8').startsWith('\ufeffDate,Issue')).toBe(true);
  });

  it('refuses bad usage with exit 2 and one line', async () => {
    for (const args of [
      ['export', ...RANGE],
      ['export', ...RANGE, '--out', out('x.txt')],
      ['export', ...RANGE, '--out', out('x.csv'), '--columns', 'date,price'],
      ['export', ...RANGE, '--out', out('x.csv'), '--by', 'week'],
      ['export', '--from', '2026-11-30', '--to', '2026-11-01', '--out', out('x.csv')],
    ]) {
      const r = await cli.run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(fs.existsSync(out('x.csv'))).toBe(false);
  });

  it('a write that fails half-way (file size limit) leaves no file and no temporary file, and says so', async () => {
    const file = out('too-big.xlsx');
    // A real failure of the file system mid-write: RLIMIT_FSIZE makes writes past 48 KiB fail with EFBIG.
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('bash', ['-c', `ulimit -f 48; exec "${process.execPath}" --import tsx main/cli.ts export --from 2026-11-01 --to 2026-11-30 --out "${file}"`], {
        cwd: ROOT,
        env: { ...process.env, WORKLOG_DESK_DATA_DIR: tmp.dir, NO_COLOR: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: The export is too big for ${outDir.dir} (the disk or a file size limit refused it). Choose another folder, or export fewer worklogs. Nothing was written.\n`);
    expect(fs.readdirSync(outDir.dir).filter((f) => f.includes('too-big'))).toEqual([]);
  });
});
