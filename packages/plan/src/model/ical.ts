import { isCalendarDay } from '@goesting/core/model';
import { isOpen } from './balance.js';
import { addDays } from './review.js';
import type { PlanValue } from './schema.js';

/** The words of the calendar file; the widget passes them in its language. */
export interface PlanCalendarLabels {
  /** The calendar's name, such as "Mijn plan". */
  calendar: string;
  /** The title of the review day, such as "We bekijken het plan opnieuw". */
  review: string;
  /** The title of an action's day, from what is to be done and who does it. */
  action(what: string, who: string): string;
}

/** Options of {@link planToICalendar}. */
export interface PlanCalendarOptions {
  /** When the file is written: every event's `DTSTAMP`. */
  now: Date;
  /** A stable id of the plan, so importing the file again updates its events instead of adding them twice. */
  uid?: string;
  /** The name of a doer id, as the user knows them. */
  doerLabel: (id: string) => string;
}

const CRLF = '\r\n';
/** The longest line, in octets of UTF-8, without its line break (RFC 5545, 3.1). */
const MAX_OCTETS = 75;

/** Octets of one code point in UTF-8; a lone surrogate is written as U+FFFD, three octets. */
function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line as RFC 5545 asks: at most 75 octets of UTF-8 per line, continuation
 * lines starting with one space, never splitting a character. Lines are joined with CRLF; the
 * result has no line break at its end.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = octets(char.codePointAt(0)!);
    if (size + length > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += length;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/**
 * Escapes a TEXT value (RFC 5545, 3.3.11): `\`, `;` and `,` get a backslash, every line break
 * becomes `\n`, and other control characters, which TEXT may not hold, are left out.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

/** Text on one line, for an event's title: every run of white space, line breaks too, becomes one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A calendar day `YYYY-MM-DD` as an iCalendar DATE, `YYYYMMDD`. */
const icalDate = (day: string): string => day.replace(/-/g, '');

/** A moment in UTC as an iCalendar DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
const icalStamp = (moment: Date): string => (Number.isNaN(moment.getTime()) ? new Date() : moment).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** A short, stable hash of `text` (FNV-1a, 32 bits), in base 36. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The plan as an iCalendar file (RFC 5545) that any calendar imports: one all-day event on the
 * review date (with the main question as its description), and one on the date of each open
 * action that has one, titled on one line, with what is needed as its description. Each event's UID is stable (from `uid`, else from the plan's date and question),
 * so a second import updates the events. Lines end in CRLF and are folded at 75 octets.
 */
export function planToICalendar(plan: PlanValue, labels: PlanCalendarLabels, options: PlanCalendarOptions): string {
  const uid = options.uid ?? `plan-${hash(`${plan.date ?? ''}\n${plan.question}`)}`;
  const stamp = icalStamp(options.now);
  const events: string[][] = [];
  const event = (id: string, day: string | undefined, summary: string, description?: string) => {
    const end = day && isCalendarDay(day) ? addDays(day, 1) : undefined;
    if (!day || !end) return;
    events.push([
      'BEGIN:VEVENT',
      `UID:${escapeText(`${uid}-${id}@goesting`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icalDate(day)}`,
      `DTEND;VALUE=DATE:${icalDate(end)}`,
      `SUMMARY:${escapeText(summary)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]);
  };
  event('review', plan.reviewDate, oneLine(labels.review), plan.question.trim() || undefined);
  for (const action of plan.actions) {
    if (!isOpen(action)) continue;
    const who = action.who.map((id) => oneLine(options.doerLabel(id))).join(', ');
    event(action.id, action.by, labels.action(oneLine(action.what), who), action.needs);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//goesting//plan//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(labels.calendar)}`,
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
