import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPage, defer, idleQueue, printing } from '$lib/island/defer';

// svelte's server build (what Node resolves) makes flushSync a no-op: run the function, as the
// browser's does
vi.mock('svelte', () => ({ flushSync: (fn: () => void) => fn() }));

/** An idle scheduler the test drives by hand: `tick()` runs one idle period. */
function manualIdle() {
	const pending: (() => void)[] = [];
	return {
		idle: (run: () => void) => void pending.push(run),
		tick: () => pending.shift()?.(),
		get waiting() {
			return pending.length;
		}
	};
}

describe('idleQueue', () => {
	it('runs one task per idle period, in the order they were queued', () => {
		const clock = manualIdle();
		const queue = idleQueue(clock.idle);
		const ran: string[] = [];
		for (const name of ['trend', 'level', 'demand']) queue.add(() => ran.push(name));
		expect(ran).toEqual([]);
		expect(clock.waiting).toBe(1); // one idle request at a time
		clock.tick();
		expect(ran).toEqual(['trend']);
		clock.tick();
		clock.tick();
		expect(ran).toEqual(['trend', 'level', 'demand']);
		expect(clock.waiting).toBe(0); // nothing left: no idle request outstanding
	});

	it('drops a cancelled task and runs the rest', () => {
		const clock = manualIdle();
		const queue = idleQueue(clock.idle);
		const ran: string[] = [];
		queue.add(() => ran.push('a'));
		const cancel = queue.add(() => ran.push('b'));
		queue.add(() => ran.push('c'));
		cancel();
		clock.tick();
		clock.tick();
		expect(ran).toEqual(['a', 'c']);
		cancel(); // cancelling twice, or after the queue moved on, is harmless
		expect(clock.waiting).toBe(0);
	});

	it('starts again when a task is queued after the queue ran empty', () => {
		const clock = manualIdle();
		const queue = idleQueue(clock.idle);
		const ran: number[] = [];
		queue.add(() => ran.push(1));
		clock.tick();
		queue.add(() => ran.push(2));
		expect(clock.waiting).toBe(1);
		clock.tick();
		expect(ran).toEqual([1, 2]);
	});

	it('waits for its start before running anything', () => {
		const clock = manualIdle();
		let start = () => {};
		const queue = idleQueue(clock.idle, (go) => (start = go));
		const ran: string[] = [];
		queue.add(() => ran.push('trend'));
		queue.add(() => ran.push('gap'));
		expect(clock.waiting).toBe(0); // not even an idle request before the start
		start();
		clock.tick();
		clock.tick();
		expect(ran).toEqual(['trend', 'gap']);
	});
});

describe('afterPage', () => {
	it('hydrates one island per task, in page order, without waiting for the reader', () => {
		vi.useFakeTimers();
		try {
			const ran: string[] = [];
			for (const name of ['toolbar', 'headline', 'region-pay']) afterPage.add(() => ran.push(name));
			expect(ran).toEqual([]); // not in the page's own hydration task
			vi.advanceTimersToNextTimer();
			expect(ran).toEqual(['toolbar']);
			vi.advanceTimersToNextTimer();
			expect(ran).toEqual(['toolbar', 'headline']);
			vi.runAllTimers();
			expect(ran).toEqual(['toolbar', 'headline', 'region-pay']);
		} finally {
			vi.useRealTimers();
		}
	});
});

/** The browser a target lives in, by hand: its observers, window listeners and target listeners. */
function fakeBrowser() {
	const observers: {
		callback: IntersectionObserverCallback;
		observed: Element[];
		live: boolean;
	}[] = [];
	const windowListeners = new Map<string, Set<() => void>>();
	vi.stubGlobal(
		'IntersectionObserver',
		class {
			entry: (typeof observers)[number];
			constructor(callback: IntersectionObserverCallback) {
				this.entry = { callback, observed: [], live: true };
				observers.push(this.entry);
			}
			observe(el: Element) {
				this.entry.observed.push(el);
			}
			disconnect() {
				this.entry.live = false;
			}
		}
	);
	vi.stubGlobal('addEventListener', (type: string, f: () => void) => {
		if (!windowListeners.has(type)) windowListeners.set(type, new Set());
		windowListeners.get(type)!.add(f);
	});
	vi.stubGlobal('removeEventListener', (type: string, f: () => void) =>
		windowListeners.get(type)?.delete(f)
	);
	const target = new EventTarget() as unknown as Element;
	return {
		target,
		/** The target reaches the viewport at `width` px. */
		see(width: number) {
			for (const o of observers.filter((o) => o.live && o.observed.includes(target)))
				o.callback(
					[{ isIntersecting: true, boundingClientRect: { width } } as IntersectionObserverEntry],
					{} as IntersectionObserver
				);
		},
		fire(type: string) {
			for (const f of [...(windowListeners.get(type) ?? [])]) f();
		},
		listening: (type: string) => windowListeners.get(type)?.size ?? 0,
		liveObservers: () => observers.filter((o) => o.live).length
	};
}

describe('defer', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		printing.now = false;
	});

	it('runs work that is needed when its target reaches the viewport, once, with its width', () => {
		const browser = fakeBrowser();
		const runs: (number | undefined)[] = [];
		defer(browser.target, ({ width }) => runs.push(width), { needed: true });
		expect(runs).toEqual([]);
		browser.see(412);
		browser.see(412);
		expect(runs).toEqual([412]);
		// nothing is left waiting: the observer is off and so is the print listener
		expect(browser.liveObservers()).toBe(0);
		expect(browser.listening('beforeprint')).toBe(0);
	});

	it('runs needed work before printing, or at once while printing', () => {
		const browser = fakeBrowser();
		const runs: string[] = [];
		defer(browser.target, () => runs.push('print'), { needed: true });
		browser.fire('beforeprint');
		expect(runs).toEqual(['print']);
		printing.now = true;
		defer(browser.target, () => runs.push('now'), { needed: true });
		expect(runs).toEqual(['print', 'now']);
	});

	it('runs when something inside the target is pressed or focused, if asked to', () => {
		const browser = fakeBrowser();
		const runs: string[] = [];
		defer(browser.target, () => runs.push('touched'), { needed: true, touched: true });
		(browser.target as unknown as EventTarget).dispatchEvent(new Event('pointerdown'));
		(browser.target as unknown as EventTarget).dispatchEvent(new Event('focusin'));
		expect(runs).toEqual(['touched']);
		const untouched = fakeBrowser();
		defer(untouched.target, () => runs.push('untouched'), { needed: true });
		(untouched.target as unknown as EventTarget).dispatchEvent(new Event('pointerdown'));
		expect(runs).toEqual(['touched']);
	});

	it('runs after-page work in a task of its own, and never once cancelled', () => {
		const browser = fakeBrowser();
		const runs: string[] = [];
		defer(browser.target, () => runs.push('first'), { afterPage: true });
		const cancel = defer(browser.target, () => runs.push('cancelled'), { afterPage: true });
		cancel();
		expect(runs).toEqual([]);
		vi.runAllTimers();
		expect(runs).toEqual(['first']);
		browser.see(300);
		expect(runs).toEqual(['first']);
	});
});
