/**
 * How tall an embedded chart's page is in a frame of a given width, measured in the browser: the
 * page is loaded into an off-screen frame of that width (it has the site's origin, so its document
 * can be read) and its height read once it has loaded. The embed itself runs no script; the page
 * that offers its snippet does this. Browser-only.
 */

/**
 * The height (CSS px) of the page at `src` in a frame `width` px wide, or null where it cannot be
 * read (not loaded within `timeout` ms, not an embedded chart, or `signal` aborted first).
 */
export function measureEmbed(
	src: string,
	width: number,
	{ timeout = 10_000, signal }: { timeout?: number; signal?: AbortSignal } = {}
): Promise<number | null> {
	return new Promise((resolve) => {
		if (signal?.aborted) return resolve(null);
		const frame = document.createElement('iframe');
		// out of sight and out of reach: not seen, not read out, not focused
		frame.title = 'The embedded chart, being measured';
		frame.setAttribute('aria-hidden', 'true');
		frame.tabIndex = -1;
		// 1 px tall, and its page's overflow hidden once loaded (below): no scrollbar takes width
		// from the page, and the page's scrolling height is then its content's height
		Object.assign(frame.style, {
			position: 'fixed',
			top: '0',
			left: '-10000px',
			width: `${width}px`,
			height: '1px',
			border: '0',
			visibility: 'hidden'
		});
		const done = (height: number | null) => {
			clearTimeout(timer);
			signal?.removeEventListener('abort', abort);
			frame.remove();
			resolve(height);
		};
		const abort = () => done(null);
		const timer = setTimeout(abort, timeout);
		signal?.addEventListener('abort', abort);
		frame.addEventListener('load', () => {
			const doc = frame.contentDocument;
			if (!doc?.querySelector('main.embed')) return done(null);
			doc.documentElement.style.overflow = 'hidden';
			done(doc.documentElement.scrollHeight);
		});
		frame.src = src;
		document.body.append(frame);
	});
}
