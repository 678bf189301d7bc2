import { resolveStorage, type StorageAdapter } from './storage.js';

/**
 * Reading and writing drafts. Drafts are opt-in, so this module loads only once a widget has a
 * storage in force; a page that never opts in never downloads it.
 */

/** Reads the draft under `key` (`value` omitted), removes it (`value` undefined) or writes it. Throws what the storage throws. */
export async function useDraft(storage: string | StorageAdapter, key: string, ...value: [] | [unknown]): Promise<unknown> {
  const adapter = resolveStorage(storage);
  if (!adapter) return undefined;
  if (!value.length) return await adapter.get(key);
  if (value[0] === undefined) await adapter.remove(key);
  else await adapter.set(key, value[0]);
  return undefined;
}
