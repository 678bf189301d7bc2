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
