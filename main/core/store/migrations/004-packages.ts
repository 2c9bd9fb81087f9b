import type { Migration } from '../migration.js';

/**
 * Packages: templates (stored locally), each package created from one (its group id is what the
 * cross-site remote links are derived from), its targets, every issue created for a target, and
 * the remote links between the targets' parents. Each created issue is written as soon as Jira
 * answers, so a crash or a failure part-way leaves an exact record that a retry completes.
 * The template is copied into the package: a retry after the template was edited or deleted still
 * creates the same children. Removing an instance keeps its packages (history), with its name.
 */
export const migration004: Migration = {
  version: 4,
  name: 'packages',
  sql: `
CREATE TABLE package_templates (
  id                 TEXT PRIMARY KEY,
  name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
  parent_issue_type  TEXT NOT NULL CHECK (length(trim(parent_issue_type)) > 0),
  child_issue_type   TEXT NOT NULL CHECK (length(trim(child_issue_type)) > 0),
  parent_description TEXT NOT NULL DEFAULT '',
  -- [{name, description?, labels?}], in order: targets choose elements by their index.
  elements           TEXT NOT NULL CHECK (json_valid(elements) AND json_type(elements) = 'array' AND json_array_length(elements) > 0),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;
-- Names are unique case-insensitively, like instance names: "Onboarding" and "onboarding" would be confused.
CREATE UNIQUE INDEX package_templates_name ON package_templates (name COLLATE NOCASE);

CREATE TABLE packages (
  id             INTEGER PRIMARY KEY,
  group_id       TEXT NOT NULL UNIQUE,
  template_id    TEXT REFERENCES package_templates(id) ON DELETE SET NULL,
  template_name  TEXT NOT NULL,
  -- The template as it was when the package was created (JSON of TemplateView).
  template       TEXT NOT NULL CHECK (json_valid(template)),
  summary        TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  status         TEXT NOT NULL CHECK (status IN ('running', 'ok', 'partial', 'failed')),
  -- Set while a run or retry works on the package: a second retry must not create the same issues.
  running_since  TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX packages_created ON packages (created_at);

CREATE TABLE package_targets (
  id             INTEGER PRIMARY KEY,
  package_id     INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL CHECK (position >= 0),
  instance_id    TEXT REFERENCES instances(id) ON DELETE SET NULL,
  instance_name  TEXT NOT NULL,
  site_url       TEXT NOT NULL,
  project_key    TEXT NOT NULL CHECK (length(project_key) > 0),
  -- The chosen element indexes, e.g. [0,2,3].
  elements       TEXT NOT NULL CHECK (json_valid(elements) AND json_type(elements) = 'array'),
  status         TEXT NOT NULL CHECK (status IN ('pending', 'ok', 'partial', 'failed')),
  -- Outstanding problems of the last run: [{element?, message}]; replaced by each run.
  errors         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(errors) AND json_type(errors) = 'array'),
  UNIQUE (package_id, position)
) STRICT;
CREATE INDEX package_targets_instance ON package_targets (instance_id);

-- One row per issue that exists in Jira: element -1 is the target's parent, else the element index.
CREATE TABLE package_issues (
  target_id   INTEGER NOT NULL REFERENCES package_targets(id) ON DELETE CASCADE,
  element     INTEGER NOT NULL CHECK (element >= -1),
  issue_id    TEXT NOT NULL,
  issue_key   TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (target_id, element)
) STRICT;
CREATE INDEX package_issues_key ON package_issues (issue_key);

-- A remote link on from_target's parent pointing at to_target's parent.
CREATE TABLE package_links (
  from_target_id INTEGER NOT NULL REFERENCES package_targets(id) ON DELETE CASCADE,
  to_target_id   INTEGER NOT NULL REFERENCES package_targets(id) ON DELETE CASCADE,
  global_id      TEXT NOT NULL CHECK (length(global_id) BETWEEN 1 AND 255),
  remote_link_id TEXT,
  created_at     TEXT NOT NULL,
  PRIMARY KEY (from_target_id, to_target_id),
  CHECK (from_target_id <> to_target_id)
) STRICT;
`,
};
