import type { ValidationIssue } from './issues.js';

/**
 * Reads host input that may be a JSON string (from an attribute) or already an object.
 * Text that is not JSON fails with `invalid-json` instead of throwing.
 */
export function parseJsonInput(input: unknown): { ok: true; data: unknown } | { ok: false; code: 'invalid-json'; issues: ValidationIssue[] } {
  if (typeof input !== 'string') return { ok: true, data: input };
  try {
    return { ok: true, data: JSON.parse(input) as unknown };
  } catch (cause) {
    return { ok: false, code: 'invalid-json', issues: [{ path: '', code: 'json', message: (cause as Error).message }] };
  }
}

/**
 * Own `__proto__` keys anywhere in a parsed document (`JSON.parse` makes them own properties).
 * No document of ours has one, and copying such a key into a new object would swap that object's
 * prototype, so it is refused instead of silently dropped.
 */
export function prototypeKeys(document: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: document, path: '' }];
  // A host's object may refer to itself: each object is looked at once.
  const seen = new Set<object>();
  while (stack.length && issues.length < 10) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const child = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (key === '__proto__') issues.push({ path: child, code: 'forbidden_key', message: 'The key "__proto__" is not allowed.', params: { key } });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: child });
    }
  }
  return issues;
}

/** Names every plain object inherits (`constructor`, `__proto__`, `toString` …). */
const BUILT_IN_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The issue with an id named like a member every plain object inherits, or nothing. Such an id
 * could read or replace that member wherever a back end keys a record by it, so every id of a
 * question, person, ring or sector is refused with `reserved_id` instead.
 */
export function reservedIdIssue(id: string, path: string): ValidationIssue | undefined {
  return BUILT_IN_NAMES.has(id) ? { path, code: 'reserved_id', message: `"${id}" is the name of a built-in object member and cannot be used as an id.`, params: { id } } : undefined;
}
