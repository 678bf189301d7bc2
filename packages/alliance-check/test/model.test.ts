import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ALLIANCE_DIMENSIONS,
  ALLIANCE_INSTRUMENTS,
  ALLIANCE_STATEMENTS,
  STIFF_BELOW,
  emptyAllianceValue,
  mergeAllianceDocuments,
  parseAllianceHistory,
  parseAllianceValue,
  resultSchema,
  scoreAlliance,
  valueSchema,
  type AllianceValue,
} from '../src/model/index.js';

const SHORT = ALLIANCE_STATEMENTS.short.map((s) => s.id);
const answersOf = (values: number[]) => Object.fromEntries(SHORT.map((id, i) => [id, values[i]!]));
const check = (client: number[], professional: number[] | undefined, extra: Partial<AllianceValue> = {}): AllianceValue => ({
  schemaVersion: 1,
  instrument: 'alliance-short@1',
  perspectives: {
    client: { answers: answersOf(client), completed: true },
    ...(professional ? { professional: { answers: answersOf(professional), completed: true } } : {}),
  },
  completed: true,
  ...extra,
});

describe('alliance model: statements', () => {
  it('asks six statements in the short check and twelve in the full one, each part as often, the parts taking turns', () => {
    expect(ALLIANCE_STATEMENTS.short.map((s) => s.id)).to.deep.equal(['goals-1', 'way-1', 'bond-1', 'goals-2', 'way-2', 'bond-2']);
    expect(ALLIANCE_STATEMENTS.full).to.have.length(12);
    for (const dimension of ALLIANCE_DIMENSIONS) expect(ALLIANCE_STATEMENTS.full.filter((s) => s.dimension === dimension)).to.have.length(4);
    // The short check's statements are the full check's first six.
    expect(ALLIANCE_STATEMENTS.full.slice(0, 6)).to.deep.equal(ALLIANCE_STATEMENTS.short);
  });
});

describe('alliance model: scores per perspective, never averaged', () => {
  it('scores each perspective on its own, per part and over all statements, against a hand count', () => {
    // Client: goals 5 and 4 → 4.5; way 3 and 3 → 3; bond 5 and 5 → 5; all six → 25/6 = 4.2.
    // Professional: goals 2 and 1 → 1.5; way 4 and 4 → 4; bond 3 and 4 → 3.5; all six → 18/6 = 3.
    const result = scoreAlliance(check([5, 3, 5, 4, 3, 5], [2, 4, 3, 1, 4, 4]));
    expect(result.order).to.deep.equal(['client', 'professional']);
    expect(result.perspectives).to.deep.equal({
      client: { dimensions: { goals: 4.5, way: 3, bond: 5 }, total: 4.2, answered: 6, completed: true },
      professional: { dimensions: { goals: 1.5, way: 4, bond: 3.5 }, total: 3, answered: 6, completed: true },
    });
    expect(result.dimensions.map((row) => [row.id, row.difference, row.higher, row.starter])).to.deep.equal([
      ['goals', 3, 'client', true],
      ['way', 1, 'professional', false],
      ['bond', 1.5, 'client', false],
    ]);
    expect(result.starters).to.deep.equal(['goals', 'goals-1', 'bond-1', 'goals-2']);
    expect(result.stiff).to.deep.equal([{ perspective: 'professional', dimension: 'goals' }]);
    expect(resultSchema.safeParse(result).success).to.equal(true);
  });

  it('gives no score for a part until all its statements are answered', () => {
    const value = check([5, 3, 5, 4, 3, 5], undefined);
    delete (value.perspectives.client!.answers as Record<string, number>)['bond-2'];
    const scores = scoreAlliance(value).perspectives.client!;
    expect(scores).to.deep.equal({ dimensions: { goals: 4.5, way: 3, bond: null }, total: null, answered: 5, completed: true });
  });

  it('shows the client first, and marks from the threshold it is given', () => {
    const value = check([5, 5, 5, 5, 5, 5], [4, 4, 4, 4, 4, 4]);
    value.perspectives = { professional: value.perspectives.professional!, client: value.perspectives.client! };
    expect(scoreAlliance(value, 1).order).to.deep.equal(['client', 'professional']);
    expect(scoreAlliance(value, 1).starters).to.have.length(9);
    expect(scoreAlliance(value, 2).starters).to.have.length(0);
  });

  it('holds in every result only numbers that one perspective gave or scored, for any answers', () => {
    const answer = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 6, maxLength: 6 }), fc.array(answer, { minLength: 6, maxLength: 6 }), fc.integer({ min: 1, max: 4 }), (a, b, threshold) => {
        const result = scoreAlliance(check(a, b), threshold);
        for (const row of [...result.dimensions, ...result.statements]) {
          const own = row.values.map((v) => v.value);
          const expected = result.order.map((p) => (ALLIANCE_DIMENSIONS as readonly string[]).includes(row.id) ? result.perspectives[p]!.dimensions[row.id as 'goals'] : check(a, b).perspectives[p]!.answers[row.id as 'goals-1']);
          expect(own).to.deep.equal(expected);
        }
        for (const p of result.order) {
          for (const dimension of ALLIANCE_DIMENSIONS) {
            const score = result.perspectives[p]!.dimensions[dimension]!;
            expect(result.stiff.some((s) => s.perspective === p && s.dimension === dimension)).to.equal(score < STIFF_BELOW);
          }
        }
        expect(JSON.stringify(result)).not.to.match(/mean|average/i);
      }),
    );
  });
});

describe('alliance model: reading documents', () => {
  it('reads a document, and refuses one of the other variant, answers the variant does not ask, and a newer version', () => {
    expect(parseAllianceValue(check([1, 2, 3, 4, 5, 1], [5, 4, 3, 2, 1, 5]), 'short')).to.deep.include({ ok: true });
    const other = parseAllianceValue(check([1, 2, 3, 4, 5, 1], undefined), 'full');
    expect(!other.ok && other.issues.map((i) => [i.path, i.code])).to.deep.equal([['instrument', 'other_instrument']]);
    const unasked = check([1, 2, 3, 4, 5, 1], undefined);
    (unasked.perspectives.client!.answers as Record<string, number>)['bond-4'] = 3;
    const refused = parseAllianceValue(unasked);
    expect(!refused.ok && refused.issues.map((i) => [i.path, i.code])).to.deep.equal([['perspectives.client.answers.bond-4', 'unknown_item']]);
    expect(parseAllianceValue({ ...check([1, 1, 1, 1, 1, 1], undefined), schemaVersion: 2 })).to.deep.include({ ok: false, code: 'unsupported-version' });
    for (const bad of [{ ...check([1, 1, 1, 1, 1, 1], undefined), perspectives: {} }, { ...check([0, 1, 1, 1, 1, 1], undefined) }, { ...check([1, 1, 1, 1, 1, 1], undefined), clientRef: 'Jan Peeters' }]) {
      expect(parseAllianceValue(bad)).to.deep.include({ ok: false, code: 'invalid-value' });
    }
  });

  it('reads earlier checks, naming the check an unasked answer is in', () => {
    const unasked = check([1, 2, 3, 4, 5, 1], undefined);
    (unasked.perspectives.client!.answers as Record<string, number>)['way-3'] = 3;
    const history = parseAllianceHistory([check([1, 1, 1, 1, 1, 1], undefined), unasked]);
    expect(!history.ok && history.issues.map((i) => i.path)).to.deep.equal(['[1].perspectives.client.answers.way-3']);
    expect(parseAllianceHistory(undefined)).to.deep.equal({ ok: true, data: [] });
  });

  it('starts empty for the perspectives that answer', () => {
    expect(emptyAllianceValue('full', ['client', 'professional'])).to.deep.equal({
      schemaVersion: 1,
      instrument: ALLIANCE_INSTRUMENTS.full,
      perspectives: { client: { answers: {}, completed: false }, professional: { answers: {}, completed: false } },
      completed: false,
    });
    expect(valueSchema.safeParse(emptyAllianceValue('short', ['professional'])).success).to.equal(true);
  });
});

describe('alliance model: merging two devices', () => {
  const clientSide = (extra: Partial<AllianceValue> = {}) => check([5, 5, 5, 5, 5, 5], undefined, { clientRef: 'case-12', session: 3, ...extra });
  const professionalSide = (extra: Partial<AllianceValue> = {}): AllianceValue => ({
    ...check([2, 2, 2, 2, 2, 2], undefined, { clientRef: 'case-12', session: 3, ...extra }),
    perspectives: { professional: { answers: answersOf([2, 2, 2, 2, 2, 2]), completed: true } },
  });

  it('merges the client\'s and the professional\'s check of the same session, complete when both are', () => {
    const merged = mergeAllianceDocuments([clientSide(), JSON.stringify(professionalSide())]);
    expect(merged.ok && Object.keys(merged.data.perspectives)).to.deep.equal(['client', 'professional']);
    expect(merged.ok && merged.data.completed).to.equal(true);
    const open = professionalSide();
    open.perspectives.professional!.completed = false;
    const half = mergeAllianceDocuments([clientSide(), open]);
    expect(half.ok && half.data.completed).to.equal(false);
  });

  it('refuses another variant, another client, another session, one perspective twice and a newer version', () => {
    const codes = (docs: unknown[]) => {
      const merged = mergeAllianceDocuments(docs);
      return merged.ok ? [] : merged.issues.map((i) => i.code);
    };
    expect(codes([clientSide(), { ...professionalSide(), instrument: ALLIANCE_INSTRUMENTS.full, perspectives: { professional: { answers: {}, completed: false } } }])).to.deep.equal(['different_instrument']);
    expect(codes([clientSide(), professionalSide({ clientRef: 'case-13' })])).to.deep.equal(['different_clientRef']);
    expect(codes([clientSide(), professionalSide({ session: 4 })])).to.deep.equal(['different_session']);
    expect(codes([clientSide(), clientSide()])).to.deep.equal(['perspective_twice']);
    expect(mergeAllianceDocuments([clientSide(), { ...professionalSide(), schemaVersion: 2 }])).to.deep.include({ ok: false, code: 'unsupported-version' });
  });
});
