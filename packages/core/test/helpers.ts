import { expect, waitUntil } from '@open-wc/testing';

/** Collects the events of one name that reach `target`. */
export function record(target: EventTarget, name: string): CustomEvent[] {
  const events: CustomEvent[] = [];
  target.addEventListener(name, (e) => events.push(e as CustomEvent));
  return events;
}

/** Silences the library's console warnings for a test that provokes them on purpose. */
export async function quietly<T>(run: () => Promise<T> | T): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

/**
 * Fails each test of the enclosing `describe` when an exception reaches the page while it runs:
 * bad input must become an error state, never an error in the host page.
 */
export function failOnPageErrors(): void {
  let pageErrors: unknown[] = [];
  const onError = (e: ErrorEvent) => pageErrors.push(e.error);
  beforeEach(() => {
    pageErrors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    expect(pageErrors, 'exceptions that reached the page').to.deep.equal([]);
  });
}

interface RefusingWidget extends HTMLElement {
  value: unknown;
  updateComplete: Promise<boolean>;
}

/**
 * Gives `el` bad input through `set` and checks the contract: one `goesting-error` with `code`
 * whose detail passes the widget's `schema`, a visible alert, the value unchanged, and no axe
 * violation. Returns the error detail.
 */
export async function expectRefused(
  el: RefusingWidget,
  code: string,
  set: () => void,
  schema: { safeParse(input: unknown): { success: boolean } },
): Promise<CustomEvent['detail']> {
  const before = JSON.stringify(el.value);
  const errors = record(el, 'goesting-error');
  await quietly(async () => {
    set();
    await el.updateComplete;
  });
  expect(errors).to.have.length(1);
  expect(errors[0]!.detail.code).to.equal(code);
  expect(schema.safeParse(errors[0]!.detail).success).to.equal(true);
  expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Er is iets mis');
  expect(JSON.stringify(el.value)).to.equal(before);
  await expect(el).to.be.accessible();
  return errors[0]!.detail;
}

/** A file a widget offered for download: its name and its content. */
export interface CaughtFile {
  name: string;
  blob: Blob;
  text: string;
}

/**
 * Catches the files that `run` offers for download (the widget's link clicks), without leaving
 * the page, waiting until `count` have been offered. `revoked` collects the object URLs the widget
 * revokes; the files stay readable for the test until it has read them.
 */
export async function catchDownloads(run: () => void, count = 1): Promise<{ files: CaughtFile[]; revoked: string[]; links: HTMLAnchorElement[] }> {
  const links: HTMLAnchorElement[] = [];
  const revoked: string[] = [];
  const click = HTMLAnchorElement.prototype.click;
  const revoke = URL.revokeObjectURL;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
  try {
    run();
    // Some files are made by a module loaded on first use: wait for the files, not for a time.
    await waitUntil(() => links.length >= count, `${count} file(s) offered, got ${links.length}`, { timeout: 5000 });
    const files = await Promise.all(
      links.map(async (link) => {
        const blob = await (await fetch(link.href)).blob();
        return { name: link.download, blob, text: await blob.text() };
      }),
    );
    return { files, revoked, links };
  } finally {
    HTMLAnchorElement.prototype.click = click;
    URL.revokeObjectURL = revoke;
    for (const url of revoked) revoke.call(URL, url);
  }
}

/**
 * Removes `el` and adds a new element of its tag with the same attributes in its place, as a
 * reload of the page would; waits until `restored` says its draft is back.
 */
export async function readdElement<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T, restored: (again: T) => boolean): Promise<T> {
  const parent = el.parentElement!;
  el.remove();
  const again = document.createElement(el.localName) as T;
  for (const { name, value } of [...el.attributes]) again.setAttribute(name, value);
  parent.append(again);
  await waitUntil(() => restored(again), `<${el.localName}> brought its draft back`);
  await again.updateComplete;
  return again;
}

/** Waits until the draft storage of this page is empty, as `reset()` leaves it. */
export const draftsRemoved = () => waitUntil(() => sessionStorage.length === 0 && localStorage.length === 0, 'every draft is removed');
