import { describe, expect, it } from 'vitest';
import { restrictedImports } from './restricted-imports.js';

// Proves the renderer's layer rules of eslint.config.js fire on a deliberately wrong import (and stay
// quiet on the allowed ones), linting text as if it lived at a real path in the tree.
describe('renderer boundaries', () => {
  it('an app-wide store may not import a page', async () => {
    const messages = await restrictedImports('renderer/src/stores/sync-store.ts', "import { x } from '../features/sync/sync-format';");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('never imports a page');
  });

  it('generic components, hooks and top-level modules may not import a page', async () => {
    expect(await restrictedImports('renderer/src/components/button.tsx', "import { x } from '../features/team/team-store';")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/hooks/use-now.ts', "import { x } from '../features/timesheet/timesheet-store';")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/format.ts', "import { x } from './features/sync/sync-format';")).toHaveLength(1);
  });

  it('the shell that mounts the pages may import them; pages may import app-wide code', async () => {
    expect(await restrictedImports('renderer/src/app.tsx', "import { x } from './features/sync/sync-page';")).toEqual([]);
    expect(await restrictedImports('renderer/src/features/sync/sync-page.tsx', "import { x } from '../../stores/sync-store';")).toEqual([]);
  });

  it('the rules of the whole renderer still hold in app-wide code (no Node, no main/)', async () => {
    expect(await restrictedImports('renderer/src/stores/sync-store.ts', "import { x } from 'node:fs';")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/stores/sync-store.ts', "import { x } from '../../../main/core/ports';")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/features/sync/sync-page.tsx', "import { x } from '../../../../main/core/ports';")).toHaveLength(1);
  });

  it('a component or hook may not call main itself; its feature’s -api.ts and -store.ts may', async () => {
    const component = await restrictedImports('renderer/src/features/sync/danger-zone.tsx', "import { call as x } from '../../api';");
    expect(component).toHaveLength(1);
    expect(component[0]).toContain('<feature>-api.ts');
    expect(await restrictedImports('renderer/src/features/worklogs/use-explorer-data.ts', "import { on as x } from '../../api';")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/features/sync/sync-api.ts', "import { call as x, on } from '../../api';")).toEqual([]);
    expect(await restrictedImports('renderer/src/features/leaves/leaves-store.ts', "import { call as x } from '../../api';")).toEqual([]);
    // Only call/on are held back: the error type still comes from anywhere.
    expect(await restrictedImports('renderer/src/features/sync/danger-zone.tsx', "import { ApiError as x } from '../../api';")).toEqual([]);
  });

  it('a feature imports another only through its port, its -api.ts and -store.ts files too', async () => {
    const store = await restrictedImports('renderer/src/features/worklogs/first-run-checklist.tsx', "import { x } from '../leaves/leaves-store';");
    expect(store).toHaveLength(1);
    expect(store[0]).toContain('only through its port');
    expect(await restrictedImports('renderer/src/features/sync/danger-zone.tsx', "import { x } from '../settings/settings-section';")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/features/team/team-api.ts', "import { x } from '../worklogs/worklogs-api';")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/features/worklogs/first-run-checklist.tsx', "import { x } from '../leaves/leaves-port';")).toEqual([]);
    expect(await restrictedImports('renderer/src/features/sync/danger-zone.tsx', "import { x } from '../settings/settings-port';")).toEqual([]);
    expect(await restrictedImports('renderer/src/features/team/team-dialog.tsx', "import { x } from './team-store';")).toEqual([]);
  });
});
