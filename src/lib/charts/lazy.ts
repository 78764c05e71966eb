/**
 * Charts are drawn in the browser when they are needed, not all during hydration: each one when
 * its frame reaches the viewport, and the rest in idle moments once the reader starts using
 * the page (a scroll, key, click, touch or filter change), one chart per idle period, so that
 * loading the page never blocks input for long on a slow phone. The page's islands (Island.svelte)
 * are hydrated from these queues too: one per task right after the page, or, below the fold, like
 * the charts.
 */

/** What a chart frame hands the chart it draws. */
export interface PlotFrame {
	/** Ids of the chart's title and text summary, for its `role="img"` element. */
	labelledby: string;
	describedby: string;
	/** The width to draw at first (CSS pixels); the plot then follows its measured width. */
	width: number;
}

/** The width a chart is prerendered at; the browser redraws it at its measured width. */
export const PRERENDER_WIDTH = 680;

type Idle = (run: () => void) => void;

/** `requestIdleCallback` where the browser has it (with a deadline), a short timeout elsewhere. */
const browserIdle: Idle = (run) =>
	typeof requestIdleCallback === 'function'
		? requestIdleCallback(run, { timeout: 2000 })
		: setTimeout(run, 50);

/**
 * Calls `start` once, on the reader's first scroll, key, click, touch or filter change anywhere on
 * the page.
 */
export function firstInteraction(start: () => void): void {
	if (typeof window === 'undefined') return;
	const events = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart', 'change'];
	const once = () => {
		for (const type of events) window.removeEventListener(type, once, true);
		start();
	};
	for (const type of events) window.addEventListener(type, once, { capture: true, passive: true });
}

/**
 * A queue that runs one task per idle period, in the order they were queued, from the moment
 * `started` starts it. `add` returns a function that takes the task off the queue if it has not
 * run yet.
 */
export function idleQueue(
	idle: Idle = browserIdle,
	started: (start: () => void) => void = (start) => start()
) {
	const queue: (() => void)[] = [];
	let running = false;
	let waiting = false;
	const next = () => {
		if (!running || waiting || queue.length === 0) return;
		waiting = true;
		idle(() => {
			waiting = false;
			queue.shift()?.();
			next();
		});
	};
	started(() => {
		running = true;
		next();
	});
	return {
		add(task: () => void): () => void {
			queue.push(task);
			next();
			return () => {
				const at = queue.indexOf(task);
				if (at >= 0) queue.splice(at, 1);
			};
		}
	};
}

/** The page's one queue: charts are drawn top to bottom, once the reader is using the page. */
export const charts = idleQueue(browserIdle, firstInteraction);

/**
 * The page's islands (see Island.svelte): hydrated one per task, in page order, as soon as the page
 * itself is hydrated, so that input is never blocked for the whole page's hydration at once.
 */
export const islands = idleQueue((run) => setTimeout(run, 0));

/**
 * Whether the browser is printing (from `beforeprint` to `afterprint`): a part hydrated for the
 * printout draws its chart at once. Listening from here, these run before any island's own.
 */
export const printing = { now: false };
if (typeof window !== 'undefined') {
	addEventListener('beforeprint', () => (printing.now = true));
	addEventListener('afterprint', () => (printing.now = false));
}
