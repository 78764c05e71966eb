import type { Component } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { eager, isLazy, lazy } from '$lib/island/lazy';

/** Stand-ins: Island only passes components on, so any function does. */
const Part = (() => {}) as unknown as Component<{ amount: number }>;
const Styles = (() => {}) as unknown as Component<Record<string, unknown>>;

describe('lazy', () => {
	it('has no component until its code is loaded, and loads it once', async () => {
		const importer = vi.fn(async () => ({ default: Part }));
		const part = lazy(Styles, importer);
		expect(part.loaded).toBeNull();
		expect(importer).not.toHaveBeenCalled();
		const [first, second] = await Promise.all([part.load(), part.load()]);
		expect(first).toBe(Part);
		expect(second).toBe(Part);
		expect(part.loaded).toBe(Part);
		await part.load();
		expect(importer).toHaveBeenCalledTimes(1);
	});

	it('tries again after a failed load', async () => {
		const importer = vi
			.fn<() => Promise<{ default: typeof Part }>>()
			.mockRejectedValueOnce(new Error('offline'))
			.mockResolvedValueOnce({ default: Part });
		const part = lazy(Styles, importer);
		await expect(part.load()).rejects.toThrow('offline');
		expect(part.loaded).toBeNull();
		await expect(part.load()).resolves.toBe(Part);
		expect(importer).toHaveBeenCalledTimes(2);
	});

	it('renders the component it was given on the server', () => {
		expect(lazy(Styles, async () => ({ default: Part })).server).toBe(Styles);
	});
});

describe('eager and isLazy', () => {
	it('tell a component from a lazy one, and make a component a lazy one already loaded', async () => {
		const part = eager(Part);
		expect(isLazy(Part)).toBe(false);
		expect(isLazy(part)).toBe(true);
		expect(isLazy(lazy(Styles, async () => ({ default: Part })))).toBe(true);
		expect(part.loaded).toBe(Part);
		expect(part.server).toBe(Part);
		await expect(part.load()).resolves.toBe(Part);
	});
});
