// Keyboard entry for the "My weeks" grid (fields commit to the server on change, so fast typing
// never races a re-render): Enter moves to the next field like Tab (Shift+Enter
// back), Ctrl+S (or Cmd+S) saves, and the current week's first field takes the focus.
export function attach(grid, dotnet) {
    const fields = () => Array.from(grid.querySelectorAll('table.sp-weeks input:not([disabled])'));
    const onKey = (e) => {
        if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) {
            e.preventDefault();
            // Fields commit on change; commit the one being typed in before saving.
            if (e.target.matches && e.target.matches('input')) {
                e.target.dispatchEvent(new Event('change', { bubbles: true }));
            }
            dotnet.invokeMethodAsync('SaveFromKeyboard');
            return;
        }
        if (e.key === 'Enter' && !e.ctrlKey && !e.altKey && e.target.matches('table.sp-weeks input')) {
            e.preventDefault();
            const all = fields();
            const next = all[all.indexOf(e.target) + (e.shiftKey ? -1 : 1)];
            if (next) { next.focus(); if (next.select) next.select(); }
        }
    };
    grid.addEventListener('keydown', onKey);
    grid._spDetach = () => grid.removeEventListener('keydown', onKey);
}

// Returns false while the weeks are not on the page yet (the caller tries again after its next render).
export function focusCurrent(grid) {
    const row = grid.querySelector('table.sp-weeks tr[data-current="true"]') || grid.querySelector('table.sp-weeks tbody tr');
    if (!row) return false;
    const input = row.querySelector('input:not([disabled])');
    if (input) { input.focus(); input.select(); }
    return true;
}

export function detach(grid) {
    if (grid && grid._spDetach) grid._spDetach();
}
