// Drives the reconnect dialog (ReconnectModal.razor) from .NET 10's reconnect states:
// show → retrying → (hide | failed | rejected); paused → (resume | resume-failed).
const modal = document.getElementById("components-reconnect-modal");
const states = ["show", "retrying", "failed", "paused", "rejected"];

if (modal) {
    modal.addEventListener("components-reconnect-state-changed", onStateChanged);
    document.getElementById("components-reconnect-button")?.addEventListener("click", retry);
    document.getElementById("components-resume-button")?.addEventListener("click", resume);
    document.getElementById("components-reload-button")?.addEventListener("click", () => location.reload());
}

function show(state) {
    for (const s of states) {
        modal.classList.toggle(`sp-state-${s}`, s === state);
    }
    modal.dataset.state = state;
    if (!modal.open) {
        modal.showModal();
    }
}

async function onStateChanged(event) {
    const state = event.detail.state;
    if (state === "hide") {
        modal.dataset.state = "hide";
        modal.close();
    } else if (state === "failed") {
        show("failed");
        document.addEventListener("visibilitychange", retryWhenVisible);
    } else if (state === "rejected") {
        // The server no longer knows this page's circuit (it restarted, or kept it too long).
        // A circuit whose state was persisted can resume; otherwise the user is asked to reload.
        show("retrying");
        if (!(await tryResume())) {
            show("rejected");
        }
    } else if (state === "resume-failed") {
        show("rejected");
    } else if (states.includes(state)) {
        show(state);
    }
}

async function tryResume() {
    try {
        return await Blazor.resumeCircuit();
    } catch {
        return false;
    }
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    show("show");
    try {
        // true: reconnected; false: the server was reached but no longer has this circuit.
        if (!(await Blazor.reconnect()) && !(await tryResume())) {
            show("rejected");
        }
    } catch {
        // The server is still unreachable.
        show("failed");
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    if (!(await tryResume())) {
        show("rejected");
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
