import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CONTACT_CONSENT,
  FREQUENCIES,
  QUALITIES,
  SUPPORT_KINDS,
  CENTRE,
  CLIENT_RADIUS,
  OUTER_RADIUS,
  UndoStack,
  cellAt,
  cellPath,
  draftFor,
  movePerson,
  newPersonId,
  personFromDraft,
  removePerson,
  savePerson,
  initialsOf,
  layoutPersonLabels,
  overlap,
  ringLabels,
  sectorLabel,
  wrapLabel,
  PERSON_RADIUS,
  defaultNetworkConfig,
  diffNetworks,
  emptyNetworkValue,
  layoutPeople,
  networkIndicators,
  parseNetworkConfig,
  parseNetworkValue,
  peopleFromCsv,
  peopleToCsv,
  polar,
  ringBounds,
  sectorBounds,
  slotPosition,
  type NetworkConfig,
  type Person,
} from '../src/model/index.js';
import { runCatalogueTests } from '../../core/test/catalogue-suite.js';
import { BUILT_IN_NAMES, keepObjectPrototype } from '../../core/test/model-helpers.js';
import { familyNetwork } from '../../../stories/network-circle/documents.js';

const person = (id: string, sector: string, ring: string, extra: Partial<Person> = {}): Person => ({ id, label: id, sector, ring, gives: [], receives: [], ...extra });

const configWith = (rings: number, sectors: number): NetworkConfig => ({
  rings: Array.from({ length: rings }, (_, i) => ({ id: `r${i}` })),
  sectors: Array.from({ length: sectors }, (_, i) => ({ id: `s${i}`, formal: i === sectors - 1 })),
});

describe('network layout maths', () => {
  for (const [rings, sectors] of [
    [3, 5],
    [2, 3],
    [4, 8],
    [2, 8],
    [4, 3],
  ] as const) {
    it(`maps every cell to a point and back with ${rings} rings and ${sectors} sectors`, () => {
      for (let ring = 0; ring < rings; ring++) {
        for (let sector = 0; sector < sectors; sector++) {
          for (const [slot, count] of [
            [0, 1],
            [3, 7],
            [11, 12],
          ] as const) {
            const point = slotPosition(ring, sector, slot, count, rings, sectors);
            expect(cellAt(point, rings, sectors), `ring ${ring} sector ${sector} slot ${slot}/${count}`).to.deep.equal({ ring, sector });
          }
        }
      }
    });
  }

  it('measures angles clockwise from the top', () => {
    const top = polar(0, 100);
    expect(top.x).to.be.closeTo(CENTRE, 1e-9);
    expect(top.y).to.be.closeTo(CENTRE - 100, 1e-9);
    const right = polar(Math.PI / 2, 100);
    expect(right.x).to.be.closeTo(CENTRE + 100, 1e-9);
    expect(cellAt({ x: CENTRE + 1, y: CENTRE - CLIENT_RADIUS - 5 }, 3, 4)).to.deep.equal({ ring: 0, sector: 0 });
    expect(cellAt({ x: CENTRE - 1, y: CENTRE - CLIENT_RADIUS - 5 }, 3, 4)).to.deep.equal({ ring: 0, sector: 3 });
  });

  it('treats the middle as the client and beyond the edge as the outer ring', () => {
    expect(cellAt({ x: CENTRE, y: CENTRE }, 3, 5)).to.equal(undefined);
    expect(cellAt({ x: CENTRE + OUTER_RADIUS + 40, y: CENTRE }, 3, 5)!.ring).to.equal(2);
  });

  it('splits the space into equal rings and sectors', () => {
    expect(ringBounds(0, 4)).to.deep.equal([CLIENT_RADIUS, CLIENT_RADIUS + 100]);
    expect(ringBounds(3, 4)[1]).to.equal(OUTER_RADIUS);
    expect(sectorBounds(7, 8)[1]).to.be.closeTo(Math.PI * 2, 1e-9);
  });

  it('gives people in one cell distinct places', () => {
    const config = defaultNetworkConfig();
    const people = Array.from({ length: 12 }, (_, i) => person(`p${i}`, 'family', 'close'));
    const points = [...layoutPeople(people, config).values()];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).to.be.greaterThan(10);
  });
});

describe('editing people', () => {
  const config = defaultNetworkConfig();
  const people = [person('a', 'family', 'close'), person('b', 'friends', 'further'), person('c', 'work', 'close')];

  it('starts someone new in the first sector and the middle ring, and copies someone edited', () => {
    expect(draftFor(config)).to.deep.equal({ label: '', sector: 'family', ring: 'close', gives: [], receives: [] });
    expect(draftFor(configWith(2, 3)).ring).to.equal('r1');
    const draft = draftFor(config, people[0]!);
    draft.gives.push('advice');
    expect(people[0]!.gives).to.deep.equal([]);
  });

  it('makes a person of a draft only with a label, trimmed, without empty texts', () => {
    expect(personFromDraft({ ...draftFor(config), label: '   ' })).to.equal(undefined);
    expect(personFromDraft({ ...draftFor(config), label: ' Noor ', note: ' ', helpWith: '' }, () => 'new')).to.deep.equal({
      id: 'new',
      label: 'Noor',
      sector: 'family',
      ring: 'close',
      gives: [],
      receives: [],
    });
    expect(personFromDraft({ ...draftFor(config, people[1]!), note: 'n' })).to.deep.include({ id: 'b', note: 'n' });
  });

  it('gives every new person another id', () => {
    const ids = new Set(Array.from({ length: 500 }, newPersonId));
    expect(ids.size).to.equal(500);
    for (const id of ids) expect(parseNetworkValue({ ...emptyNetworkValue(), people: [person(id, 'family', 'close')] }, config).ok).to.equal(true);
  });

  it('adds, replaces, moves and removes people in new lists', () => {
    const added = savePerson(people, person('d', 'community', 'close'));
    expect([added.added, added.people.map((p) => p.id)]).to.deep.equal([true, ['a', 'b', 'c', 'd']]);
    const replaced = savePerson(people, { ...people[1]!, label: 'Bea' });
    expect([replaced.added, replaced.people[1]!.label, people[1]!.label]).to.deep.equal([false, 'Bea', 'b']);
    expect(movePerson(people, 'b', 'close', 'friends')![1]).to.deep.include({ ring: 'close', sector: 'friends' });
    expect(movePerson(people, 'b', 'further', 'friends')).to.equal(undefined);
    expect(movePerson(people, 'x', 'close', 'family')).to.equal(undefined);
    const removal = removePerson(people, 'b')!;
    expect([removal.people.map((p) => p.id), removal.removed.id, removal.next?.id]).to.deep.equal([['a', 'c'], 'b', 'c']);
    expect(removePerson(people, 'c')!.next?.id).to.equal('b');
    expect(removePerson([people[0]!], 'a')!.next).to.equal(undefined);
    expect(removePerson(people, 'x')).to.equal(undefined);
    expect(people.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('labels in the drawing', () => {
  it('wraps labels at spaces, keeping a long word whole', () => {
    expect(wrapLabel('Maatschappelijk werker OCMW', 16)).to.deep.equal(['Maatschappelijk', 'werker OCMW']);
    expect(wrapLabel('Dirk (papa van de kinderen)', 16)).to.deep.equal(['Dirk (papa van', 'de kinderen)']);
    expect(wrapLabel('Mama', 16)).to.deep.equal(['Mama']);
    expect(wrapLabel('Familie en huisgenoten', 18)).to.deep.equal(['Familie en', 'huisgenoten']);
    expect(wrapLabel('Verpleegkundigenteam', 8)).to.deep.equal(['Verpleegkundigenteam']);
  });

  it('makes initials of up to three words', () => {
    expect(initialsOf('Anna Maria')).to.equal('A.M.');
    expect(initialsOf('Dirk (papa van de kinderen)')).to.equal('D.P.V.');
    expect(initialsOf('élise')).to.equal('É.');
    expect(initialsOf('42')).to.equal('4');
  });

  it('draws a cell as a closed path between its rings and sector lines', () => {
    expect(cellPath(0, 0, 3, 4)).to.match(/^M500\.0 430\.0L.*Z$/);
  });

  it('places every label of the typical family clear of the other labels, the people and the names', () => {
    const config = defaultNetworkConfig();
    const positions = layoutPeople(familyNetwork.people, config);
    const people = familyNetwork.people.map((p) => ({ id: p.id, at: positions.get(p.id)!, name: p.label }));
    const names = [...config.sectors.map((s, i) => sectorLabel(i, config.sectors.length, s.id)), ...ringLabels(['heel dichtbij', 'dichtbij', 'verder weg'], [...positions.values()])];
    const labels = layoutPersonLabels(people, names);
    const boxes = [...[...labels.values()].map((l) => l.box), ...names.map((n) => n.box)];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i} ${j}`).to.equal(0);
    for (const person of people) {
      for (const [id, label] of labels) {
        if (id === person.id) continue;
        const circle = { left: person.at.x - PERSON_RADIUS, top: person.at.y - PERSON_RADIUS, right: person.at.x + PERSON_RADIUS, bottom: person.at.y + PERSON_RADIUS };
        expect(overlap(circle, label.box), `${id} over ${person.id}`).to.equal(0);
      }
    }
  });

  it('puts a ring name at the bottom of its ring when people sit where it would go at the top', () => {
    const top = ringLabels(['a', 'b', 'c'], [])[0]!;
    expect(top.y).to.be.lessThan(CENTRE);
    const moved = ringLabels(['a', 'b', 'c'], [{ x: CENTRE, y: top.y - 5 }])[0]!;
    expect(moved.y).to.be.greaterThan(CENTRE);
  });
});

describe('network indicators', () => {
  const config = defaultNetworkConfig();
  const people = [
    person('mama', 'family', 'very-close', { gives: ['emotional', 'practical', 'company'], receives: ['company'], quality: 'positive', canHelp: true }),
    person('zus', 'family', 'close', { gives: ['advice'], quality: 'stressful' }),
    person('jan', 'friends', 'very-close', { gives: ['company'], receives: ['emotional'] }),
    person('maatschappelijk werker', 'professionals', 'close', { gives: ['advice', 'practical', 'emotional'], canHelp: true }),
  ];

  it('counts per sector, ring and cell, informal against professional', () => {
    const result = networkIndicators(people, config);
    expect(result.total).to.equal(4);
    expect(result.bySector).to.deep.equal({ family: 2, friends: 1, community: 0, work: 0, professionals: 1 });
    expect(result.byRing).to.deep.equal({ 'very-close': 2, close: 2, further: 0 });
    expect(result.bySectorAndRing['family']).to.deep.equal({ 'very-close': 1, close: 1, further: 0 });
    expect(result).to.include({ informal: 3, professional: 1 });
  });

  it('finds reciprocal and stressful ties, helpers, empty sectors and informal people carrying a lot', () => {
    const result = networkIndicators(people, config);
    expect(result.reciprocal).to.deep.equal(['mama', 'jan']);
    expect(result.stressful).to.deep.equal(['zus']);
    expect(result.helpers).to.deep.equal(['mama', 'maatschappelijk werker']);
    expect(result.emptySectors).to.deep.equal(['community', 'work']);
    expect(result.carryingALot).to.deep.equal(['mama']);
  });

  it('describes an empty circle without failing', () => {
    const result = networkIndicators([], config);
    expect(result.total).to.equal(0);
    expect(result.emptySectors).to.have.length(5);
  });
});

describe('comparing circles', () => {
  it('finds added, removed and moved people', () => {
    const before = [person('a', 'family', 'close'), person('b', 'friends', 'further'), person('c', 'work', 'close')];
    const now = [person('a', 'family', 'very-close'), person('c', 'work', 'close'), person('d', 'community', 'further')];
    const diff = diffNetworks(before, now);
    expect(diff.added).to.deep.equal(['d']);
    expect(diff.removed.map((p) => p.id)).to.deep.equal(['b']);
    expect(diff.moved).to.deep.equal([{ id: 'a', from: { ring: 'close', sector: 'family' } }]);
  });
});

/** Text that often starts with what spreadsheets treat specially, and may hold CSV's own special characters. */
const trickyText = (min: number, max: number) =>
  fc
    .tuple(fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', "'=", '=1+1', '-2', '@SUM(A1)'), fc.string({ maxLength: max, unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', "'", '=', '+', '-', '@', '\t', '\r', '\n', 'é', '\uFEFF') }))
    .map(([start, rest]) => (start + rest).slice(0, max))
    .filter((text) => text.length >= min);
const csvId = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/);
const personArbitrary = fc
  .record(
    {
      id: csvId,
      label: trickyText(1, 80),
      sector: csvId,
      ring: csvId,
      gives: fc.uniqueArray(fc.constantFrom(...SUPPORT_KINDS)),
      receives: fc.uniqueArray(fc.constantFrom(...SUPPORT_KINDS)),
      frequency: fc.constantFrom(...FREQUENCIES),
      quality: fc.constantFrom(...QUALITIES),
      canHelp: fc.boolean(),
      helpWith: trickyText(1, 500),
      mayContact: fc.constantFrom(...CONTACT_CONSENT),
      note: trickyText(1, 2000),
    },
    { requiredKeys: ['id', 'label', 'sector', 'ring', 'gives', 'receives'] },
  )
  .map((p) => p as Person);

/** A plain RFC 4180 reader, independent of the package's own: rows of decoded cell texts. */
function readCsvCells(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') rows.at(-1)!.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(cell), (cell = ''), rows.push([]), i++;
    else cell += ch;
  }
  return rows.filter((row) => row.length);
}

describe('CSV', () => {
  it('round-trips every field, also commas, quotes, line breaks and formula-like text', () => {
    const people = [
      person('a', 'family', 'close', {
        label: 'Oma "Lien", van hier',
        gives: ['emotional', 'company'],
        receives: ['practical'],
        frequency: 'weekly',
        quality: 'mixed',
        canHelp: true,
        helpWith: 'boodschappen; koken',
        mayContact: 'ask',
        note: 'eerste regel\ntweede regel',
      }),
      person('b', 'work', 'further', { label: '=SUM(A1)', canHelp: false }),
    ];
    const csv = peopleToCsv(people);
    expect(csv.split('\r\n')[0]).to.equal('id,label,sector,ring,gives,receives,frequency,quality,canHelp,helpWith,mayContact,note');
    expect(csv).to.contain("'=SUM(A1)");
    expect(peopleFromCsv(csv)).to.deep.equal(people);
  });

  it('keeps a leading apostrophe that was already in the text', () => {
    const labels = ["'=SUM(A1)", "'", "''", "'+32 470", "'@home", "'gewoon", "-", "=", "+", "@"];
    const people = labels.map((label, i) => person(`p${i}`, 'family', 'close', { label, note: label, helpWith: label }));
    expect(peopleFromCsv(peopleToCsv(people)).map((p) => [p.label, p.note, p.helpWith])).to.deep.equal(labels.map((l) => [l, l, l]));
  });

  it('reads back every circle it writes, whatever the texts hold (property)', () => {
    fc.assert(
      fc.property(fc.array(personArbitrary, { maxLength: 8 }), (people) => {
        expect(peopleFromCsv(peopleToCsv(people))).to.deep.equal(people);
      }),
      { numRuns: 300 },
    );
  });

  it('starts no cell with a character a spreadsheet would run as a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(personArbitrary, { minLength: 1, maxLength: 8 }), (people) => {
        for (const row of readCsvCells(peopleToCsv(people))) for (const value of row) expect(value, JSON.stringify(value)).to.not.match(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });

  it('writes one row per person', () => {
    const csv = peopleToCsv([person('a', 'family', 'close'), person('b', 'family', 'close')]);
    expect(csv.trim().split('\r\n')).to.have.length(3);
  });
});

describe('undo stack', () => {
  it('undoes and redoes, and drops redo steps after a new change', () => {
    const stack = new UndoStack<number>();
    stack.record(1);
    stack.record(2);
    expect(stack.undo(3)).to.equal(2);
    expect(stack.undo(2)).to.equal(1);
    expect(stack.undo(1)).to.equal(undefined);
    expect(stack.redo(1)).to.equal(2);
    stack.record(2);
    expect(stack.canRedo).to.equal(false);
  });
});

describe('parsing host input', () => {
  const config = defaultNetworkConfig();
  it('refuses configs with too few or too many rings and sectors, or duplicate ids', () => {
    expect(parseNetworkConfig(configWith(2, 3)).ok).to.equal(true);
    expect(parseNetworkConfig(configWith(4, 8)).ok).to.equal(true);
    expect(parseNetworkConfig(configWith(1, 5)).ok).to.equal(false);
    expect(parseNetworkConfig(configWith(5, 5)).ok).to.equal(false);
    expect(parseNetworkConfig(configWith(3, 2)).ok).to.equal(false);
    expect(parseNetworkConfig(configWith(3, 9)).ok).to.equal(false);
    const dup = parseNetworkConfig({ rings: [{ id: 'a' }, { id: 'a' }], sectors: configWith(2, 3).sectors });
    expect(!dup.ok && dup.issues[0]!.code).to.equal('duplicate_id');
  });

  it('refuses unknown sectors and rings, duplicate people and very long names', () => {
    const value = { ...emptyNetworkValue(), people: [person('a', 'mars', 'close'), person('a', 'family', 'far')] };
    const parsed = parseNetworkValue(value, config);
    expect(!parsed.ok && parsed.issues.map((i) => i.code)).to.deep.equal(['unknown_sector', 'duplicate_id', 'unknown_ring']);
    const long = parseNetworkValue({ ...emptyNetworkValue(), people: [person('a', 'family', 'close', { label: 'x'.repeat(10_000) })] }, config);
    expect(!long.ok && long.issues[0]!.path).to.equal('people[0].label');
  });

  it('refuses bad JSON and future versions', () => {
    const bad = parseNetworkValue('{', config);
    expect(!bad.ok && bad.code).to.equal('invalid-json');
    const future = parseNetworkValue({ ...emptyNetworkValue(), schemaVersion: 3 }, config);
    expect(!future.ok && future.code).to.equal('unsupported-version');
  });
});

describe('texts', () => {
  runCatalogueTests('network-circle');
});

describe('the value contract with a back end', () => {
  const config = defaultNetworkConfig();
  keepObjectPrototype();

  it('refuses people whose ids are built-in member names, and handles unchecked ones as plain ids everywhere', () => {
    const people = BUILT_IN_NAMES.map((id, i) => person(id, i % 2 ? 'family' : 'friends', 'close', { gives: ['emotional', 'practical', 'advice'], receives: ['company'], canHelp: true }));
    const text = JSON.stringify({ ...emptyNetworkValue(), people });
    const parsed = parseNetworkValue(text, config);
    expect(!parsed.ok && parsed.code).to.equal('invalid-value');
    expect(!parsed.ok && parsed.issues.map((i) => [i.path, i.code])).to.deep.equal(BUILT_IN_NAMES.map((_, i) => [`people[${i}].id`, 'reserved_id']));
    // A back end that skips the parse still gets counts, never members of Object.prototype.
    const result = networkIndicators(people, config);
    expect(result.total).to.equal(BUILT_IN_NAMES.length);
    for (const list of [result.reciprocal, result.helpers, result.carryingALot]) expect(list).to.deep.equal(BUILT_IN_NAMES);
    const diff = diffNetworks(people.slice(0, 3), [{ ...people[0]!, ring: 'further' }, ...people.slice(3)]);
    expect(diff).to.deep.equal({ added: BUILT_IN_NAMES.slice(3), removed: people.slice(1, 3), moved: [{ id: 'constructor', from: { ring: 'close', sector: 'friends' } }] });
    expect(peopleFromCsv(peopleToCsv(people))).to.deep.equal(people);
    expect([...layoutPeople(people, config).keys()].sort()).to.deep.equal([...BUILT_IN_NAMES].sort());
    const twice = parseNetworkValue({ ...emptyNetworkValue(), people: [person('p1', 'family', 'close'), person('p1', 'friends', 'close')] }, config);
    expect(!twice.ok && twice.issues[0]!.code).to.equal('duplicate_id');
  });

  it('refuses rings and sectors named like built-in object members, with a clear issue', () => {
    for (const name of BUILT_IN_NAMES) {
      const sectors = JSON.stringify({ rings: configWith(2, 3).rings, sectors: [{ id: name }, { id: 'b' }, { id: 'c' }] });
      const parsed = parseNetworkConfig(sectors);
      expect(!parsed.ok && parsed.issues.map((i) => [i.path, i.code]), name).to.deep.equal([['sectors[0].id', 'reserved_id']]);
      const rings = parseNetworkConfig({ rings: [{ id: 'a' }, { id: name }], sectors: configWith(2, 3).sectors });
      expect(!rings.ok && rings.issues.map((i) => [i.path, i.code]), name).to.deep.equal([['rings[1].id', 'reserved_id']]);
    }
  });

  it('counts unchecked people in unknown or built-in rings and sectors nowhere, and only with numbers', () => {
    const strays = BUILT_IN_NAMES.flatMap((name, i) => [person(`s${i}`, name, 'close'), person(`r${i}`, 'family', name)]);
    const result = networkIndicators([person('a', 'family', 'close'), ...strays], config);
    expect(result.bySector).to.deep.equal({ family: 1 + BUILT_IN_NAMES.length, friends: 0, community: 0, work: 0, professionals: 0 });
    expect(result.byRing).to.deep.equal({ 'very-close': 0, close: 1 + BUILT_IN_NAMES.length, further: 0 });
    expect(result.bySectorAndRing['family']).to.deep.equal({ 'very-close': 0, close: 1, further: 0 });
    for (const record of [result.bySector, result.byRing, ...Object.values(result.bySectorAndRing)]) {
      expect(Object.getPrototypeOf(record)).to.equal(Object.prototype);
      for (const count of Object.values(record)) expect(Number.isInteger(count)).to.equal(true);
    }
  });

  it('refuses people with values outside the lists or of another type', () => {
    const bad: Partial<Record<keyof Person, unknown>>[] = [
      { gives: ['money'] },
      { gives: 'emotional' },
      { receives: [1] },
      { quality: 'great' },
      { frequency: 'yearly' },
      { mayContact: true },
      { canHelp: 'yes' },
      { ring: 3 },
      { label: '' },
      { label: 12 },
      { note: null },
      { id: 'has space' },
    ];
    for (const fields of bad) {
      const parsed = parseNetworkValue({ ...emptyNetworkValue(), people: [{ ...person('a', 'family', 'close'), ...fields }] }, config);
      expect(!parsed.ok && parsed.issues[0]!.path.startsWith(`people[0].${Object.keys(fields)[0]}`), JSON.stringify(fields)).to.equal(true);
    }
  });

  it('refuses a document of another widget or another version', () => {
    const selfscan = { schemaVersion: 1, instrument: 'goesting-selfscan-quick@1', answers: {}, flags: [], energy: {}, completed: false };
    expect(parseNetworkValue(selfscan, config).ok).to.equal(false);
    for (const schemaVersion of [0, '1', 1.5, null]) expect(parseNetworkValue({ ...emptyNetworkValue(), schemaVersion }, config).ok, JSON.stringify(schemaVersion)).to.equal(false);
    const future = parseNetworkValue({ ...emptyNetworkValue(), schemaVersion: 2 }, config);
    expect(!future.ok && future.code).to.equal('unsupported-version');
  });
});
