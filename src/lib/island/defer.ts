/**
 * When the browser does work the page load can do without: hydrating a part of the page (an
 * island) and drawing a chart. One helper, `defer`, decides for both:
 *
 * - `afterPage`: in a task of its own right after the page itself is hydrated, one part per task
 *   in page order, so no task hydrates the whole page (Lighthouse TBT on a throttled phone fell
 *   from ~150–290 ms to 20–90 ms when the page was split into islands);
 * - `needed`: when the target reaches the viewport, in an idle moment once the reader starts using
 *   the page (a scroll, key, click, touch or filter change; one target per idle period, top to
 *   bottom), or before printing. Nothing is drawn below the fold during a page load: SVG text is
 *   the costliest layout on the page, and on a phone no chart starts above the fold (with parts
 *   hydrated when needed, median TBT on /region/gb fell from 290 to 186 ms, interleaved runs);
 * - `touched`: at once when the reader presses or focuses something inside the target, so the
 *   press or key that follows reaches the hydrated part.
 *
 * Whichever comes first runs the work, once; the rest are cancelled.
 *
 * @example
 * // in an effect: draw the chart when it is needed; the cleanup cancels the wait
 * $effect(() => defer(frame, ({ width }) => draw(width), { needed: true }));
 */
import { flushSync } from 'svelte';

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

/** Work that waits for an idle moment once the reader is using the page, top to bottom. */
const idleOnceActive = idleQueue(browserIdle, firstInteraction);

/** Work queued for right after the page is hydrated, one task each, in page order. */
export const afterPage = idleQueue((run) => setTimeout(run, 0));

/**
 * Whether the browser is printing (from `beforeprint` to `afterprint`): work deferred with `needed`
 * runs at once while it is. Listening from here, these run before any part's own listener.
 */
export const printing = { now: false };
if (typeof window !== 'undefined') {
	addEventListener('beforeprint', () => (printing.now = true));
	addEventListener('afterprint', () => (printing.now = false));
}

export interface When {
	/** Right after the page is hydrated, in a task of its own. */
	afterPage?: boolean;
	/** When the target reaches the viewport, in idle time once the reader acts, or before printing. */
	needed?: boolean;
	/** When the reader presses or focuses something inside the target. */
	touched?: boolean;
}

/** What the work is told: the target's width when it was seen reaching the viewport. */
export interface Need {
	width?: number;
}

/**
 * Runs `work` once, at the first of the moments `when` names (see the module's header); returns a
 * function that cancels it. Printing runs it inside `flushSync`, so what it changes is on the page
 * before the browser lays out the printout.
 */
export function defer(target: Element, work: (need: Need) => void, when: When): () => void {
	const stops: (() => void)[] = [];
	const stop = () => stops.splice(0).forEach((f) => f());
	const run = (need: Need = {}) => {
		stop();
		work(need);
	};
	if (when.needed && printing.now) {
		run();
		return stop;
	}
	if (when.afterPage) stops.push(afterPage.add(run));
	if (when.touched)
		for (const type of ['pointerdown', 'focusin'] as const) {
			const touch = () => run();
			target.addEventListener(type, touch, { capture: true });
			stops.push(() => target.removeEventListener(type, touch, { capture: true }));
		}
	if (when.needed) {
		const seen = new IntersectionObserver((entries) => {
			const entry = entries.find((e) => e.isIntersecting);
			if (entry) run({ width: entry.boundingClientRect.width });
		});
		seen.observe(target);
		const print = () => flushSync(() => run());
		addEventListener('beforeprint', print);
		stops.push(
			() => seen.disconnect(),
			idleOnceActive.add(() => run()),
			() => removeEventListener('beforeprint', print)
		);
	}
	return stop;
}
