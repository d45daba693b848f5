// The copy buttons of the citations (downloads page, embeds): a plain script, not part of the
// app, because the downloads page and the map embed ship no JS app. A button
// `<button data-copy="ID" data-copied="…" data-failed="…">` copies the text of the element ID
// and says so in the `[role=status]` beside it. Without this script the buttons stay hidden
// (CSS keys them on html.can-copy) and the text is there to select.
(() => {
	document.documentElement.classList.add('can-copy');
	document.addEventListener('click', async (event) => {
		const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
		if (!button) return;
		const source = document.getElementById(button.dataset.copy);
		const status = button.parentElement?.querySelector('[role="status"]');
		if (!source) return;
		try {
			await navigator.clipboard.writeText(source.textContent ?? '');
			if (status) status.textContent = button.dataset.copied ?? '';
		} catch {
			// refused (no permission, no secure context): select the text for the reader to copy
			const range = document.createRange();
			range.selectNodeContents(source);
			const selection = getSelection();
			selection?.removeAllRanges();
			selection?.addRange(range);
			if (status) status.textContent = button.dataset.failed ?? '';
		}
	});
})();
