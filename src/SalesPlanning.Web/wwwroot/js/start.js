// Starts Blazor without enhanced navigation (ADR 0005). With it, a link clicked after the page is
// painted but before its circuit is live is fetched and merged into the page by the script while
// the circuit starts on the old URL: the browser showed the new URL with the old page's content
// (BlazorScriptTests). Without it such a click is a plain page load, and once the circuit is live
// the interactive router handles every link as before.
//
// Until the signed-in shell says its circuit is live (MainLayout calls salesPlanning.circuitLive()
// after its first interactive render), a click on one of our links is kept from every script's click
// handlers (Blazor's and the components' listen further down the page), so the browser simply follows
// the link: a click in the moment the circuit is starting was otherwise swallowed now and then.
//
// When the circuit starts it replaces the prerendered page with its own render. A press that began on
// a prerendered link and ends on the circuit's copy of it gives the browser no link to click (the
// element pressed is gone), so the click was lost (1 in ~1,600 in CI). Such a press is completed here:
// the release clicks the new copy of the same link, and the browser's own click, if any, is dropped.
window.salesPlanning = window.salesPlanning || {};
(() => {
    let live = false;
    let pressed = null;
    let completed = false;

    const plain = e => e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
    const linkOf = e => (e.target instanceof Element ? e.target.closest('a[href]') : null);
    const ours = link => (!link.target || link.target === '_self') && !link.hasAttribute('download')
        && new URL(link.href, document.baseURI).origin === location.origin;

    window.addEventListener('mousedown', e => {
        const link = plain(e) ? linkOf(e) : null;
        pressed = link && ours(link) ? link : null;
    }, true);

    window.addEventListener('mouseup', e => {
        const before = pressed;
        pressed = null;
        if (!before || before.isConnected || !plain(e)) {
            return;
        }
        const link = linkOf(e);
        if (link && link.href === before.href) {
            link.click();
            completed = true;
            setTimeout(() => { completed = false; });
        }
    }, true);

    window.addEventListener('click', e => {
        if (completed && e.isTrusted) {
            completed = false;
            e.preventDefault();
            e.stopImmediatePropagation();
            return;
        }
        if (live || e.defaultPrevented || !plain(e)) {
            return;
        }
        const link = linkOf(e);
        if (link && ours(link)) {
            e.stopImmediatePropagation();
        }
    }, true);

    window.salesPlanning.circuitLive = () => { live = true; };
})();

// A button marked data-print prints the page (the plan's print view). A listener here, not an inline
// onclick: the Content-Security-Policy allows no inline script (Web/Hosting/SecurityHeaders).
document.addEventListener('click', e => {
    if (e.target instanceof Element && e.target.closest('button[data-print]')) {
        window.print();
    }
});

Blazor.start({ ssr: { disableDomPreservation: true } });
