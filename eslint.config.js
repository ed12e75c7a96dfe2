import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  // One runtime per folder (DESIGN.md rule 1).
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'electron', 'better-sqlite3*'], message: 'shared/ is runtime-free: no Node, no Electron.' },
        { group: ['react', 'react-dom', '**/renderer/**', '**/db/**', '**/electron/**'], message: 'shared/ imports nothing from other folders.' },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      'no-restricted-imports': restrict([
        { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'electron', 'better-sqlite3*'], message: 'The renderer is sandboxed: no Node, no Electron.' },
        { group: ['**/db/**', '**/electron/**'], message: 'The renderer talks to the main process only through the IPC contract.' },
      ]),
    },
  },
  {
    files: ['db/**/*.ts', 'electron/**/*.ts'],
    ignores: ['electron/main*.ts', 'electron/window*.ts', 'electron/preload*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron'], message: "Only electron/main*, window* and preload* import 'electron'; services stay plain Node." },
        { group: ['react', 'react-dom', '**/renderer/**'], message: 'No UI code outside renderer/.' },
      ]),
    },
  },
  // SQL lives only in db/ (DESIGN.md rule 4).
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(prepare|exec|pragma)$/]",
          message: 'SQL belongs in db/ (repositories, connection, migrations).',
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron', '**/electron/**', '**/renderer/**'], message: 'db/ depends only on shared/.' },
      ]),
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'test/**/*.ts', 'scripts/**/*.{js,mjs,ts}'],
    rules: { 'no-console': 'off' },
  },
);
