import { ALLIANCE_INSTRUMENTS, ALLIANCE_SCHEMA_VERSION, ALLIANCE_STATEMENTS, type AllianceValue, type PerspectiveAnswers } from '@goesting/alliance-check/model';

/**
 * Example checks for the stories, typed with the package's own model. Invented: no real people or
 * cases. A document holds no names: only the answers of each side, the days, and the host's own
 * references (`clientRef`, a case number, and `session`, the number of the session).
 */

/**
 * One side's answers to the six statements of the short check, in the order they are asked:
 * direction, way of working, bond, direction, way of working, bond (1 "klopt helemaal niet" to
 * 5 "klopt helemaal").
 */
function answered(values: readonly number[], date?: string): PerspectiveAnswers {
  const answers = Object.fromEntries(ALLIANCE_STATEMENTS.short.map((s, i) => [s.id, values[i]!])) as PerspectiveAnswers['answers'];
  return { answers, completed: true, ...(date ? { date } : {}) };
}

/** A short check that both sides finished on `date`. */
const bothDone = (client: readonly number[], professional: readonly number[], date: string, extra: Partial<AllianceValue> = {}): AllianceValue => ({
  schemaVersion: ALLIANCE_SCHEMA_VERSION,
  instrument: ALLIANCE_INSTRUMENTS.short,
  perspectives: { client: answered(client, date), professional: answered(professional, date) },
  completed: true,
  date,
  ...extra,
});

/**
 * One after the other on one device: the client is done, the professional has not started. The
 * widget opens on the hand-over screen; the client's answers are not in the page.
 */
export const clientDoneInTurn: AllianceValue = {
  schemaVersion: ALLIANCE_SCHEMA_VERSION,
  instrument: ALLIANCE_INSTRUMENTS.short,
  perspectives: {
    client: answered([4, 3, 5, 4, 3, 4], '2026-03-02'),
    professional: { answers: {}, completed: false },
  },
  completed: false,
};

/** The client's own device in session 3 of case `dossier-12`: only the client's answers. */
export const clientDevice: AllianceValue = {
  schemaVersion: ALLIANCE_SCHEMA_VERSION,
  instrument: ALLIANCE_INSTRUMENTS.short,
  clientRef: 'dossier-12',
  session: 3,
  perspectives: { client: answered([4, 4, 5, 5, 4, 5], '2026-03-02') },
  completed: true,
  date: '2026-03-02',
};

/** The professional's own device in the same session: only the professional's answers. */
export const professionalDevice: AllianceValue = {
  ...clientDevice,
  perspectives: { professional: answered([4, 3, 4, 2, 3, 4], '2026-03-02') },
};

/**
 * Large differences. The professional feels they work on what matters to the client (5 and 4);
 * the client does not (2 and 2): the direction differs by 2.5 points and is stiff for the client.
 * The professional is less sure of the bond (3 and 3) than the client (4 and 5).
 */
export const largeDifferences: AllianceValue = bothDone([2, 3, 4, 2, 4, 5], [5, 4, 3, 4, 4, 3], '2026-03-02');

/** Small differences: never more than one point apart on a statement, nothing to mark. */
export const smallDifferences: AllianceValue = bothDone([5, 4, 4, 4, 4, 5], [4, 4, 5, 4, 3, 4], '2026-03-02');

/**
 * Eight sessions, two weeks apart: [client, professional] per session. Both start careful and grow;
 * the client is mostly the more positive of the two, with a dip in session 4 and the professional
 * higher once, in session 7.
 */
const sessions: [client: number[], professional: number[]][] = [
  [[3, 3, 4, 3, 3, 3], [3, 2, 3, 3, 2, 3]],
  [[3, 3, 4, 4, 3, 3], [3, 3, 3, 3, 3, 3]],
  [[4, 3, 4, 4, 3, 4], [3, 3, 4, 3, 3, 3]],
  [[3, 3, 4, 4, 3, 4], [3, 3, 4, 3, 3, 4]],
  [[4, 3, 4, 4, 4, 4], [3, 3, 4, 3, 3, 4]],
  [[4, 4, 5, 4, 4, 4], [4, 3, 4, 4, 3, 4]],
  [[4, 4, 4, 4, 4, 4], [4, 4, 5, 4, 4, 4]],
  [[5, 4, 5, 4, 4, 5], [4, 4, 4, 4, 4, 4]],
];
const sessionDays = ['2025-09-01', '2025-09-15', '2025-09-29', '2025-10-13', '2025-10-27', '2025-11-10', '2025-11-24', '2025-12-08'];
const bySession = sessions.map(([client, professional], i) => bothDone(client, professional, sessionDays[i]!, { clientRef: 'dossier-12', session: i + 1 }));

/** The seven earlier checks, sessions 1 to 7, oldest first. */
export const earlierSessions: AllianceValue[] = bySession.slice(0, 7);

/** The check of session 8, today's. */
export const sessionEight: AllianceValue = bySession[7]!;

// ── Invalid ───────────────────────────────────────────────────────────────────────────────────

/** A check made with the full variant (twelve statements), refused by a short check. */
export const fullCheck: AllianceValue = {
  schemaVersion: ALLIANCE_SCHEMA_VERSION,
  instrument: ALLIANCE_INSTRUMENTS.full,
  perspectives: {
    client: { answers: Object.fromEntries(ALLIANCE_STATEMENTS.full.map((s) => [s.id, 4])) as PerspectiveAnswers['answers'], completed: true },
    professional: { answers: Object.fromEntries(ALLIANCE_STATEMENTS.full.map((s) => [s.id, 3])) as PerspectiveAnswers['answers'], completed: true },
  },
  completed: true,
  date: '2026-03-02',
};
