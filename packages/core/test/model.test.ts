import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { z } from 'zod/mini';
import {
  DEFAULT_PERSPECTIVES,
  MAX_PERSPECTIVES,
  comparePerspectives,
  createMigrator,
  isoDaySchema,
  mergePerspectives,
  parseVersionedDocument,
  perspectiveIdSchema,
  perspectivesSchema,
  prototypeKeys,
} from '../src/model/index.js';
import { runFocusPlanModelTests } from './focus-plan-model.js';

/** A small document with answers per perspective, as a widget with perspectives keeps them. */
const answersSchema = z.object({ answers: z.record(z.string(), z.int().check(z.gte(1), z.lte(5))), completed: z.boolean(), date: z.optional(isoDaySchema) });
const docSchema = z.object({ schemaVersion: z.literal(2), instrument: z.string(), client: z.optional(z.string()), perspectives: perspectivesSchema(answersSchema) });
type Doc = z.infer<typeof docSchema>;
// Version 1 kept one person's answers at the top: they were the client's.
const migrate = createMigrator(2, { 1: ({ answers, completed, ...rest }) => ({ ...rest, schemaVersion: 2, perspectives: { client: { answers, completed } } }) });
const parse = (input: unknown) => parseVersionedDocument<Doc>(input, migrate, docSchema);
const identity = (doc: Doc) => ({ instrument: doc.instrument, client: doc.client });
const doc = (perspectives: Doc['perspectives'], extra: Partial<Doc> = {}): Doc => ({ schemaVersion: 2, instrument: 'alliance-short@1', client: 'case-7', perspectives, ...extra });
const answers = (values: Record<string, number>, completed = true) => ({ answers: values, completed });

describe('perspectives: side by side, never averaged', () => {
  it('compares item by item in the order asked, the client first, and marks differences from the threshold', () => {
    const rows = comparePerspectives(
      ['a', 'b', 'c', 'd'],
      { professional: { a: 4, b: 2, c: 5 }, client: { a: 4, b: 5, c: 3, d: 1 } },
      DEFAULT_PERSPECTIVES,
      2,
    );
    expect(rows).to.deep.equal([
      { id: 'a', values: [{ perspective: 'client', value: 4 }, { perspective: 'professional', value: 4 }], difference: 0, higher: null, starter: false },
      { id: 'b', values: [{ perspective: 'client', value: 5 }, { perspective: 'professional', value: 2 }], difference: 3, higher: 'client', starter: true },
      { id: 'c', values: [{ perspective: 'client', value: 3 }, { perspective: 'professional', value: 5 }], difference: 2, higher: 'professional', starter: true },
      { id: 'd', values: [{ perspective: 'client', value: 1 }, { perspective: 'professional', value: null }], difference: null, higher: null, starter: false },
    ]);
  });

  it('counts what is not a number as missing and marks nothing with a threshold that is not a positive number', () => {
    const values = { client: { a: Number.NaN, b: 1, c: 1 }, professional: { a: 3, b: Number.POSITIVE_INFINITY, c: 5 } };
    const rows = comparePerspectives(['a', 'b', 'c'], values as never, DEFAULT_PERSPECTIVES, 1);
    expect(rows.map((row) => row.difference)).to.deep.equal([null, null, 4]);
    for (const threshold of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(comparePerspectives(['c'], values, DEFAULT_PERSPECTIVES, threshold)[0]!.starter, String(threshold)).to.equal(false);
    }
    // A perspective named like a built-in property is not read from the prototype.
    expect(comparePerspectives(['a'], { client: { a: 2 } }, ['client', 'constructor'], 1)[0]!.values[1]).to.deep.equal({ perspective: 'constructor', value: null });
  });

  it('shows each perspective\'s own value and the distance between them, for any answers', () => {
    const perspective = fc.constantFrom('client', 'professional', 'family', 'mentor');
    fc.assert(
      fc.property(
        fc.uniqueArray(perspective, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 8 }),
        fc.array(fc.oneof(fc.integer({ min: -10, max: 10 }), fc.constant(undefined)), { minLength: 32, maxLength: 32 }),
        fc.integer({ min: 1, max: 5 }),
        (order, ids, pool, threshold) => {
          const values = Object.fromEntries(order.map((p, i) => [p, Object.fromEntries(ids.map((id, k) => [id, pool[(i * 8 + k) % 32]]))]));
          for (const row of comparePerspectives(ids, values, order, threshold)) {
            expect(row.values.map((v) => v.perspective)).to.deep.equal(order);
            row.values.forEach((v) => expect(v.value).to.equal(values[v.perspective]![row.id] ?? null));
            const given = row.values.map((v) => v.value).filter((v): v is number => v !== null);
            expect(row.difference).to.equal(given.length >= 2 ? Math.max(...given) - Math.min(...given) : null);
            expect(row.starter).to.equal(row.difference !== null && row.difference >= threshold);
            if (row.higher) expect(row.values.find((v) => v.perspective === row.higher)!.value).to.equal(Math.max(...given));
          }
        },
      ),
    );
  });

  it('names perspectives with plain ids, never a built-in property, and holds one to four of them', () => {
    for (const id of ['client', 'professional', 'family-2']) expect(perspectiveIdSchema.safeParse(id).success, id).to.equal(true);
    for (const id of ['Client', '', '__proto__', 'constructor', 'toString', '1st', 'a'.repeat(33), 'a b']) expect(perspectiveIdSchema.safeParse(id).success, id).to.equal(false);
    expect(MAX_PERSPECTIVES).to.equal(4);
    const schema = perspectivesSchema(z.number());
    expect(schema.safeParse({}).success).to.equal(false);
    expect(schema.safeParse({ a: 1, b: 2, c: 3, d: 4 }).success).to.equal(true);
    expect(schema.safeParse({ a: 1, b: 2, c: 3, d: 4, e: 5 }).success).to.equal(false);
  });
});

describe('perspectives: merging documents from two devices', () => {
  it('merges the client\'s and the professional\'s document of the same question set and client', () => {
    const merged = mergePerspectives([doc({ client: answers({ a: 4 }) }), JSON.stringify(doc({ professional: answers({ a: 2 }, false) }))], parse, identity);
    expect(merged).to.deep.equal({ ok: true, data: doc({ client: answers({ a: 4 }), professional: answers({ a: 2 }, false) }) });
  });

  it('upgrades an older document before merging it', () => {
    const older = { schemaVersion: 1, instrument: 'alliance-short@1', client: 'case-7', answers: { a: 5 }, completed: true };
    const merged = mergePerspectives([older, doc({ professional: answers({ a: 3 }) })], parse, identity);
    expect(merged.ok && merged.data.perspectives).to.deep.equal({ client: answers({ a: 5 }), professional: answers({ a: 3 }) });
  });

  it('refuses documents of another question set, another version of it, or another client', () => {
    const client = doc({ client: answers({ a: 4 }) });
    const other = mergePerspectives([client, doc({ professional: answers({ a: 2 }) }, { instrument: 'alliance-full@1' })], parse, identity);
    expect(other).to.deep.include({ ok: false, code: 'invalid-value' });
    expect(!other.ok && other.issues).to.deep.equal([
      {
        path: '[1].instrument',
        code: 'different_instrument',
        message: 'This document is about another instrument than the first: alliance-full@1 instead of alliance-short@1.',
        params: { expected: 'alliance-short@1', found: 'alliance-full@1' },
      },
    ]);
    const version = mergePerspectives([client, doc({ professional: answers({ a: 2 }) }, { instrument: 'alliance-short@2' })], parse, identity);
    expect(!version.ok && version.issues.map((i) => i.code)).to.deep.equal(['different_instrument']);
    const person = mergePerspectives([client, doc({ professional: answers({ a: 2 }) }, { client: 'case-8' })], parse, identity);
    expect(!person.ok && person.issues.map((i) => [i.path, i.code])).to.deep.equal([['[1].client', 'different_client']]);
    const unnamed = mergePerspectives([client, doc({ professional: answers({ a: 2 }) }, { client: undefined })], parse, identity);
    expect(!unnamed.ok && unnamed.issues.map((i) => i.code)).to.deep.equal(['different_client']);
  });

  it('refuses one perspective twice, and a merge that would hold too many perspectives', () => {
    const twice = mergePerspectives([doc({ client: answers({ a: 4 }) }), doc({ client: answers({ a: 1 }) })], parse, identity);
    expect(!twice.ok && twice.issues.map((i) => [i.path, i.code, i.params])).to.deep.equal([['[1].perspectives.client', 'perspective_twice', { perspective: 'client', first: 0 }]]);
    const many = mergePerspectives(
      [doc({ client: answers({}), professional: answers({}), family: answers({}) }), doc({ mentor: answers({}), coach: answers({}) })],
      parse,
      identity,
    );
    expect(!many.ok && many.issues.map((i) => i.code)).to.deep.equal(['too_many_perspectives']);
  });

  it('refuses a document from a newer version, text that is not JSON, and fewer than two documents, naming which document', () => {
    const newer = mergePerspectives([doc({ client: answers({}) }), { ...doc({ professional: answers({}) }), schemaVersion: 3 }], parse, identity);
    expect(newer).to.deep.include({ ok: false, code: 'unsupported-version' });
    expect(!newer.ok && newer.issues[0]!.path).to.equal('[1].schemaVersion');
    const broken = mergePerspectives(['{"schemaVersion":', doc({ professional: answers({}) })], parse, identity);
    expect(broken).to.deep.include({ ok: false, code: 'invalid-value' });
    expect(!broken.ok && broken.issues[0]!.path).to.match(/^\[0\]/);
    expect(mergePerspectives([doc({ client: answers({}) })], parse, identity)).to.deep.include({ ok: false, code: 'invalid-value' });
  });

  it('never throws and never merges what one document alone would not pass', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.constant(doc({ client: answers({ a: 1 }) }))), { maxLength: 4 }), (inputs) => {
        const merged = mergePerspectives(inputs, parse, identity);
        if (merged.ok) expect(docSchema.safeParse(merged.data).success).to.equal(true);
        else expect(merged.issues.length).to.be.greaterThan(0);
      }),
    );
  });
});

runFocusPlanModelTests();

describe('documents with a __proto__ key, or that refer to themselves', () => {
  it('names every own __proto__ key with its path, however deep, and finds none in a clean document', () => {
    const dirty = JSON.parse('{"a":[{"b":1},{"__proto__":{"x":1}}],"c":{"d":{"__proto__":null}},"__proto__":2}') as unknown;
    expect(prototypeKeys(dirty).map((issue) => issue.path).sort()).to.deep.equal(['__proto__', 'a[1].__proto__', 'c.d.__proto__']);
    expect(prototypeKeys(JSON.parse('{"a":[{"b":1},{"c":[1,2,{"d":null}]}],"proto":"__proto__"}'))).to.deep.equal([]);
  });

  it('reads a document that refers to itself instead of walking it for ever, and says what is wrong', () => {
    const looped: Record<string, unknown> = { schemaVersion: 2, instrument: 'alliance-short@1', perspectives: {} };
    (looped['perspectives'] as Record<string, unknown>)['client'] = looped;
    const parsed = parse(looped);
    expect(parsed.ok).to.equal(false);
    const dirty = JSON.parse('{"list":[{"__proto__":1}]}') as { list: unknown[]; self?: unknown };
    dirty.self = dirty;
    dirty.list.push(dirty.list);
    expect(prototypeKeys(dirty).map((issue) => issue.path)).to.deep.equal(['list[0].__proto__']);
  });
});
