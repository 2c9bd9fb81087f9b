// Lint enforces the layers of ARCHITECTURE.md: only main/electron and preload may import
// 'electron'; shared/ and renderer/ run in every process (or the page) and must not touch Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events'];
const noElectron = { name: 'electron', message: "Only main/electron and preload may import 'electron' (ARCHITECTURE.md)." };

// Core boundaries (docs/architecture.md). main/core has three kinds of code:
// - infrastructure: the API clients, the HTTP pipeline, the database and a few adapters, below every capability;
// - the kernel: the files directly in main/core (ports, errors, events, dispatch), of which only the two
//   composition roots (services.ts, app-core.ts) may import capabilities;
// - capabilities: every other folder (a new folder is a capability unless listed here). A capability imports
//   another only through that one's declared port, `<capability>/<capability>-port.ts`; anything else is passed
//   in as a function by services.ts.
const coreInfrastructure = ['jira', 'tempo', 'factorial', 'http', 'store', 'secrets', 'log', 'native', 'renderer-assets'];
const coreCapabilities = readdirSync(new URL('./main/core/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !coreInfrastructure.includes(d.name))
  .map((d) => d.name);
const coreLayer = { group: ['**/electron/*', '**/renderer/**', '**/preload/**', '**/web/*', '**/cli', '**/cli/*'], message: 'core is the bottom layer: it imports only shared/ and itself.' };
const anyCapability = (caps) => caps.flatMap((c) => [`**/${c}/*`, `./${c}/*`]);
const coreBoundaries = [
  {
    files: [...coreInfrastructure.map((d) => `main/core/${d}/**/*.ts`), 'main/core/*.ts'],
    ignores: ['main/core/services.ts', 'main/core/app-core.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [coreLayer, { group: anyCapability(coreCapabilities), message: 'Clients, http/, store/ and the core kernel sit below every capability and never import one: take a port type from ports.ts instead.' }] }],
    },
  },
  ...coreCapabilities.map((cap) => {
    const others = coreCapabilities.filter((c) => c !== cap);
    return {
      files: [`main/core/${cap}/**/*.ts`],
      rules: {
        'no-restricted-imports': ['error', { paths: [noElectron], patterns: [coreLayer, { group: [...anyCapability(others), ...others.map((c) => `!**/${c}/${c}-port.js`)], message: `A capability imports another only through its port (<capability>/<capability>-port.ts); let services.ts pass anything else in (${cap}/).` }] }],
      },
    };
  }),
];

const rendererPaths = [noElectron, ...nodeBuiltins.filter((n) => !n.includes('*'))];
const rendererLayer = [
  { group: ['node:*'], message: 'The renderer is a web page: no Node built-ins.' },
  { group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to main only through the typed contract (renderer/src/api.ts).' },
];

// Renderer features (docs/architecture.md): one folder a page. Inside a page only `<feature>-api.ts` (thin,
// typed functions, one a channel) and `<feature>-store.ts` call main (`call`/`on` of renderer/src/api.ts);
// components and hooks use those. A page imports another only through that one's declared port,
// `<feature>/<feature>-port.ts`, like the core capabilities. The list is read from the folders.
const features = readdirSync(new URL('./renderer/src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const callsMain = { group: ['**/api'], importNames: ['call', 'on'], message: 'Components and hooks call main through their feature’s <feature>-api.ts or <feature>-store.ts, not with call()/on() directly.' };
const throughPorts = (feature) => {
  const others = features.filter((f) => f !== feature);
  return {
    group: [...others.flatMap((o) => [`../${o}/*`, `**/features/${o}/*`]), ...others.flatMap((o) => [`!../${o}/${o}-port`, `!**/features/${o}/${o}-port`])],
    message: `A feature imports another only through its port (<feature>/<feature>-port.ts) (${feature}/).`,
  };
};
const featureBoundaries = features.flatMap((feature) => [
  {
    files: [`renderer/src/features/${feature}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { paths: rendererPaths, patterns: [...rendererLayer, throughPorts(feature), callsMain] }] },
  },
  {
    files: [`renderer/src/features/${feature}/**/*-{api,store}.ts`],
    rules: { 'no-restricted-imports': ['error', { paths: rendererPaths, patterns: [...rendererLayer, throughPorts(feature)] }] },
  },
]);

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
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [coreLayer] }],
    },
  },
  ...coreBoundaries,
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
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererLayer }],
    },
  },
  ...featureBoundaries,
  {
    // App-wide code (stores, generic components, hooks, transport, top-level modules) sits below the
    // pages: it never imports features/. Only the shell that mounts the pages (app.tsx, main.tsx) may.
    files: ['renderer/src/{stores,components,hooks,transport,styles}/**/*.{ts,tsx}', 'renderer/src/*.{ts,tsx}'],
    ignores: ['renderer/src/app.tsx', 'renderer/src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: [...rendererLayer, { group: ['**/features/*', '**/features/**', './features/*', './features/**'], message: 'App-wide renderer code never imports a page (features/): move the shared piece up to stores/, components/ or a top-level module.' }] }],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'preload sees only shared/ (channel names).' }] }],
    },
  },
);
