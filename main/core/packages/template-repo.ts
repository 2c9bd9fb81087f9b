import type { TemplateElement, TemplateView } from '../../../shared/domain/packages.js';
import { nameKey } from '../../../shared/domain/names.js';
import type { Db } from '../store/open-database.js';

interface TemplateRow {
  id: string;
  name: string;
  parent_issue_type: string;
  child_issue_type: string;
  parent_description: string;
  elements: string;
  created_at: string;
  updated_at: string;
}

const toView = (r: TemplateRow): TemplateView => ({
  id: r.id,
  name: r.name,
  parentIssueType: r.parent_issue_type,
  childIssueType: r.child_issue_type,
  parentDescription: r.parent_description,
  elements: JSON.parse(r.elements) as TemplateElement[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (t: TemplateView): TemplateRow => ({
  id: t.id,
  name: t.name,
  parent_issue_type: t.parentIssueType,
  child_issue_type: t.childIssueType,
  parent_description: t.parentDescription,
  elements: JSON.stringify(t.elements),
  created_at: t.createdAt,
  updated_at: t.updatedAt,
});

/** Rows of `package_templates`. */
export function templateRepo(db: Db) {
  const all = db.prepare<[], TemplateRow>('SELECT * FROM package_templates ORDER BY name COLLATE NOCASE');
  const byId = db.prepare<[string], TemplateRow>('SELECT * FROM package_templates WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO package_templates (id, name, parent_issue_type, child_issue_type, parent_description, elements, created_at, updated_at)
     VALUES (@id, @name, @parent_issue_type, @child_issue_type, @parent_description, @elements, @created_at, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE package_templates SET name = @name, parent_issue_type = @parent_issue_type, child_issue_type = @child_issue_type,
       parent_description = @parent_description, elements = @elements, updated_at = @updated_at WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM package_templates WHERE id = ?');
  return {
    list: (): TemplateView[] => all.all().map(toView),
    get: (id: string): TemplateView | undefined => {
      const r = byId.get(id);
      return r ? toView(r) : undefined;
    },
    /** By name in any letter case, accented letters included (templates are few: a scan is fine). */
    getByName: (name: string): TemplateView | undefined => {
      const key = nameKey(name);
      const r = all.all().find((t) => nameKey(t.name) === key);
      return r ? toView(r) : undefined;
    },
    insert: (t: TemplateView): void => void insert.run(toRow(t)),
    update: (t: TemplateView): boolean => update.run(toRow(t)).changes === 1,
    remove: (id: string): boolean => remove.run(id).changes === 1,
  };
}

export type TemplateRepo = ReturnType<typeof templateRepo>;
