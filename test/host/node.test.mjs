// The model entry points run in Node without a DOM, so a back end can validate and re-score.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = (name) => JSON.parse(readFileSync(new URL(`../../packages/${name}/package.json`, import.meta.url)));

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

  it('scores a workability check and aggregates anonymously with no DOM present', async () => {
    const model = await import('@goesting/workability/model');
    const value = { ...model.emptyWorkabilityValue('pulse'), answers: Object.fromEntries(model.PULSE_ITEMS.map((item) => [item.id, 2])), completed: true };
    assert.equal(model.parseWorkabilityValue(value).ok, true);
    const result = model.scoreWorkability(value, { team: 'seven' });
    assert.equal(model.checkCompleteEventSchema.safeParse({ widget: 'workability-check', schemaVersion: 1, value, result }).success, true);
    const teams = [{ id: 'dept' }, { id: 'seven', parent: 'dept' }, { id: 'five', parent: 'dept' }, { id: 'four', parent: 'dept' }];
    const responses = [...Array(7).fill({ ...result, team: 'seven' }), ...Array(5).fill({ ...result, team: 'five' }), ...Array(4).fill({ ...result, team: 'four' })];
    const aggregate = model.aggregateWorkability(responses, { teams });
    assert.deepEqual(aggregate.waves[0].groups.map((g) => [g.id, g.status]), [['@organisation', 'shown'], ['dept', 'shown'], ['seven', 'shown'], ['five', 'protected'], ['four', 'limited']]);
  });

  it('loads every locale catalogue in Node', async () => {
    for (const locale of ['nl-BE', 'nl-NL', 'fr-BE', 'en']) {
      const { default: catalogue } = await import(`@goesting/selfscan/locales/${locale}.js`);
      assert.equal(typeof catalogue['item.expertise-self-1'], 'string');
    }
  });

  it('reports the package version in the code', async () => {
    const { VERSION } = await import('../../packages/core/dist/version.js');
    for (const name of ['core', 'selfscan', 'network-circle', 'hope-scale', 'workability', 'goesting']) assert.equal(pkg(name).version, VERSION, name);
  });
});
