// Lint enforces the layers of ARCHITECTURE.md: only main/electron and preload may import
// 'electron'; shared/ and renderer/ run in every process (or the page) and must not touch Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events'];
const noElectron = { name: 'electron', message: "Only main/electron and preload may import 'electron' (ARCHITECTURE.md)." };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['main/core/**/*.ts', 'main/cli.ts', 'main/cli/**/*.ts', 'main/web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/electron/*', '**/renderer/**', '**/preload/**'], message: 'core, CLI and the browser host never depend on the Electron shell or the renderer.' }] }],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/electron/*', '**/renderer/**', '**/preload/**', '**/web/*', '**/cli', '**/cli/*'], message: 'core is the bottom layer: it imports only shared/ and itself.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, ...nodeBuiltins.filter((n) => !n.includes('*'))], patterns: [{ group: ['node:*'], message: 'shared/ runs in every process: no Node built-ins.' }, { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'shared/ depends on nothing of ours.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron, ...nodeBuiltins.filter((n) => !n.includes('*'))], patterns: [{ group: ['node:*'], message: 'The renderer is a web page: no Node built-ins.' }, { group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to main only through the typed contract (renderer/src/api.ts).' }] }],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'preload sees only shared/ (channel names).' }] }],
    },
  },
);
