/* CSV for every export of the library: cells a spreadsheet shows as text, never runs as a formula. */

// Spreadsheets run cells that start with = + - @ tab or CR as formulas; a leading apostrophe keeps
// them text. Text that already starts with an apostrophe gets one too, so reading back can tell
// the two apart and always removes exactly one.
const NEEDS_APOSTROPHE = /^['=+\-@\t\r]/;

/** One CSV cell (RFC 4180), safe in a spreadsheet: no text ever runs as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = NEEDS_APOSTROPHE.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text: comma-separated, CRLF, a header first. */
export const csvRows = (header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string =>
  [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n') + '\r\n';

/** Undoes the apostrophe that {@link csvCell} put before formula-like text or a leading apostrophe. */
export const csvText = (value: string): string => (value.startsWith("'") && NEEDS_APOSTROPHE.test(value.slice(1)) ? value.slice(1) : value);
