import { expect } from '@open-wc/testing';

/** Names every plain object inherits: as ids or keys they must never reach Object.prototype. */
export const BUILT_IN_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** Object.prototype as it is now, to check later that nothing was added, removed or replaced. */
function prototypeSnapshot(): [string, unknown][] {
  return Object.getOwnPropertyNames(Object.prototype).map((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, name)!;
    return [name, descriptor.value ?? descriptor.get];
  });
}

/**
 * Fails each test of the enclosing `describe` that adds, removes or replaces a member of
 * Object.prototype. Runs in the browser and in plain Node alike, as the model tests do.
 */
export function keepObjectPrototype(): void {
  let before: [string, unknown][];
  beforeEach(() => (before = prototypeSnapshot()));
  afterEach(() => {
    const after = prototypeSnapshot();
    expect(after.map(([name]) => name)).to.deep.equal(before.map(([name]) => name));
    after.forEach(([name, value], i) => expect(value === before[i]![1], `Object.prototype.${name}`).to.equal(true));
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
}
