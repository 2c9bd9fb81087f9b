/**
 * Which compiled better-sqlite3 this process loads. Unset: node_modules' own build (Node's ABI).
 * Electron main sets its own build once, before the first database opens, and every open in the
 * process (the app's database, export snapshots) then uses it — one process, one ABI.
 */
let binding: string | undefined;

export function useSqliteBinding(file: string | undefined): void {
  binding = file;
}

export function sqliteBinding(): string | undefined {
  return binding;
}
