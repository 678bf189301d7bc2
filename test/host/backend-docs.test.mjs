// The "On your server" code of every widget guide, run as written against the built packages in
// Node: a valid document is stored with a result worked out again, and forged or broken documents
// (answers outside the scale, wrong types, built-in member names, another list, a newer version)
// are refused with a code and issues, never scored.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** Writes the guide's back-end code block to a module inside the repository and imports it. */
async function guideCode(guide) {
  const text = readFileSync(new URL(`docs/${guide}.md`, ROOT), 'utf8');
  const section = text.split(/^## On your server.*$/m)[1];
  assert.ok(section, `docs/${guide}.md has a section "On your server"`);
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(code, `docs/${guide}.md shows its back-end code`);
  const dir = new URL('test-results/guides/', ROOT);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${guide}.mjs`, dir);
  writeFileSync(file, code);
  return import(pathToFileURL(file.pathname).href);
}

const json = (value) => JSON.parse(JSON.stringify(value));
/** A document text with one key named like a built-in member, which JSON.parse keeps as an own key. */
const withKey = (doc, field, key, value) => JSON.stringify(doc).replace(`"${field}":{`, `"${field}":{${JSON.stringify(key)}:${JSON.stringify(value)},`);

function refuses(response, what) {
  assert.equal(response.status, 422, what);
  assert.equal(typeof response.body.code, 'string', what);
  assert.ok(response.body.issues.length > 0 && response.body.issues.every((i) => typeof i.path === 'string'), what);
  assert.equal(response.store, undefined, what);
}

describe('the back-end code in the guides', () => {
  it('self-scan: stores answers with a result of its own, refuses forged ones', async () => {
    const { receiveSelfscan } = await guideCode('selfscan');
    const model = await import('@goesting/selfscan/model');
    const list = model.defaultInstrument('quick');
    const value = { ...model.emptySelfscanValue(list), answers: Object.fromEntries(list.items.map((item, i) => [item.id, (i % 5) + 1])), completed: true };
    const ok = receiveSelfscan({ value: json(value), result: { cells: 'forged' } });
    assert.equal(ok.status, 201);
    assert.deepEqual(ok.store.result, model.scoreSelfscan(list, value));
    const first = list.items[0].id;
    refuses(receiveSelfscan({ value: { ...value, answers: { [first]: 6 } } }), 'an answer outside 1–5');
    refuses(receiveSelfscan({ value: { ...value, answers: { [first]: '3' } } }), 'a number as text');
    for (const name of ['__proto__', 'constructor', 'toString']) refuses(receiveSelfscan({ value: withKey(value, 'answers', name, 3) }), name);
    refuses(receiveSelfscan({ value: { ...value, instrument: 'another-list@1' } }), 'another list');
    refuses(receiveSelfscan({ value: { ...value, schemaVersion: 99 } }), 'a newer version');
    refuses(receiveSelfscan({}), 'no document');
  });

  it('hope scale: stores answers with a result of its own, refuses forged ones', async () => {
    const { receiveHope } = await guideCode('hope-scale');
    const model = await import('@goesting/hope-scale/model');
    const pack = model.defaultPack('adult');
    const value = { ...model.emptyHopeValue('goal-hope', pack), answers: Object.fromEntries(pack.items.map((item) => [item.id, 5])), completed: true };
    const ok = receiveHope({ value: json(value), result: { total: 'forged' } });
    assert.equal(ok.status, 201);
    assert.deepEqual(ok.store.result, model.scoreHope(value, [], pack));
    const first = pack.items[0].id;
    refuses(receiveHope({ value: { ...value, answers: { ...value.answers, [first]: 9 } } }), 'an answer outside 1–8');
    refuses(receiveHope({ value: { ...value, answers: { ...value.answers, [first]: 'x' } } }), 'a wrong type');
    for (const name of ['__proto__', 'constructor', 'toString']) refuses(receiveHope({ value: withKey(value, 'answers', name, 3) }), name);
    refuses(receiveHope({ value: { ...value, pack: 'other-pack@1' } }), 'another pack');
    refuses(receiveHope({ value: { ...value, schemaVersion: 99 } }), 'a newer version');
  });

  it('network circle: stores a network with indicators of its own, refuses forged ones', async () => {
    const { receiveNetwork } = await guideCode('network-circle');
    const model = await import('@goesting/network-circle/model');
    const config = model.defaultNetworkConfig();
    const person = { id: 'p1', label: 'Mama', sector: config.sectors[0].id, ring: config.rings[0].id, gives: [], receives: [] };
    const value = { ...model.emptyNetworkValue(), people: [person], completed: true };
    const ok = receiveNetwork({ value: json(value), result: { people: 'forged' } });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.deepEqual(ok.store.indicators, model.networkIndicators(ok.store.value.people, config));
    refuses(receiveNetwork({ value: { ...value, people: [{ ...person, sector: 'nowhere' }] } }), 'an unknown sector');
    refuses(receiveNetwork({ value: { ...value, people: [{ ...person, ring: 7 }] } }), 'a wrong type');
    for (const name of ['__proto__', 'constructor', 'toString']) refuses(receiveNetwork({ value: { ...value, people: [{ ...person, id: name }] } }), name);
    refuses(receiveNetwork({ value: { ...value, schemaVersion: 99 } }), 'a newer version');
  });

  it('reflection card: stores a card with a summary of its own, refuses forged ones', async () => {
    const { receiveReflection } = await guideCode('reflection-card');
    const model = await import('@goesting/reflection-card/model');
    const value = model.emptyReflectionValue('korthagen');
    const ok = receiveReflection({ value: json(value), result: { openActions: 'forged' } });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.deepEqual(json(ok.store.result), json(model.summariseReflection(ok.store.value, [])));
    refuses(receiveReflection({ value: { ...json(value), template: 'nonsense' } }), 'an unknown template');
    refuses(receiveReflection({ value: withKey(json(value), 'steps', '__proto__', 'x') }), '__proto__');
    refuses(receiveReflection({ value: { ...json(value), schemaVersion: 99 } }), 'a newer version');
  });

  it('plan: stores a plan with a balance and changes of its own, refuses forged ones, and writes the files', async () => {
    const { receivePlan, planFiles } = await guideCode('plan');
    const model = await import('@goesting/plan/model');
    const earlier = {
      ...model.emptyPlanValue('2026-11-02'),
      question: 'Ik wil weer zelf mijn geld regelen.',
      people: [{ id: 'oma', label: 'Oma', role: 'network' }],
      actions: [
        { id: 'a1', what: 'Rekeningen sorteren', who: ['client', 'oma'], by: '2026-11-10' },
        { id: 'a2', what: 'Soep koken', who: ['oma'] },
      ],
      reviewDate: '2026-11-30',
    };
    const value = { ...earlier, actions: [{ ...earlier.actions[0], review: { status: 'done' } }, { id: 'a3', what: 'Budget', who: ['client'], by: '2026-12-20' }] };
    const ok = receivePlan({ value: json(value), result: { balance: 'forged' } }, earlier);
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.deepEqual(ok.store.balance, { total: 2, open: 1, client: 1, network: 0, professional: 0, overloaded: [] });
    assert.deepEqual(ok.store.changes.added.map((a) => a.id), ['a3']);
    assert.deepEqual(ok.store.changes.done.map((a) => a.id), ['a1']);
    assert.deepEqual(ok.store.changes.dropped.map((a) => a.id), ['a2']);
    refuses(receivePlan({ value: { ...json(value), actions: [{ id: 'a1', what: 'x', who: ['niemand'] }] } }), 'a person who does not exist');
    refuses(receivePlan({ value: { ...json(value), reviewDate: '2026-02-30' } }), 'a day that does not exist');
    refuses(receivePlan({ value: { ...json(value), schemaVersion: 99 } }), 'a newer version');
    refuses(receivePlan({ value: JSON.stringify(json(value)).replace('"people":[', '"people":[{"id":"__proto__","label":"x","role":"network"},') }), 'a reserved id');
    const labels = { title: 'Mijn plan', question: 'Vraag', goals: 'Doelen', strengthsOwn: 'Ik', strengthsAround: 'Rond mij', worries: 'Zorgen', actions: 'Acties', who: 'Wie', by: 'Tegen', needs: 'Nodig', backup: 'Als het anders loopt', conditions: 'Voorwaarden', conditionsBy: 'Door', answer: 'Antwoord', reviewDate: 'Terugkijken', review: 'Stand', status: (s) => s, client: 'ik', none: '—' };
    const files = planFiles(ok.store.value, labels, { calendar: 'Plan', review: 'Terugkijken', action: (what, who) => `${what} (${who})` });
    assert.match(files.markdown, /Rekeningen sorteren/);
    assert.match(files.calendar, /^BEGIN:VCALENDAR\r\n[\s\S]*DTSTART;VALUE=DATE:20261220\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('alliance check: stores a check with a result of its own, refuses forged ones, and merges two devices', async () => {
    const { receiveAllianceCheck, mergeDevices } = await guideCode('alliance-check');
    const model = await import('@goesting/alliance-check/model');
    const answers = (values) => Object.fromEntries(model.ALLIANCE_STATEMENTS.short.map((s, i) => [s.id, values[i]]));
    const side = (values) => ({ answers: answers(values), completed: true, date: '2026-11-20' });
    const value = {
      schemaVersion: 1,
      instrument: 'alliance-short@1',
      clientRef: 'dossier-12',
      session: 3,
      perspectives: { client: side([5, 3, 5, 4, 3, 5]), professional: side([2, 4, 3, 1, 4, 4]) },
      completed: true,
      date: '2026-11-20',
    };
    const ok = receiveAllianceCheck({ value: json(value), result: { starters: 'forged' } });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    // By hand. Client: direction 5 and 4 → 4.5, way 3 and 3 → 3, bond 5 and 5 → 5, all six 25/6 → 4.2.
    // Professional: direction 2 and 1 → 1.5, way 4 and 4 → 4, bond 3 and 4 → 3.5, all six 18/6 → 3.
    assert.deepEqual(ok.store.result.perspectives, {
      client: { dimensions: { goals: 4.5, way: 3, bond: 5 }, total: 4.2, answered: 6, completed: true },
      professional: { dimensions: { goals: 1.5, way: 4, bond: 3.5 }, total: 3, answered: 6, completed: true },
    });
    // The direction differs by 3 (and goals-1 by 3, goals-2 by 3, bond-1 by 2); the professional's direction is below 3.
    assert.deepEqual(ok.store.result.starters, ['goals', 'goals-1', 'bond-1', 'goals-2']);
    assert.deepEqual(ok.store.result.stiff, [{ perspective: 'professional', dimension: 'goals' }]);
    refuses(receiveAllianceCheck({ value: { ...json(value), perspectives: { client: { ...side([5, 3, 5, 4, 3, 5]), answers: { ...answers([5, 3, 5, 4, 3, 5]), 'goals-1': 9 } } } } }), 'an answer of 9');
    for (const name of ['__proto__', 'constructor', 'toString']) {
      refuses(receiveAllianceCheck({ value: withKey(value, 'answers', name, 3) }), `${name} as a statement`);
      refuses(receiveAllianceCheck({ value: withKey(value, 'perspectives', name, { answers: {}, completed: true }) }), `${name} as a side`);
    }
    refuses(receiveAllianceCheck({ value: { ...json(value), perspectives: { client: { ...side([5, 3, 5, 4, 3, 5]), answers: { ...answers([5, 3, 5, 4, 3, 5]), 'bond-4': 3 } } } } }), 'a statement of the full check in a short one');
    refuses(receiveAllianceCheck({ value: { ...json(value), schemaVersion: 2 } }), 'a newer version');
    refuses(receiveAllianceCheck({}), 'no document');

    const clientDoc = { ...json(value), perspectives: { client: side([5, 3, 5, 4, 3, 5]) } };
    const professionalDoc = { ...json(value), perspectives: { professional: side([2, 4, 3, 1, 4, 4]) } };
    const merged = mergeDevices(clientDoc, JSON.stringify(professionalDoc));
    assert.equal(merged.status, 201, JSON.stringify(merged.body));
    assert.deepEqual(Object.keys(merged.store.value.perspectives), ['client', 'professional']);
    assert.equal(merged.store.value.completed, true);
    assert.deepEqual(merged.store.result, ok.store.result);
    const otherSession = mergeDevices(clientDoc, { ...professionalDoc, session: 4 });
    refuses(otherSession, 'two documents of another session');
    assert.deepEqual(otherSession.body.issues.map((i) => i.code), ['different_session']);
  });
});
