// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * src/rules is the pure guideline core: it may import zod and its own files, nothing else. A relative import that
 * climbs out of src/rules is caught by counting "../" against the file's depth inside src/rules.
 */
const rulesFenceMessage =
  'src/rules is pure: it may import zod and its own files only, never react, react-dom, react-router, zustand, ' +
  'i18next, react-i18next or other app code (STYLE.md, habit 1).';
const rulesFenceDepths = [0, 1, 2, 3];

/** @param {number} depth how many folders below src/rules the file sits */
function rulesFence(depth) {
  return {
    files: [`src/rules/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // Any bare specifier other than zod: react and friends, node:*, other packages, path aliases.
            { regex: '^(?!\\.{1,2}/|zod(?:/|$))', message: rulesFenceMessage },
            // A relative path with more "../" than the file is deep leaves src/rules.
            { regex: `^(?:\\.\\./){${String(depth + 1)},}`, message: rulesFenceMessage },
          ],
        },
      ],
    },
  };
}

/**
 * @param {string} files the layer's files
 * @param {string[]} above the src/ folders that layer must not import
 */
function layerFence(files, above) {
  const message = `Imports flow one way: ${files} must not import src/${above.join(', src/')} (STYLE.md, habit 12).`;
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: `^(?:\\.\\./)+(?:${above.join('|')})(?:/|$)`, message }] },
      ],
    },
  };
}

export default defineConfig(
  globalIgnores(['dist/', 'dist-single/', 'node_modules/', 'coverage/', 'test-artifacts/', '.stryker-tmp/', 'reports/']),

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // A leading underscore marks a binding kept on purpose (a skipped argument, a key removed by destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Numbers in template strings are common and harmless (counts, versions, ports).
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },

  // Plain JavaScript (configs, scripts, e2e tests) is not part of the TypeScript project.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
  },

  // The pure core: no DOM, no clock, no randomness, no imports from outside.
  {
    files: ['src/rules/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'navigator',
          'location',
          'history',
          'fetch',
          'XMLHttpRequest',
          'process',
        ].map((name) => ({ name, message: 'src/rules is pure and runs outside the browser: pass data in instead.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/rules is deterministic: pass a date in.' },
        { object: 'Math', property: 'random', message: 'src/rules is deterministic.' },
      ],
    },
  },
  ...rulesFenceDepths.map(rulesFence),

  // Imports flow one way (STYLE.md habit 12, as bulletproof-react fences its layers): app/ composes features,
  // features use routing/, components/, lib/, i18n/ and rules/, and nothing below app/ reaches back up.
  layerFence('src/features/**/*.{ts,tsx}', ['app']),
  layerFence('src/routing/**/*.{ts,tsx}', ['app', 'features']),
  layerFence('src/{components,lib,i18n}/**/*.{ts,tsx}', ['app', 'features', 'routing']),

  // Node code.
  {
    files: ['scripts/**', 'tests/e2e/**', '*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.vitest } },
  },
  {
    files: ['tests/**/*.test.tsx'],
    extends: [testingLibrary.configs['flat/react']],
  },
);
