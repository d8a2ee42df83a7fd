// Keeps Tab and Shift+Tab inside the open dialog in the browser itself. MudBlazor's focus trap wraps focus through a
// round trip to the server, so on a busy server a quick second Tab went past the dialog into the page behind it.
const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

document.addEventListener('keydown', event => {
    if (event.key !== 'Tab') {
        return;
    }
    const dialogs = document.querySelectorAll('[role="dialog"]');
    const dialog = dialogs[dialogs.length - 1];
    if (!dialog) {
        return;
    }
    // MudBlazor's own sentinels are empty focusable divs: they are the round trip this module replaces.
    const stops = Array.from(dialog.querySelectorAll(focusable))
        .filter(el => !(el.tagName === 'DIV' && el.childElementCount === 0 && el.textContent === '') && el.getClientRects().length > 0);
    if (stops.length === 0) {
        return;
    }
    const first = stops[0];
    const last = stops[stops.length - 1];
    const active = document.activeElement;
    if (!dialog.contains(active) || (event.shiftKey && active === first) || (!event.shiftKey && active === last)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
    }
}, true);
