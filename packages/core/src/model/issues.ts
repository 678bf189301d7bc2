import type { core } from 'zod/mini';

/**
 * One problem found while validating host input, in a form that survives `JSON.stringify`
 * and can be translated: `code` and `params` drive the localised text, `message` is plain English
 * for logs and back ends.
 */
export interface ValidationIssue {
  /** Where the problem is, as a dotted path (`answers.expertise-self-1`), or `''` for the whole input. */
  path: string;
  /** A stable code: zod's issue code, or one of ours such as `unknown_item`. */
  code: string;
  /** Plain English description. */
  message: string;
  /** Values that the localised text may mention (expected type, allowed range, the offending key). */
  params?: Record<string, string | number>;
}

/** Turns a zod path into the dotted form used in our issues. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

function describe(issue: core.$ZodIssue): Pick<ValidationIssue, 'message' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      return { message: `Expected ${issue.expected}.`, params: { expected: String(issue.expected) } };
    case 'too_small':
      return {
        message: `Too small: the minimum is ${String(issue.minimum)}.`,
        params: { minimum: Number(issue.minimum), origin: String(issue.origin) },
      };
    case 'too_big':
      return {
        message: `Too big: the maximum is ${String(issue.maximum)}.`,
        params: { maximum: Number(issue.maximum), origin: String(issue.origin) },
      };
    case 'invalid_value':
      return {
        message: `Not one of the allowed values: ${issue.values.map(String).join(', ')}.`,
        params: { values: issue.values.map(String).join(', ') },
      };
    case 'unrecognized_keys':
      return { message: `Unknown field(s): ${issue.keys.join(', ')}.`, params: { keys: issue.keys.join(', ') } };
    case 'invalid_format':
      return { message: `Wrong format: expected ${issue.format}.`, params: { format: String(issue.format) } };
    case 'invalid_union':
      return { message: 'Does not match any allowed form.' };
    default:
      return { message: issue.message && issue.message !== 'Invalid input' ? issue.message : 'Invalid value.' };
  }
}

/** Converts zod issues into translatable, serialisable {@link ValidationIssue}s. */
export function toValidationIssues(issues: readonly core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const params = issue.code === 'custom' ? (issue.params as ValidationIssue['params']) : undefined;
    const custom = issue.code === 'custom' && typeof params?.['code'] === 'string' ? String(params['code']) : undefined;
    const { message, params: described } = describe(issue);
    const merged = { ...described, ...params };
    return {
      path: formatPath(issue.path),
      code: custom ?? issue.code,
      message,
      ...(Object.keys(merged).length ? { params: merged } : {}),
    };
  });
}
