// A plain custom element of the host portal with an open shadow root holding the widgets.
customElements.define(
  'portal-card',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).append(document.getElementById('card-content').content.cloneNode(true));
    }
  },
);
