/**
 * An element's width followed as it changes, for a chart to redraw at: the width comes from a
 * ResizeObserver, which reports after the browser's own layout (reading `clientWidth`, what
 * `bind:clientWidth` does on mount, would force a layout of the whole page in the middle of
 * hydration). Each new width is applied in a task of its own, so that after hydration each chart
 * redraws separately instead of all of them in one long task that would block input. Call while a
 * component initialises: `apply` gets each new width in whole pixels that differs from `current`.
 */
export function followWidth(
	element: () => HTMLElement | undefined,
	current: () => number,
	apply: (width: number) => void
): void {
	let measured = $state(0);
	$effect(() => {
		const el = element();
		if (!el) return;
		const observer = new ResizeObserver(([entry]) => {
			if (entry) measured = Math.round(entry.contentRect.width);
		});
		observer.observe(el);
		return () => observer.disconnect();
	});
	$effect(() => {
		const next = measured;
		if (next <= 0 || next === current()) return;
		const timer = setTimeout(() => apply(next), 0);
		return () => clearTimeout(timer);
	});
}
