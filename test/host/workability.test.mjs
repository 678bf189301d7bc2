import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ingestWorkability, releaseWorkability } from '@goesting/workability/server';
import { hearCompletions, useHost, requestedFiles } from './harness.mjs';

const TEAMS = [
  { id: 'noord', label: 'Afdeling Noord' },
  { id: 'team-a', label: 'Team A', parent: 'noord' },
  { id: 'team-b', label: 'Team B', parent: 'noord' },
  { id: 'team-c', label: 'Team C', parent: 'noord' },
];
const WAVES = [{ id: 'w0', label: 'Najaar 2025' }, { id: 'w1', label: 'Voorjaar 2026' }];

/** What the portal's back end holds: checks ingested on the server, then one release. */
function releasedAggregate() {
  const records = [];
  const add = (team, wave, count, answer) => {
    for (let i = 0; i < count; i++) {
      const answers = Object.fromEntries(['stress', 'motivation', 'learning', 'balance', 'workload', 'emotional', 'variety', 'autonomy', 'support', 'physical'].map((c, k) => [`${c}-1`, answer(i, k)]));
      const detail = { widget: 'workability-check', schemaVersion: 1, value: { schemaVersion: 1, variant: 'pulse', answers, completed: true }, result: { team, wave } };
      const ingested = ingestWorkability(detail, { teams: TEAMS, waves: WAVES, day: '2026-03-0' + (1 + (i % 9)) });
      assert.ok(ingested.ok);
      records.push({ id: records.length + 1, ...ingested.data });
    }
  };
  const calm = (i, k) => 1 + ((i + k) % 3);
  const busy = (i, k) => 2 + ((i * 7 + k) % 3);
  add('team-a', 'w0', 8, calm), add('team-b', 'w0', 6, busy), add('team-c', 'w0', 6, busy);
  add('team-a', 'w1', 7, calm), add('team-b', 'w1', 5, busy), add('team-c', 'w1', 4, busy);
  const released = releaseWorkability(records, { release: 'r1', teams: TEAMS, waves: WAVES });
  assert.ok(released.ok);
  return released.data.aggregate;
}

describe('the workability CDN file in a plain HTML page', () => {
  const host = useHost({ files: { '/api/releases/latest': JSON.stringify(releasedAggregate()) } });

  it('gives a check completed by keyboard and a report of a released aggregate that hides the team protecting a smaller one', async () => {
    const { page, seen } = await host.open('about:blank');
    const bodies = [];
    page.on('response', async (response) => bodies.push(await response.text().catch(() => '')));
    await page.goto(`${host.origin}/test/host/pages/workability.html`);
    const completions = await hearCompletions(page);
    const check = page.locator('goesting-workability-check');
    await check.locator('input[type=radio]').first().focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press(i % 3 ? 'ArrowRight' : 'Space');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const received = await completions();
    assert.equal(received.length, 1);
    assert.equal(received[0].widget, 'workability-check');
    assert.deepEqual([received[0].result.team, received[0].result.wave], ['team-a', 'w1']);
    // The personal result, whose view loads the first time it is shown.
    await check.locator('#result-title').waitFor();

    const report = page.locator('goesting-workability-report');
    await page.waitForFunction(() => window.reportReady);
    assert.equal(await report.locator('table.teams tr[data-group="team-b"]').getAttribute('data-status'), 'protected');
    assert.equal(await report.locator('table.teams tr[data-group="team-c"]').getAttribute('data-status'), 'limited');
    assert.match(await report.locator('[part=hidden] li').innerText(), /Team B toont geen cijfers/);
    assert.match(await report.locator('[part=reference]').innerText(), /Andere vragenlijst, niet rechtstreeks vergelijkbaar/);
    // The workability module and the chunks it imports from the same folder, then the release.
    assert.deepEqual(
      requestedFiles(seen),
      ['/test/host/pages/workability.html', '/packages/goesting/dist/goesting-workability.js', '/api/releases/latest'],
    );
    // Nothing the HR page received or the report exposes is a person's record: no scores per
    // person, no days, no figures of a group below the minimum.
    const exposed = [bodies.find((b) => b.startsWith('{"schemaVersion"')), await report.evaluate((el) => JSON.stringify(el.aggregate) + el.shadowRoot.innerHTML)].join('\n');
    assert.doesNotMatch(exposed, /"scores"|"zones"|"day"|2026-03-0\d/);
    const teamC = await report.evaluate((el) => el.aggregate.waves[1].groups.find((g) => g.id === 'team-c'));
    assert.deepEqual(Object.keys(teamC).sort(), ['depth', 'id', 'label', 'parent', 'status']);
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  });
});
