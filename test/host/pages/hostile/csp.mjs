// The host's own script, a file on the same origin as the strict policy asks.
await customElements.whenDefined('goesting-provider');
document.documentElement.dataset.ready = 'true';
