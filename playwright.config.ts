import { defineConfig } from '@playwright/test';

const PORT = 4174;

/** Browser tests run against `build/` (what gets deployed), served statically, in Debian's Chromium. */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
		}
	},
	webServer: {
		command: `sirv build --host 127.0.0.1 --port ${PORT} --quiet`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
