// The unit tests config, narrowed to the claim-writing module's own tests (stryker.config.mjs).
import { defineConfig } from 'vitest/config';
import base from './vite.config';

export default defineConfig({
	...base,
	test: { ...base.test, include: ['tests/unit/view/words*.test.ts'] }
});
