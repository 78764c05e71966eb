/**
 * One Lighthouse 12 mobile run (its default: simulated slow 4G and a 4× slower CPU) in a process of
 * its own, so that no run shares a heap or a garbage collector with the benchmark or another run:
 *   tsx scripts/bench/lighthouse.ts <url> <chromium>
 * Prints one JSON line: the four category scores, the total blocking time and the host's
 * BenchmarkIndex.
 */
import { launch } from 'chrome-launcher';
import run from 'lighthouse';

const [url, chromium] = process.argv.slice(2);
if (!url || !chromium) {
	console.error('usage: lighthouse.ts <url> <chromium>');
	process.exit(2);
}
const chrome = await launch({
	chromePath: chromium,
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking'
	]
});
try {
	const result = await run(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
	});
	const c = result?.lhr.categories ?? {};
	console.log(
		JSON.stringify({
			performance: c.performance?.score ?? 0,
			accessibility: c.accessibility?.score ?? 0,
			bestPractices: c['best-practices']?.score ?? 0,
			seo: c.seo?.score ?? 0,
			tbt: result?.lhr.audits['total-blocking-time']?.numericValue ?? NaN,
			// Lighthouse's own measure of this machine's CPU speed, taken at the start of the run
			benchmarkIndex: result?.lhr.environment.benchmarkIndex ?? NaN
		})
	);
} finally {
	await chrome.kill();
}
