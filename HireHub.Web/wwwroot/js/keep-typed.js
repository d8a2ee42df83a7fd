// Keeps what a person types into a field marked data-keep-typed before the page is live. Blazor shows the server's
// prerendered HTML at once and replaces it with the live page once the circuit is up: a search typed in between
// would be lost with the replaced field (and so would its focus). The prerendered fields are the ones on the page
// when this module runs; their text is handed to the live field with the same id as soon as it appears, with an
// input event, so the page searches as if the person had typed into it, and focus and caret move with it.
const prerendered = new Set(document.querySelectorAll('[data-keep-typed]'));

if (prerendered.size > 0) {
    const typed = new Map();
    const remember = (field, focused) => {
        if (prerendered.has(field) && field.id) {
            typed.set(field.id, { value: field.value, focused, caret: field.selectionStart });
        }
    };
    // Typed before this module ran (it is deferred, and a slow network or a busy machine can let someone type first).
    for (const field of prerendered) {
        if (field.value !== '') {
            remember(field, document.activeElement === field);
        }
    }
    document.addEventListener('input', e => remember(e.target, document.activeElement === e.target), true);
    document.addEventListener('focusin', e => remember(e.target, true), true);
    // Leaving the field is not the same as the field being replaced while focused: only the first loses the focus.
    document.addEventListener('focusout', e => queueMicrotask(() => {
        if (e.target.isConnected) {
            remember(e.target, false);
        }
    }), true);

    const prerenderedGone = () => Array.from(prerendered).every(field => !field.isConnected);
    const observer = new MutationObserver(() => {
        for (const [id, early] of typed) {
            const live = document.getElementById(id);
            if (live === null || prerendered.has(live)) {
                continue;
            }
            typed.delete(id);
            if (early.value !== '' && live.value === '') {
                live.value = early.value;
                live.dispatchEvent(new Event('input', { bubbles: true }));
            }
            if (early.focused) {
                const caret = early.caret ?? early.value.length;
                live.focus();
                live.setSelectionRange?.(caret, caret);
            }
        }
        if (typed.size === 0 && prerenderedGone()) {
            observer.disconnect();
            prerendered.clear();
        }
    });
    observer.observe(document.body, { childList: true, subtree: true });
}
