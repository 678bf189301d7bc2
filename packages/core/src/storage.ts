/**
 * Where opt-in drafts are kept. Nothing is stored unless the host gives a widget (or a provider)
 * an adapter. Methods may be synchronous or return promises.
 */
export interface StorageAdapter {
  get(key: string): unknown | Promise<unknown>;
  set(key: string, value: unknown): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

function webStorageAdapter(pick: () => Storage): StorageAdapter {
  return {
    get(key) {
      const raw = pick().getItem(key);
      return raw === null ? undefined : (JSON.parse(raw) as unknown);
    },
    set(key, value) {
      pick().setItem(key, JSON.stringify(value));
    },
    remove(key) {
      pick().removeItem(key);
    },
  };
}

/** Keeps drafts in `sessionStorage`: gone when the tab closes, survives a reload. */
export function sessionStorageAdapter(): StorageAdapter {
  return webStorageAdapter(() => window.sessionStorage);
}

/** Keeps drafts in `localStorage`: survives closing the browser, on this device only. */
export function localStorageAdapter(): StorageAdapter {
  return webStorageAdapter(() => window.localStorage);
}

/** Hands drafts to the host's own code, for example to keep them in its back end. */
export function callbackStorageAdapter(callbacks: StorageAdapter): StorageAdapter {
  return {
    get: (key) => callbacks.get(key),
    set: (key, value) => callbacks.set(key, value),
    remove: (key) => callbacks.remove(key),
  };
}

/** Resolves the `storage` attribute (`session`, `local`, `none`) or property to an adapter. */
export function resolveStorage(storage: string | StorageAdapter | null | undefined): StorageAdapter | undefined {
  if (!storage) return undefined;
  if (typeof storage !== 'string') return storage;
  if (storage === 'session') return sessionStorageAdapter();
  if (storage === 'local') return localStorageAdapter();
  return undefined;
}
