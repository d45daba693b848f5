// The embed height protocol (README, "Embedding"): an embed page posts
// { type: 'salvo:height', height } (CSS pixels, rounded up) to the page that frames it, once on
// load and again whenever its content changes height, so the host can size the <iframe>. The
// message carries no data, so any origin may read it ('*').
// A plain script, not part of the app, so that embeds which ship no JS (the map) report too.
// It measures the content (main.embed), not the body: the body is at least as tall as the
// frame, so measuring it would never let the frame shrink.
(() => {
	const content = document.querySelector('main.embed');
	// a page opened on its own is its own parent: nobody to tell
	if (!content || window.parent === window) return;
	let last = -1;
	const send = () => {
		const height = Math.ceil(content.getBoundingClientRect().bottom + window.scrollY);
		// the host setting the height resizes the frame, not the content: don't echo it
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: 'salvo:height', height }, '*');
	};
	send();
	new ResizeObserver(send).observe(content);
})();
