import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The vendor spec, kept beside the repository in shared/ (api-notes.md: "the vendor's spec is the final word"). */
export const TEMPO_SPEC_PATH = fileURLToPath(new URL('../../fixtures/specs/tempo-v4.yaml', import.meta.url));

export interface SpecOperation {
  method: string;
  /** Template as written in the spec, e.g. `/4/user-schedule/{accountId}`. */
  path: string;
  query: Map<string, { required: boolean }>;
  pathParams: string[];
}

const PATH_LINE = /^ {2}(['"]?)(\/[^'"]*)\1:\s*$/;
const METHOD_LINE = /^ {4}(get|put|post|delete|patch|head|options):\s*$/;
const PARAMETERS_LINE = /^ {6}parameters:\s*$/;
const ITEM_START = /^ {8}- ([A-Za-z$]+):\s*(.*)$/;
const ITEM_KEY = /^ {10}([A-Za-z$]+):\s*(.*)$/;

const unquote = (v: string): string => v.trim().replace(/^(['"])(.*)\1$/, '$2');

/**
 * Operations and their declared parameters, read from the `paths:` block of the Tempo v4 OpenAPI
 * YAML by indentation alone. No YAML library is a declared dependency of the project (js-yaml is
 * only in node_modules through electron-builder), and this block is regular: path keys at 2
 * spaces, methods at 4, `parameters:` at 6, items at 8 with their keys at 10 — deeper lines
 * (schemas, folded descriptions) are skipped. The spec uses no `$ref` parameters under `paths:`;
 * one appearing would throw here rather than be silently ignored. spec-conformance.test.ts checks
 * the reader against operations copied by hand from the spec.
 */
export function readSpecOperations(yaml: string): SpecOperation[] {
  const ops: SpecOperation[] = [];
  let inPaths = false;
  let path: string | null = null;
  let op: SpecOperation | null = null;
  let inParameters = false;
  let item: Record<string, string> | null = null;

  const flushItem = (): void => {
    if (item === null || op === null) return;
    if (item.$ref !== undefined) throw new Error(`spec reader: $ref parameter under ${op.method} ${op.path} is not supported`);
    const name = item.name;
    if (name === undefined) throw new Error(`spec reader: parameter without a name under ${op.method} ${op.path}`);
    if (item.in === 'query') op.query.set(name, { required: item.required === 'true' });
    else if (item.in === 'path') op.pathParams.push(name);
    item = null;
  };

  for (const line of yaml.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      flushItem();
      inPaths = line.startsWith('paths:');
      path = null;
      op = null;
      continue;
    }
    if (!inPaths || line.trim() === '') continue;
    const p = PATH_LINE.exec(line);
    if (p) {
      flushItem();
      path = p[2] ?? null;
      op = null;
      continue;
    }
    const m = METHOD_LINE.exec(line);
    if (m && path !== null) {
      flushItem();
      op = { method: (m[1] as string).toUpperCase(), path, query: new Map(), pathParams: [] };
      ops.push(op);
      inParameters = false;
      continue;
    }
    if (op === null) continue;
    if (/^ {6}\S/.test(line)) {
      flushItem();
      inParameters = PARAMETERS_LINE.test(line);
      continue;
    }
    if (!inParameters) continue;
    const start = ITEM_START.exec(line);
    if (start) {
      flushItem();
      item = { [start[1] as string]: unquote(start[2] ?? '') };
      continue;
    }
    const key = ITEM_KEY.exec(line);
    if (key && item !== null) item[key[1] as string] = unquote(key[2] ?? '');
  }
  flushItem();
  return ops;
}

export function loadTempoSpecOperations(): SpecOperation[] {
  return readSpecOperations(readFileSync(TEMPO_SPEC_PATH, 'utf8'));
}

/** The operation whose template matches a concrete path (`{x}` matches one segment), preferring literal segments. */
export function findOperation(ops: SpecOperation[], method: string, path: string): SpecOperation | undefined {
  const candidates = ops.filter((o) => {
    if (o.method !== method.toUpperCase()) return false;
    const source = o.path
      .split('/')
      .map((seg) => (/^\{[^}]+\}$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return new RegExp(`^${source}$`).test(path);
  });
  // `/4/worklogs/search` beats `/4/worklogs/{id}` for the path /4/worklogs/search.
  return candidates.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0))[0];
}
