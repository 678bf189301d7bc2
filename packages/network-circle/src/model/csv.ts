import { csvCell, csvText } from '@goesting/core/model';
import { CONTACT_CONSENT, FREQUENCIES, QUALITIES, SUPPORT_KINDS, type Person } from './schema.js';

/** Column order of the CSV export: one row per person. */
export const CSV_COLUMNS = ['id', 'label', 'sector', 'ring', 'gives', 'receives', 'frequency', 'quality', 'canHelp', 'helpWith', 'mayContact', 'note'] as const;

/** The people as CSV (RFC 4180, comma-separated, CRLF), support kinds joined with `;`. */
export function peopleToCsv(people: readonly Person[]): string {
  const rows = people.map((p) =>
    [
      p.id,
      p.label,
      p.sector,
      p.ring,
      p.gives.join(';'),
      p.receives.join(';'),
      p.frequency ?? '',
      p.quality ?? '',
      p.canHelp === undefined ? '' : String(p.canHelp),
      p.helpWith ?? '',
      p.mayContact ?? '',
      p.note ?? '',
    ].map(csvCell).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Splits CSV text into rows of cells, honouring quotes. */
function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(csvText(value));
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(csvText(value));
      rows.push(row);
      row = [];
      value = '';
    } else value += ch;
  }
  if (value !== '' || row.length) rows.push([...row, csvText(value)]);
  return rows.filter((r) => r.some((c) => c !== ''));
}


const pick = <T extends string>(allowed: readonly T[], value: string | undefined): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/**
 * Reads people back from {@link peopleToCsv}'s format. Unknown values are left out here; the
 * caller validates the result like any other value.
 */
export function peopleFromCsv(text: string): Person[] {
  const [header, ...rows] = parseRows(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const get = (row: string[], name: (typeof CSV_COLUMNS)[number]) => (index.has(name) ? row[index.get(name)!] : undefined);
  const kinds = (value: string | undefined) => (value ? value.split(';').filter((k): k is Person['gives'][number] => (SUPPORT_KINDS as readonly string[]).includes(k)) : []);
  return rows.map((row) => {
    const person: Person = {
      id: get(row, 'id') ?? '',
      label: get(row, 'label') ?? '',
      sector: get(row, 'sector') ?? '',
      ring: get(row, 'ring') ?? '',
      gives: kinds(get(row, 'gives')),
      receives: kinds(get(row, 'receives')),
    };
    const frequency = pick(FREQUENCIES, get(row, 'frequency'));
    const quality = pick(QUALITIES, get(row, 'quality'));
    const mayContact = pick(CONTACT_CONSENT, get(row, 'mayContact'));
    const canHelp = get(row, 'canHelp');
    if (frequency) person.frequency = frequency;
    if (quality) person.quality = quality;
    if (canHelp === 'true' || canHelp === 'false') person.canHelp = canHelp === 'true';
    if (get(row, 'helpWith')) person.helpWith = get(row, 'helpWith');
    if (mayContact) person.mayContact = mayContact;
    if (get(row, 'note')) person.note = get(row, 'note');
    return person;
  });
}
