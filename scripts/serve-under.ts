/**
 * `tsx scripts/serve-under.ts <dir> <base> <port>`: serves a built site under a sub-path, as a
 * static host such as GitHub Pages serves a project site (`https://<user>.github.io/<repo>/`):
 * `<base>/x` is `<dir>/x`, and anything outside `<base>` is a 404. For the browser test of a
 * `BASE_PATH` build, and to try one by hand.
 */
import { createServer } from 'node:http';
import sirv from 'sirv';

const [dir, base, port] = process.argv.slice(2);
if (!dir || !base?.startsWith('/') || base.endsWith('/') || !port) {
	console.error('usage: tsx scripts/serve-under.ts <dir> </base/path> <port>');
	process.exit(2);
}

// as `npm start` serves build/: the precompressed copies, and .html added to page paths
const files = sirv(dir, { gzip: true, brotli: true, extensions: ['html'] });
createServer((req, res) => {
	const url = req.url ?? '/';
	const notFound = () => {
		res.statusCode = 404;
		res.end('Not found');
	};
	if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) return notFound();
	req.url = url.slice(base.length) || '/';
	files(req, res, notFound);
}).listen(Number(port), '127.0.0.1', () =>
	console.log(`serving ${dir} at http://127.0.0.1:${port}${base}/`)
);
