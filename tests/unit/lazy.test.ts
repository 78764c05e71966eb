import { describe, expect, it, vi } from 'vitest';
import { idleQueue, islands } from '$lib/charts/lazy';

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

describe('islands', () => {
	it('hydrates one island per task, in page order, without waiting for the reader', () => {
		vi.useFakeTimers();
		try {
			const ran: string[] = [];
			for (const name of ['toolbar', 'headline', 'region-pay']) islands.add(() => ran.push(name));
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
