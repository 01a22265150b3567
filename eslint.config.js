import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

// The import patterns of a folder: its barrel ('../editor') as well as any file in it
// ('../editor/commands'). Patterns of files alone let an import through the barrel pass.
const folders = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

export default tseslint.config(
  {
    ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'playwright-report', '.sandbox'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object or a string union.' },
      ],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  // No import cycles anywhere: a cycle makes module order matter and defeats lazy chunks.
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  // One-way imports: app -> editor | preview | embed -> ui | api -> segment; server -> segment only.
  {
    files: ['src/segment/**/*.ts'],
    rules: restrict([
      {
        group: [
          'react',
          'react-dom',
          'react/*',
          '@mui/*',
          '@tanstack/*',
          'react-hook-form',
          '@emotion/*',
        ],
        message: 'src/segment is React-free domain code.',
      },
      {
        group: folders('api', 'editor', 'preview', 'embed', 'app', 'ui', 'i18n', 'server'),
        message: 'src/segment imports nothing of the app.',
      },
    ]),
  },
  // Shared widgets: a leaf every feature may use; it may use the domain's types and i18n only.
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: folders('api', 'editor', 'preview', 'embed', 'app', 'server'),
        message: 'src/ui is shared by the features and imports none of them.',
      },
    ]),
  },
  {
    files: ['src/api/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: folders('editor', 'preview', 'embed', 'app', 'ui', 'i18n', 'server'),
        message: 'api depends on segment only.',
      },
    ]),
  },
  // Its tests may start i18n, to check the words a person reads for an ApiError.
  {
    files: ['src/api/**/*.test.{ts,tsx}'],
    rules: restrict([
      {
        group: folders('editor', 'preview', 'embed', 'app', 'ui'),
        message: 'api depends on segment only.',
      },
    ]),
  },
  {
    files: ['src/editor/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: folders('preview', 'embed', 'app'),
        message: 'Features do not import each other; compose them in src/app.',
      },
    ]),
  },
  // The editor's model is plain TypeScript: no React, no DOM widgets, no styles; react-hook-form
  // is reached only through model/form-adapter.ts.
  {
    files: ['src/editor/model/**/*.ts'],
    rules: restrict([
      {
        group: folders('preview', 'embed', 'app'),
        message: 'Features do not import each other; compose them in src/app.',
      },
      {
        group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@mui/*', '@emotion/*'],
        message: 'src/editor/model is React-free: views live in src/editor.',
      },
    ]),
  },
  {
    files: ['src/preview/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: folders('editor', 'embed', 'app'),
        message: 'Features do not import each other; compose them in src/app.',
      },
    ]),
  },
  {
    files: ['src/embed/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: folders('editor', 'preview', 'app'),
        message: 'Features do not import each other; compose them in src/app.',
      },
    ]),
  },
  // The browser bundle uses zod/mini: classic zod costs about 15 KB gzip more, and it drops out of
  // the bundle only if no module reaches it. Tests and server/ may use either.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/v4', 'zod/v4/classic', 'zod/v3'].map((name) => ({
            name,
            message:
              "Import from 'zod/mini' (functional API): classic zod would enter the browser bundle.",
          })),
        },
      ],
    },
  },
  // Languages: no literal text in markup (JSX text and string props such as label, title,
  // aria-label, placeholder, helperText) in the UI features; strings go through i18next.
  {
    files: ['src/{app,editor,preview,embed,ui}/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'label',
              'title',
              'aria-label',
              'placeholder',
              'helperText',
              'alt',
              'aria-valuetext',
              'aria-roledescription',
              'primary',
              'secondary',
            ],
          },
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict([
      {
        group: [
          ...folders('src/api', 'src/editor', 'src/preview', 'src/embed', 'src/app', 'src/i18n'),
          'react',
          '@mui/*',
        ],
        message: 'server imports src/segment only.',
      },
    ]),
  },
);
