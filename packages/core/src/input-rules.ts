import { parseChoice, type ValidationIssue } from './model/index.js';

/**
 * What a simple input may be: one of a list of values, or what `test` accepts (`expected` names
 * it in the issue). Unset (`undefined`, `null` or `''`) is always allowed: the default applies.
 */
export type InputRule = readonly string[] | { expected: string; test(value: unknown): boolean };

/** The issue with `value` under `rule`, or nothing when it is allowed. Never throws. */
export function checkInput(rule: InputRule, value: unknown, path: string): ValidationIssue | undefined {
  if (value == null || value === '') return;
  const list = Array.isArray(rule) ? (rule as readonly unknown[]) : undefined;
  try {
    if (list ? list.includes(value) : (rule as Exclude<InputRule, readonly string[]>).test(value)) return;
  } catch {
    // A value that cannot even be inspected (a hostile proxy) is no valid input.
  }
  if (list) {
    const refused = parseChoice(path, value, list as readonly string[], '');
    if (!refused.ok) return refused.issues[0];
  }
  const { expected } = rule as { expected: string };
  return { path, code: 'invalid_type', message: `Expected ${expected}.`, params: { expected } };
}

/** Whether `value` has the methods of a storage adapter. */
export const isStorageAdapter = (value: unknown) => ['get', 'set', 'remove'].every((method) => typeof (value as Record<string, unknown> | null)?.[method] === 'function');
