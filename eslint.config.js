// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-offline/',
      'dist-pdf/',
      '.astro/',
      'node_modules/',
      'test-results/',
      // A separate Astro project (the benchmark's floor), outside the root tsconfig: the typed
      // rules cannot see its collections until its own build generates their types.
      'bench/floor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The commands run on Node's own TypeScript support, which resolves a relative import only
      // by its full file name; one rule everywhere, so a module can move between src/ and scripts/.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(?:.*/)?[^./]+$',
              message:
                'Name the file, extension included (./x.ts): Node runs the commands as written.',
            },
          ],
        },
      ],
    },
  },
  {
    // Typed rules cannot see through `.astro` imports (every component reads as an error type);
    // `astro check` type-checks these files instead.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly' } },
  },
);
