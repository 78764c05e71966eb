/**
 * `tsx scripts/serve-under.ts <dir> <base> <port> [host]`: serves a built site as a static host
 * does, for `npm start` (`<base>` is `/`) and the browser tests, and to try a `BASE_PATH` build
 * by hand. Under a sub-path it is served as GitHub Pages serves a project site
 * (`https://<user>.github.io/<repo>/`): `<base>/x` is `<dir>/x`, and anything outside `<base>` is
 * a bare 404. Like sirv-cli: the precompressed `.br`/`.gz` copies, and `.html` added to page paths.
 * Unlike it, an unknown address under `<base>` gets the site's own `<dir>/404.html` with status 404,
 * as GitHub Pages, Netlify and Cloudflare Pages send it (sirv-cli can only send a fallback page
 * with status 200, its single-page-app mode).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const [dir, baseArg, port, host = '127.0.0.1'] = process.argv.slice(2);
if (!dir || !baseArg?.startsWith('/') || (baseArg !== '/' && baseArg.endsWith('/')) || !port) {
	console.error('usage: tsx scripts/serve-under.ts <dir> </base/path or /> <port> [host]');
	process.exit(2);
}
const base = baseArg === '/' ? '' : baseArg;

const files = sirv(dir, { gzip: true, brotli: true, extensions: ['html'] });

/** build/404.html and its precompressed copies, read once (as sirv reads the file list once). */
const notFoundPage = (['br', 'gzip', 'identity'] as const).flatMap((encoding) => {
	const file = path.join(
		dir,
		encoding === 'br' ? '404.html.br' : encoding === 'gzip' ? '404.html.gz' : '404.html'
	);
	try {
		return [{ encoding, body: readFileSync(file) }];
	} catch {
		return [];
	}
});

/** Status 404, with the site's page not found in the best encoding the client accepts. */
function notFound(req: IncomingMessage, res: ServerResponse) {
	res.statusCode = 404;
	const accepted = req.headers['accept-encoding'] ?? '';
	const page = notFoundPage.find(
		(p) =>
			p.encoding === 'identity' ||
			(p.encoding === 'br' ? /\b(br|brotli)\b/i : /\bgzip\b/i).test(accepted)
	);
	if (!page) {
		res.end('Not found');
		return;
	}
	res.setHeader('Content-Type', 'text/html;charset=utf-8');
	res.setHeader('Content-Length', page.body.length);
	res.setHeader('Vary', 'Accept-Encoding');
	if (page.encoding !== 'identity') res.setHeader('Content-Encoding', page.encoding);
	res.end(req.method === 'HEAD' ? undefined : page.body);
}

createServer((req, res) => {
	const url = req.url ?? '/';
	if (base && url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) {
		// outside the site: not its own page not found either
		res.statusCode = 404;
		res.end('Not found');
		return;
	}
	req.url = url.slice(base.length) || '/';
	files(req, res, () => notFound(req, res));
}).listen(Number(port), host, () =>
	console.log(`serving ${dir} at http://${host}:${port}${base}/`)
);
