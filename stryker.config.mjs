// Mutation testing of the module that writes every claim sentence (src/lib/view/words.ts) against
// its own tests (tests/unit/view/words*.test.ts): `npm run mutation`. A measurement, not a CI step;
// the score and the survivors judged equivalent are in bench/results.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts', related: false },
	plugins: ['@stryker-mutator/vitest-runner'],
	mutate: ['src/lib/view/words.ts'],
	coverageAnalysis: 'perTest',
	concurrency: 2,
	reporters: ['clear-text', 'progress', 'json'],
	jsonReporter: { fileName: 'reports/mutation/words.json' },
	clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
	tempDirName: '.stryker-tmp',
	cleanTempDir: true,
	thresholds: { high: 90, low: 80, break: null }
};
