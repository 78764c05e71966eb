/**
 * Copies text to the clipboard, and says how it went: the browser may refuse (no permission, a
 * page not in focus, an insecure origin), and the page must then say so rather than claim a copy.
 */
export async function copyText(text: string): Promise<'copied' | 'failed'> {
	try {
		await navigator.clipboard.writeText(text);
		return 'copied';
	} catch {
		return 'failed';
	}
}
