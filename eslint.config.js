// House rules, run by `npm test` (scripts/run-tests.mjs): TypeScript's recommended lint rules,
// the layers' import boundaries, no import cycles, and no file over 400 lines.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

const DRIVERS = ['better-sqlite3', 'pg', '@slack/*', 'discord.js', 'ws', 'pdfkit', 'vega', 'vega-lite', '@resvg/*'];
const forbid = (folders, why) => ({
  regex: `(^|/)(${folders.join('|')})(/|\\.js$)`,
  message: why,
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'bench/peer/**', 'data/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse imported TypeScript files too, so the cycle rule can follow them.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Sources import `./x.js` for `./x.ts` (NodeNext): resolve it as TypeScript does.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      'max-lines': ['error', { max: 400 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
      // The CLI keeps commander's current command (`current = this`) to report its usage.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['current'] }],
      // Input guards and normalisers match control characters and combining marks on purpose.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // Tests keep the last reply in one variable (`r = await send(...)`) whether or not they read it.
      'no-useless-assignment': 'off',
      // `import * as z from 'zod'`, as zod's own documentation writes it: the bundle (scripts/build.mjs) then
      // leaves out the parts of zod never used; `import { z }` brings in all of it, every locale included.
      'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value='zod'] ImportSpecifier[imported.name='z']", message: "import * as z from 'zod' (a named z import keeps all of zod in the bundle)" }],
    },
  },
  {
    // Cycles can only run through the sources (nothing there imports a test or the bench), and
    // following every test's imports would triple the lint's time.
    files: ['src/**/*.ts', 'flows/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [],
          patterns: [
            forbid(['features', 'flows', 'adapters', 'store', 'cli', 'scheduler', 'app', 'main'], 'core knows no feature, adapter, store implementation or entry point: take it through a port or the Feature shape (src/core/feature.ts)'),
            { group: DRIVERS, message: 'core imports no driver or platform SDK' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.ts', 'flows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(['adapters', 'store', 'cli', 'scheduler', 'app', 'main'], 'a feature imports no adapter, store implementation or entry point: use its store port'),
            { group: ['better-sqlite3', 'pg', '@slack/*', 'discord.js', 'ws'], message: 'a feature imports no database driver or platform SDK' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [forbid(['features', 'flows', 'store', 'cli', 'app', 'main'], 'an adapter maps platform events to turns and replies to platform calls: it imports no feature, flow, store implementation or entry point (take it through a port or the composition root)')] },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [forbid(['adapters', 'cli', 'app', 'main'], 'the store implements ports; it imports no adapter or entry point')] }],
    },
  },
);
