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
