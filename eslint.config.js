// Lint, including the layout's import rules:
//   client → shared (and `import type` from server/router); server → shared, db;
//   db → nothing of the app; shared → zod only.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'data/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db/**', '**/db', 'better-sqlite3', 'drizzle-orm*', 'fastify', '@fastify/*'], message: 'client code must not import the database or server runtime' },
            { group: ['**/server/**', '!**/server/router'], message: 'client may only `import type` from server/router', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/trpc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db/**', '**/db', 'better-sqlite3', 'drizzle-orm*', 'fastify', '@fastify/*'], message: 'client code must not import the database or server runtime' },
            { group: ['**/server/**', '**/server'], message: 'only client/trpc.ts imports (types) from the server', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [['**/db/**', '**/server/**', '**/client/**', 'node:*', 'react*', 'drizzle-orm*', 'better-sqlite3']],
      'shared/ holds pure code used by both sides: it may import zod only',
    ),
  },
  {
    // Schemas take `z` from shared/schemas/zod.ts, which makes every issue an error code (decision 0007).
    files: ['shared/**/*.ts'],
    ignores: ['shared/schemas/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', importNames: ['z'], message: "import { z } from shared/schemas/zod.ts, which configures the error codes" }],
          patterns: [
            {
              group: ['**/db/**', '**/server/**', '**/client/**', 'node:*', 'react*', 'drizzle-orm*', 'better-sqlite3'],
              message: 'shared/ holds pure code used by both sides: it may import zod only',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict([['**/server/**', '**/client/**']], 'db/ must not depend on the server or the client'),
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict([['**/client/**', 'react*']], 'server code must not import client code'),
  },
);
