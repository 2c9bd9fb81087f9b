import { describe, expect, it } from 'vitest';
import { restrictedImports } from './restricted-imports.js';

// Proves each core-boundary rule of eslint.config.js fires on a deliberately wrong import (and stays quiet
// on the right one), linting text as if it lived at a real path in the tree.
describe('core boundaries', () => {
  it('a client may not import a capability', async () => {
    const messages = await restrictedImports('main/core/jira/jira-client.ts', "import { x } from '../sync/sync-engine.js';");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('never import one');
  });

  it('a client may not import a capability even through its port', async () => {
    expect(await restrictedImports('main/core/tempo/tempo-client.ts', "import { x } from '../instances/instances-port.js';")).toHaveLength(1);
  });

  it('http/ and store/ (migrations too) may not import a capability', async () => {
    expect(await restrictedImports('main/core/http/http-client.ts', "import { x } from '../instances/instances-service.js';")).toHaveLength(1);
    expect(await restrictedImports('main/core/store/migrations/001-instances.ts', "import { x } from '../../worklogs/worklogs-repo.js';")).toHaveLength(1);
  });

  it('the kernel may not import a capability, the composition root may', async () => {
    expect(await restrictedImports('main/core/ports.ts', "import { x } from './sync/sync-engine.js';")).toHaveLength(1);
    expect(await restrictedImports('main/core/services.ts', "import { x } from './sync/sync-engine.js';")).toEqual([]);
  });

  it("a capability may not reach into another's internals", async () => {
    const messages = await restrictedImports('main/core/export/export-service.ts', "import { x } from '../explorer/explorer-rows.js';");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('only through its port');
  });

  it("a capability may import another's declared port, its own files, infrastructure and the kernel", async () => {
    const code = [
      "import { x } from '../explorer/explorer-port.js';",
      "import { y } from './export-rows.js';",
      "import { z } from '../store/open-database.js';",
      "import { w } from '../ports.js';",
      'export const all = [y, z, w];',
    ].join('\n');
    expect(await restrictedImports('main/core/export/export-service.ts', code)).toEqual([]);
  });

  it("a file named like a port in the wrong capability is not a port", async () => {
    expect(await restrictedImports('main/core/timesheet/timesheet.ts', "import { x } from '../leaves/schedules-port.js';")).toHaveLength(1);
  });

  it('core still may not import the Electron shell', async () => {
    expect(await restrictedImports('main/core/team/team-service.ts', "import { x } from '../../electron/main-window.js';")).toHaveLength(1);
  });
});
