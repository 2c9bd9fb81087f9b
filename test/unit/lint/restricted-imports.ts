import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint | undefined;

/**
 * The `no-restricted-imports` messages eslint.config.js gives for `code`, linted as if it lived at
 * `file` (a path from the repository root), so the boundary tests exercise the real config.
 */
export async function restrictedImports(file: string, code: string): Promise<string[]> {
  eslint ??= new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}
