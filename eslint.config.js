import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		rules: {
			// data never reaches raw HTML
			'svelte/no-at-html-tags': 'error',
			// internal links and URL updates all go through href() / asset() in
			// src/lib/i18n/href.ts, which call resolve()
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreReplaceState: true }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// one direction of data flow: records → schema → data → stats → components → routes.
		// The layers below the page never reach up into what renders them.
		files: ['src/lib/schema/**/*.ts', 'src/lib/data/**/*.ts', 'src/lib/stats/**/*.ts'],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/components/*', '#lib/components/*'],
							message: 'schema, data and stats never import components'
						},
						{ group: ['**/routes/*'], message: 'schema, data and stats never import routes' }
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'build-imported/',
			'build-hostile/',
			'build-seed/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'static/schema/'
		]
	}
);
