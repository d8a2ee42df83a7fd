// Drives the reconnection notice (Components/Layout/ReconnectNotice.razor): blazor.web.js reports each state of a lost
// connection; the notice's text for the state is chosen by the class it sets, in app.css.
const notice = document.getElementById("components-reconnect-modal");

notice.addEventListener("components-reconnect-state-changed", event => {
    const { state, remote } = event.detail;
    if (state === "hide") {
        notice.close();
    } else if (state === "rejected" || (state === "resume-failed" && remote === true)) {
        // The server no longer knows this page's circuit: a fresh page is the quickest way back.
        location.reload();
    } else {
        if (!notice.open) {
            notice.showModal();
        }

        if (state === "failed") {
            document.addEventListener("visibilitychange", retryOnceVisible);
        }
    }
});

document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);

async function retry() {
    document.removeEventListener("visibilitychange", retryOnceVisible);
    try {
        // true: reconnected; false: the server was reached but has dropped the circuit; an error: not reached.
        if (!await Blazor.reconnect()) {
            await resume();
        }
    } catch {
        document.addEventListener("visibilitychange", retryOnceVisible);
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) {
            location.reload();
        }
    } catch {
        location.reload();
    }
}

async function retryOnceVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
