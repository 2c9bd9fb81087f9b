import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/store/migrate.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';

/** Migrate to 3 with an instance, then to 4: templates, packages, targets, issues and links. */
describe('migration 004 — packages', () => {
  const at4 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, { target: 3 });
    db.prepare(
      "INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES ('i1', 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 0, 'now', 'now')",
    ).run();
    migrate(db, MIGRATIONS, { target: 4 });
    return db;
  };
  const template = (db: Database.Database, id: string, name: string, elements = '[{"name":"A"}]') =>
    db
      .prepare("INSERT INTO package_templates (id, name, parent_issue_type, child_issue_type, elements, created_at, updated_at) VALUES (?, ?, 'Epic', 'Story', ?, 'now', 'now')")
      .run(id, name, elements);
  const pkg = (db: Database.Database, groupId: string, templateId: string | null = 't1') =>
    Number(
      db
        .prepare("INSERT INTO packages (group_id, template_id, template_name, template, summary, status, created_at, updated_at) VALUES (?, ?, 'T', '{}', 'S', 'ok', 'now', 'now')")
        .run(groupId, templateId).lastInsertRowid,
    );
  const target = (db: Database.Database, packageId: number, position: number, instanceId: string | null = 'i1') =>
    Number(
      db
        .prepare("INSERT INTO package_targets (package_id, position, instance_id, instance_name, site_url, project_key, elements, status) VALUES (?, ?, ?, 'alpha', 'https://a', 'OPS', '[0]', 'ok')")
        .run(packageId, position, instanceId).lastInsertRowid,
    );

  it('keeps template names unique case-insensitively and refuses empty or non-array elements', () => {
    const db = at4();
    template(db, 't1', 'Onboarding');
    expect(() => template(db, 't2', 'ONBOARDING')).toThrow(/UNIQUE/);
    expect(() => template(db, 't3', 'Other', '[]')).toThrow(/CHECK/);
    expect(() => template(db, 't4', 'Other', '{"a":1}')).toThrow(/CHECK/);
    expect(() => template(db, 't5', ' ', '[{"name":"A"}]')).toThrow(/CHECK/);
  });

  it('keeps one package per group id and one issue per (target, element)', () => {
    const db = at4();
    template(db, 't1', 'Onboarding');
    const p = pkg(db, 'g1');
    expect(() => pkg(db, 'g1')).toThrow(/UNIQUE/);
    const t = target(db, p, 0);
    expect(() => target(db, p, 0)).toThrow(/UNIQUE/);
    const issue = db.prepare("INSERT INTO package_issues (target_id, element, issue_id, issue_key, created_at) VALUES (?, ?, '1', 'OPS-1', 'now')");
    issue.run(t, -1);
    expect(() => issue.run(t, -1)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => issue.run(t, -2)).toThrow(/CHECK/);
    const t2 = target(db, p, 1);
    const link = db.prepare("INSERT INTO package_links (from_target_id, to_target_id, global_id, created_at) VALUES (?, ?, 'worklog-desk:g1:1-OPS', 'now')");
    link.run(t, t2);
    expect(() => link.run(t, t2)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => link.run(t, t)).toThrow(/CHECK/);
  });

  it('keeps history when the instance or the template goes, and drops a package with all of its parts', () => {
    const db = at4();
    template(db, 't1', 'Onboarding');
    const p = pkg(db, 'g1');
    const t = target(db, p, 0);
    db.prepare("INSERT INTO package_issues (target_id, element, issue_id, issue_key, created_at) VALUES (?, -1, '1', 'OPS-1', 'now')").run(t);
    db.prepare("DELETE FROM instances WHERE id = 'i1'").run();
    db.prepare("DELETE FROM package_templates WHERE id = 't1'").run();
    expect(db.prepare('SELECT instance_id, instance_name FROM package_targets').get()).toEqual({ instance_id: null, instance_name: 'alpha' });
    expect(db.prepare('SELECT template_id, template_name FROM packages').get()).toEqual({ template_id: null, template_name: 'T' });
    db.prepare('DELETE FROM packages').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM package_targets) + (SELECT count(*) FROM package_issues) AS n').get()).toEqual({ n: 0 });
  });

  it('refuses targets of unknown instances and unknown statuses', () => {
    const db = at4();
    const p = pkg(db, 'g1', null);
    expect(() => target(db, p, 0, 'nope')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE packages SET status = 'done'").run()).toThrow(/CHECK/);
  });
});
