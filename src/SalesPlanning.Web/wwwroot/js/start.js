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
window.salesPlanning = window.salesPlanning || {};
(() => {
    let live = false;
    const plainLoad = e => {
        if (live || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) {
            return;
        }
        const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
        if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) {
            return;
        }
        if (new URL(link.href, document.baseURI).origin === location.origin) {
            e.stopImmediatePropagation();
        }
    };
    window.addEventListener('click', plainLoad, true);
    window.salesPlanning.circuitLive = () => {
        live = true;
        window.removeEventListener('click', plainLoad, true);
    };
})();

Blazor.start({ ssr: { disableDomPreservation: true } });
