/**
 * The GitHub workflows cannot run here, so their syntax is checked against GitHub's workflow schema
 * (action-validator, from the npm registry), and what each must do is checked in its text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

const DIR = '.github/workflows';
const workflows = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const text = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

describe('GitHub workflows', () => {
	it('are the three the project needs', () => {
		expect(workflows.sort()).toEqual(['ci.yml', 'deploy.yml', 'refresh-data.yml']);
	});

	it.each(workflows)('%s is a valid workflow', (file) => {
		expect(validateWorkflow(text(file)).errors).toEqual([]);
	});

	it('the validator does refuse a broken workflow', () => {
		const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz: []\n';
		expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
	});

	it('CI runs .ci/run on every push and pull request', () => {
		const ci = text('ci.yml');
		expect(ci).toMatch(/^on:\n {2}push:\n {2}pull_request:/m);
		expect(ci).toMatch(/run: .*\.\/\.ci\/run$/m);
		expect(ci).toMatch(/run: .*npm run data:fetch$/m);
	});

	it('deploy builds under the repository’s path from main and publishes to Pages', () => {
		const deploy = text('deploy.yml');
		expect(deploy).toMatch(/push:\n {4}branches: \[main\]/);
		expect(deploy).toContain('BASE_PATH: /${{ github.event.repository.name }}');
		expect(deploy).toMatch(/run: npm run build$/m);
		expect(deploy).toContain('uses: actions/upload-pages-artifact@');
		expect(deploy).toContain('uses: actions/deploy-pages@');
	});

	it('refresh runs monthly and on demand: fetch --latest, import with its report, test, pull request', () => {
		const refresh = text('refresh-data.yml');
		expect(refresh).toMatch(/schedule:\n {4}- cron: '0 6 3 \* \*'/);
		expect(refresh).toContain('workflow_dispatch:');
		const order = [
			'npm run data:fetch -- --latest',
			'npm run data:import -- --report "$RUNNER_TEMP/changes.md"',
			'./.ci/run',
			'uses: peter-evans/create-pull-request@'
		].map((step) => refresh.indexOf(step));
		expect(order.every((at) => at > 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(refresh).toContain('body-path: ${{ runner.temp }}/changes.md');
	});
});
