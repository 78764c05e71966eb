import { defineConfig } from '@playwright/test';

/** Ports can be moved (E2E_PORT, E2E_SUB_PORT) so two checkouts can run their browser tests at once. */
const PORT = Number(process.env.E2E_PORT ?? 4174);
/** A second build of the site for a host that serves it under a sub-path (see subpath.spec.ts). */
export const SUB_PORT = Number(process.env.E2E_SUB_PORT ?? 4175);
export const SUB_PATH = '/ml-vs-ai';

/** Browser tests run against `build/` (what gets deployed), served statically, in Debian's Chromium. */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		launchOptions: {
			executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
		}
	},
	projects: [
		{
			name: 'site',
			testIgnore: /subpath\.spec\.ts$/,
			use: { baseURL: `http://127.0.0.1:${PORT}` }
		},
		{
			name: 'sub-path',
			testMatch: /subpath\.spec\.ts$/,
			use: { baseURL: `http://127.0.0.1:${SUB_PORT}` }
		}
	],
	webServer: [
		{
			// as `npm start` serves it: an unknown address gets build/404.html with status 404
			command: `tsx scripts/serve-under.ts build / ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			// built here, beside build/, with the base path every link and asset must carry
			command: `vite build && tsx scripts/serve-under.ts build-subpath ${SUB_PATH} ${SUB_PORT}`,
			env: { BASE_PATH: SUB_PATH, BUILD_DIR: 'build-subpath' },
			url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}/`,
			reuseExistingServer: false,
			timeout: 300_000
		}
	]
});
