/**
 * The CDN loader, `goesting.js`: defines each `goesting-*` tag the first time it appears — in the
 * page, in open shadow roots, and in elements added later — by importing that tag's module from
 * the same folder. The modules share one copy of Lit and core; other languages and secondary
 * views load when a widget needs them. A page with one self-scan downloads the self-scan only.
 */
import { modules, type TagLoader } from 'goesting:elements';

/** Tags whose module is loading or loaded; each is imported once. */
const started = new Set<string>();
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
});
const observed = new WeakSet<Node>();

/** Watches `root` (the document or an open shadow root) for elements added later. */
function observe(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

/** Loads the modules of the goesting tags in `root` and its open shadow roots that are not defined yet. */
function scan(root: Element | Document | ShadowRoot): void {
  const found = new Set<string>();
  const visit = (element: Element) => {
    if (modules[element.localName] && !customElements.get(element.localName)) found.add(element.localName);
    if (element.shadowRoot) {
      observe(element.shadowRoot);
      walk(element.shadowRoot);
    }
  };
  const walk = (node: Element | Document | ShadowRoot) => {
    if (node instanceof Element) visit(node);
    for (const element of node.querySelectorAll('*')) visit(element);
  };
  walk(root);
  void load(found);
}

/** Imports the modules of `tags`; the provider first, so that widgets inside it find their settings. */
async function load(tags: Set<string>): Promise<void> {
  const todo = [...tags].filter((tag) => !started.has(tag));
  todo.forEach((tag) => started.add(tag));
  const run = (loader: TagLoader | undefined) =>
    loader?.().catch((cause: unknown) => console.error('[goesting] a module could not be loaded:', cause));
  if (todo.includes('goesting-provider')) await run(modules['goesting-provider']);
  await Promise.all(todo.filter((tag) => tag !== 'goesting-provider').map((tag) => run(modules[tag])));
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  observe(document);
  scan(document);
}
