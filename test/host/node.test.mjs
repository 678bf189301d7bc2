// Every package imports in Node without a DOM, and the model entry points run there, so a back end
// can validate and re-score what the widgets send.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = new URL('../../', import.meta.url);
const json = (path) => JSON.parse(readFileSync(new URL(path, ROOT)));
const pkg = (name) => json(`packages/${name}/package.json`);

/**
 * Every published workspace package (private ones, such as the reference portal, are skipped) with
 * its JavaScript entry points, read from the root `workspaces` and each package's `exports` map
 * (patterns such as `./locales/*.js` expanded from the files they match): a new widget package is
 * covered here as soon as it is a workspace.
 */
const PACKAGES = json('package.json').workspaces.filter((dir) => !json(`${dir}/package.json`).private).map((dir) => {
  const manifest = json(`${dir}/package.json`);
  const entries = Object.entries(manifest.exports).flatMap(([sub, target]) => {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.js')) return [];
    if (!sub.includes('*')) return [manifest.name + sub.slice(1)];
    const [prefix, suffix] = file.split('*');
    const folder = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    const start = prefix.slice(folder.length);
    return readdirSync(new URL(`${dir}/${folder}`, ROOT))
      .filter((name) => name.startsWith(start) && name.endsWith(suffix))
      .map((name) => manifest.name + sub.slice(1).replace('*', name.slice(start.length, name.length - suffix.length)));
  });
  return { dir, name: manifest.name, entries };
});

/** Imports `specifier` in a fresh Node process (no DOM, nothing imported before it) and reports what it saw. */
async function importAlone(specifier, nodeArgs = []) {
  const probe = `
    const before = new Set(Object.keys(globalThis));
    const module = await import(${JSON.stringify(specifier)});
    console.log(JSON.stringify({
      exports: Object.keys(module),
      document: typeof document,
      window: typeof window,
      globals: Object.keys(globalThis).filter((key) => !before.has(key)),
    }));`;
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [...nodeArgs, '--input-type=module', '-e', probe], { cwd: ROOT });
  return { ...JSON.parse(stdout), stderr };
}

describe('every package imported in Node', () => {
  it('lists every entry point of every package', () => {
    const all = PACKAGES.flatMap((p) => p.entries);
    for (const expected of ['@goesting/core', '@goesting/core/model', '@goesting/core/define-provider.js', '@goesting/core/locales/fr-BE.js', 'goesting', 'goesting/goesting.js']) {
      assert.ok(all.includes(expected), expected);
    }
    for (const widget of PACKAGES.filter((p) => p.dir.startsWith('packages/') && all.includes(`${p.name}/define.js`))) {
      for (const sub of ['', '/model', '/define.js']) assert.ok(widget.entries.includes(widget.name + sub), widget.name + sub);
      // Locale files are nl-BE.js, or one per tag (check-nl-BE.js) where a package has several tags.
      for (const locale of ['nl-BE', 'en']) assert.ok(widget.entries.some((entry) => entry.startsWith(`${widget.name}/locales/`) && entry.endsWith(`${locale}.js`)), `${widget.name} ${locale}`);
      assert.ok(all.includes(`goesting/goesting-${widget.name.split('/')[1]}.js`), `CDN file of ${widget.name}`);
    }
  });

  for (const { name, entries } of PACKAGES) {
    for (const specifier of entries) {
      it(`imports ${specifier} alone, without a DOM, silently`, async () => {
        const seen = await importAlone(specifier);
        assert.equal(seen.stderr, '', 'no warning or error printed');
        assert.equal(seen.document, 'undefined');
        assert.equal(seen.window, 'undefined');
        if (!specifier.endsWith('.js')) assert.ok(seen.exports.length > 0, `${name} exports something`);
        // Model entry points are pure: they touch no global but zod's own registry.
        if (specifier.endsWith('/model')) assert.deepEqual(seen.globals.filter((key) => !key.startsWith('__zod')), []);
      });
    }
  }

  // A serverless or edge back end bundles with the `browser` condition and still has no DOM:
  // the model entry points must not need one either.
  for (const specifier of PACKAGES.flatMap((p) => p.entries.filter((e) => e.endsWith('/model')))) {
    it(`imports ${specifier} with the browser export condition and no DOM`, async () => {
      const seen = await importAlone(specifier, ['--conditions=browser']);
      assert.equal(seen.stderr, '');
      assert.ok(seen.exports.length > 0);
    });
  }

  it('imports every entry point in one process, in reverse order, with no clash', async () => {
    const warn = console.warn;
    const warnings = [];
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      for (const specifier of PACKAGES.flatMap((p) => p.entries).reverse()) {
        const module = await import(specifier);
        if (specifier.includes('/locales/')) assert.ok(Object.keys(module.default).length > 0, specifier);
      }
    } finally {
      console.warn = warn;
    }
    // The same copy imported through several entry points defines each tag once, with no warning.
    assert.deepEqual(warnings, []);
    assert.equal(typeof globalThis.document, 'undefined');
  });
});

describe('the model in Node', () => {
  it('scores and validates a self-scan with no DOM present', async () => {
    assert.equal(typeof globalThis.document, 'undefined');
    const model = await import('@goesting/selfscan/model');
    const instrument = model.defaultInstrument('full');
    const value = { ...model.emptySelfscanValue(instrument), answers: Object.fromEntries(instrument.items.map((i) => [i.id, 4])) };
    const result = model.scoreSelfscan(instrument, value);
    assert.deepEqual(result.pillars, { expertise: 4, alliance: 4, hope: 4, reflection: 4 });
    assert.equal(model.completeEventSchema.safeParse({ widget: 'selfscan', schemaVersion: 1, value, result }).success, true);
    const bad = model.parseSelfscanValue({ ...value, answers: { nope: 9 } }, instrument);
    assert.equal(bad.ok, false);
  });

  it('validates a network circle and computes its indicators with no DOM present', async () => {
    const model = await import('@goesting/network-circle/model');
    const config = model.defaultNetworkConfig();
    const value = { ...model.emptyNetworkValue(), people: [{ id: 'a', label: 'Mama', sector: 'family', ring: 'very-close', gives: ['emotional'], receives: ['company'] }] };
    assert.equal(model.parseNetworkValue(value, config).ok, true);
    assert.deepEqual(model.networkIndicators(value.people, config).reciprocal, ['a']);
    assert.deepEqual(model.peopleFromCsv(model.peopleToCsv(value.people)), value.people);
  });

  it('scores a hope pack with no DOM present', async () => {
    const model = await import('@goesting/hope-scale/model');
    const pack = model.defaultPack('adult');
    const value = { ...model.emptyHopeValue('goal-hope', pack), answers: Object.fromEntries(pack.items.map((item) => [item.id, 8])) };
    assert.equal(model.parseHopeValue(value, pack).ok, true);
    assert.deepEqual(model.scoreHope(value, [], pack).total, { score: 48, min: 6, max: 48, missing: [] });
  });

  it('validates and core-checks host input with @goesting/core/model', async () => {
    const core = await import('@goesting/core/model');
    assert.deepEqual(core.parseJsonInput('{"a":1}'), { ok: true, data: { a: 1 } });
    const bad = core.parseJsonInput('{not json');
    assert.equal(bad.ok, false);
    assert.equal(bad.code, 'invalid-json');
    assert.deepEqual(core.GOESTING_EVENTS, ['goesting-change', 'goesting-complete', 'goesting-error']);
  });

  // What a back end does with a goesting-complete it receives: check it against the JSON Schema the
  // build wrote, parse it with the model, score the value again and compare with the result sent.
  const received = {
    selfscan: async () => {
      const model = await import('@goesting/selfscan/model');
      const instrument = model.defaultInstrument('quick');
      const value = { ...model.emptySelfscanValue(instrument), answers: Object.fromEntries(instrument.items.map((item, i) => [item.id, 1 + (i % 5)])), completed: true, date: '2026-11-02' };
      return { model, detail: { widget: 'selfscan', schemaVersion: 1, value, result: model.scoreSelfscan(instrument, value) }, rescore: (v) => model.scoreSelfscan(instrument, v) };
    },
    'network-circle': async () => {
      const model = await import('@goesting/network-circle/model');
      const config = model.defaultNetworkConfig();
      const people = [
        { id: 'a', label: 'Mama', sector: 'family', ring: 'very-close', gives: ['emotional'], receives: ['company'] },
        { id: 'b', label: 'Yusuf', sector: 'friends', ring: 'close', gives: [], receives: ['practical'], quality: 'mixed' },
      ];
      const value = { ...model.emptyNetworkValue(), people, completed: true };
      return { model, detail: { widget: 'network-circle', schemaVersion: 1, value, result: model.networkIndicators(people, config) }, rescore: (v) => model.networkIndicators(v.people, config) };
    },
    'hope-scale': async () => {
      const model = await import('@goesting/hope-scale/model');
      const pack = model.defaultPack('adult');
      const value = { ...model.emptyHopeValue('goal-hope', pack), answers: Object.fromEntries(pack.items.map((item, i) => [item.id, 1 + (i % 8)])), completed: true };
      return { model, detail: { widget: 'hope-scale', schemaVersion: 1, value, result: model.scoreHope(value, [], pack) }, rescore: (v) => model.scoreHope(v, [], pack) };
    },
  };
  for (const [widget, make] of Object.entries(received)) {
    it(`re-scores a received ${widget} completion and rejects a tampered one`, async () => {
      const { model, detail, rescore } = await make();
      const sent = JSON.parse(JSON.stringify(detail));
      const schema = json(`packages/${widget}/dist/schemas/${widget}-complete-event.json`);
      const validate = new Ajv2020({ strict: false }).compile(schema);
      assert.ok(validate(sent), JSON.stringify(validate.errors));
      assert.equal(model.completeEventSchema.safeParse(sent).success, true);
      assert.deepEqual(rescore(sent.value), sent.result);
      const tampered = { ...sent, value: { ...sent.value, schemaVersion: 99 } };
      assert.equal(validate(tampered) && model.completeEventSchema.safeParse(tampered).success, false);
    });
  }

  it('validates a reflection card, lists open actions and reads its Markdown back with no DOM present', async () => {
    const model = await import('@goesting/reflection-card/model');
    const earlier = { ...model.emptyReflectionValue('gibbs'), id: 'c1', action: { text: 'Vaker doorvragen', due: '2026-12-01' }, completed: true };
    const value = { ...model.emptyReflectionValue('starrt', { pillar: 'reflection', dimension: 'self' }), steps: { situation: '<b>Team</b> overleg' }, review: { c1: 'carried' } };
    assert.equal(model.parseReflectionValue(value).ok, true);
    assert.deepEqual(model.summariseReflection(value, [earlier]).openActions.map((a) => a.card), ['c1']);
    const labels = { title: 'Card', template: 'STARR(T)', step: (id) => id, takeaway: 'Takeaway', action: 'Action', view: (i) => `Peer ${i + 1}` };
    const back = model.reflectionFromMarkdown(model.reflectionToMarkdown(value, labels));
    // Id-keyed records come back without a prototype, so an id like "constructor" stays a plain key: compare as JSON.
    assert.ok(back.ok);
    assert.deepEqual(JSON.parse(JSON.stringify(back.data)), JSON.parse(JSON.stringify(value)));
    assert.equal(Object.getPrototypeOf(back.data.steps), null);
    assert.equal(model.parseReflectionValue({ ...value, template: 'other' }).ok, false);
  });

  it('ingests a workability check on the server and releases an anonymous aggregate with no DOM present', async () => {
    const model = await import('@goesting/workability/model');
    const server = await import('@goesting/workability/server');
    const value = { ...model.emptyWorkabilityValue('pulse'), answers: Object.fromEntries(model.PULSE_ITEMS.map((item) => [item.id, 2])), completed: true };
    const teams = [{ id: 'dept' }, { id: 'seven', parent: 'dept' }, { id: 'five', parent: 'dept' }, { id: 'four', parent: 'dept' }];
    const detail = (team) => ({ widget: 'workability-check', schemaVersion: 1, value, result: model.scoreWorkability(value, { team }) });
    const records = ['seven', 'five', 'four'].flatMap((team, k) => Array.from({ length: [7, 5, 4][k] }, () => server.ingestWorkability(detail(team), { teams })));
    assert.ok(records.every((r) => r.ok));
    const released = server.releaseWorkability(records.map((r, id) => ({ id, ...r.data })), { release: 'r1', teams });
    assert.ok(released.ok);
    const validate = new Ajv2020({ strict: false }).compile(json('packages/workability/dist/schemas/workability-aggregate.json'));
    assert.ok(validate(released.data.aggregate), JSON.stringify(validate.errors));
    assert.deepEqual(released.data.aggregate.waves[0].groups.map((g) => [g.id, g.status]), [['@organisation', 'shown'], ['dept', 'shown'], ['seven', 'shown'], ['five', 'protected'], ['four', 'limited']]);
  });

  it('loads every locale catalogue in Node', async () => {
    for (const locale of ['nl-BE', 'nl-NL', 'fr-BE', 'en']) {
      const { default: catalogue } = await import(`@goesting/selfscan/locales/${locale}.js`);
      assert.equal(typeof catalogue['item.expertise-self-1'], 'string');
      const { default: card } = await import(`@goesting/reflection-card/locales/${locale}.js`);
      assert.equal(typeof card['step.korthagen.action'], 'string');
    }
  });

  it('reports the package version in the code', async () => {
    const { VERSION } = await import('../../packages/core/dist/version.js');
    for (const name of ['core', 'selfscan', 'network-circle', 'hope-scale', 'reflection-card', 'workability', 'goesting']) assert.equal(pkg(name).version, VERSION, name);
  });
});
