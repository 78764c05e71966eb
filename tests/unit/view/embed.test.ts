import { describe, expect, it } from 'vitest';
import { embedSnippet } from '$lib/view/embed';

describe('embedSnippet', () => {
	it('frames the address with the chart’s title, its quotes and ampersands escaped', () => {
		expect(
			embedSnippet('https://site.example/embed/gb/pay-trend?a=1&b=2', 'Pay "rose" & fell')
		).toBe(
			'<iframe src="https://site.example/embed/gb/pay-trend?a=1&amp;b=2" title="Pay &quot;rose&quot; &amp; fell" width="100%" height="600" style="border:0;max-width:760px" loading="lazy"></iframe>'
		);
	});
});
