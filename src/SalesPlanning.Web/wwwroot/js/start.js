// Starts Blazor without enhanced navigation (ADR 0005). With it, a link clicked after the page is
// painted but before its circuit is live is fetched and merged into the page by the script while
// the circuit starts on the old URL: the browser showed the new URL with the old page's content
// (BlazorScriptTests). Without it such a click is a plain page load, and once the circuit is live
// the interactive router handles every link as before.
Blazor.start({ ssr: { disableDomPreservation: true } });
