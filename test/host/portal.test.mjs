// The reference HR portal end to end, on PGlite and, when DATABASE_URL is set, on PostgreSQL:
// employees fill in the check by keyboard and the server scores it again and stores the minimum;
// HR releases anonymous aggregates in Chromium and never receives anything about one person; the
// release ledger holds back groups that a new release would give away; the focus plan HR chooses
// is stored and comes back on the next visit; a restart loses nothing; waves close, and a portal
// that releases closed waves only keeps the open one pending.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PULSE_ITEMS } from '@goesting/workability/model';
import { useHost } from './harness.mjs';
import { startPortal } from '../../packages/portal/server.mjs';

const OPEN_WAVE = { id: '2026-najaar', label: 'Najaar 2026' };
const CLOSED_WAVE = '2026-voorjaar';

/** Answers to the ten pulse statements (1 nooit … 4 altijd): no strain at all, and strain everywhere. */
const GOOD = [1, 4, 4, 4, 1, 1, 4, 4, 4, 4];
const STRAINED = [4, 3, 3, 2, 4, 4, 2, 2, 2, 2];

/** A fresh, empty database per suite: a temporary PGlite folder, or a schema of its own in PostgreSQL (dropped after). */
const BACKENDS = [
  {
    name: 'PGlite',
    fresh() {
      const dataDir = mkdtempSync(join(tmpdir(), 'goesting-portal-'));
      return { database: { dataDir, url: '' }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'PostgreSQL',
          fresh() {
            const schema = `portal_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
            return {
              database: { url: process.env.DATABASE_URL, schema },
              async cleanup() {
                const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
                await client.connect();
                await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
                await client.end();
              },
            };
          },
        },
      ]
    : []),
];

/** A check's `goesting-complete` detail as a browser would send it; `result` may be forged. */
function detail({ team = 'onthaal', wave = OPEN_WAVE.id, answers = GOOD, result } = {}) {
  const value = { schemaVersion: 1, variant: 'pulse', answers: Object.fromEntries(PULSE_ITEMS.map((item, i) => [item.id, answers[i]])), completed: true, date: '2026-03-02' };
  return { widget: 'workability-check', schemaVersion: 1, value, result: result ?? { schemaVersion: 1, variant: 'pulse', team, wave, scores: {}, zones: {}, werkbaar: null } };
}

const postJson = (origin, path, body, headers = {}) =>
  fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** What the database holds, for comparing before and after. */
async function counts(db) {
  const [row] = await db.query(
    'SELECT (SELECT count(*) FROM records)::int AS records, (SELECT count(*) FROM releases)::int AS releases, (SELECT count(*) FROM ledger)::int AS ledger',
  );
  return row;
}

const groupOf = (aggregate, id, wave = OPEN_WAVE.id) => aggregate.waves.find((w) => w.id === wave).groups.find((g) => g.id === id);

/**
 * Everything in a JSON document HR's browser received that would say something about one person
 * or one record: per-person scores, zones or werkbaar, answers, days or dates, record ids, ledger
 * entries, and figures of a group that may not show them.
 */
function recordLevelData(doc, where) {
  const found = [];
  const minimum = doc && typeof doc === 'object' && Number.isInteger(doc.minGroupSize) ? doc.minGroupSize : 5;
  const walk = (node, path) => {
    if (typeof node === 'string' && /\d{4}-\d{2}-\d{2}|T\d\d:\d\d/.test(node)) found.push(`${where}${path}: a date or time "${node}"`);
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}[${i}]`));
    for (const [key, value] of Object.entries(node)) {
      if (['scores', 'zones', 'werkbaar', 'answers', 'value', 'records', 'ledger', 'entries', 'day', 'date', 'completed', 'created', 'team', 'wave'].includes(key)) {
        found.push(`${where}${path}.${key}`);
      }
      if (key === 'id' && typeof value === 'number') found.push(`${where}${path}.id: a record id`);
      walk(value, `${path}.${key}`);
    }
    if ('status' in node && 'figures' in node) {
      if (node.status !== 'shown') found.push(`${where}${path}: figures of a ${node.status} group`);
      if (!(node.figures?.n >= minimum)) found.push(`${where}${path}: figures of ${node.figures?.n} answers`);
    }
  };
  walk(doc, '');
  return found;
}

for (const backend of BACKENDS) {
  describe(`the reference portal on ${backend.name}`, () => {
    let fresh;
    const host = useHost({ start: () => startPortal({ database: (fresh = backend.fresh()).database }) });
    after(() => fresh?.cleanup());

    /**
     * One employee: opens the page, chooses a team and answers the check with the keyboard alone,
     * and waits for the confirmation. Returns what the page announced.
     */
    async function employee(team, answers) {
      const { page, seen } = await host.open('/');
      const status = page.locator('#status');
      // The live region is on the page, empty, before anything is announced in it.
      assert.deepEqual(await status.evaluate((el) => [el.getAttribute('role'), el.getAttribute('aria-live'), el.textContent]), ['status', 'polite', '']);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'team');
      for (let i = 0; i < 20 && (await page.locator('#team').inputValue()) !== team; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await page.locator('#team').inputValue(), team);
      const check = page.locator('goesting-workability-check');
      await check.locator('input[type=radio]').first().waitFor();
      assert.equal(await check.getAttribute('team'), team);
      for (let i = 0; i < 10 && !(await page.evaluate(() => document.querySelector('goesting-workability-check').shadowRoot.activeElement?.type === 'radio')); i++) {
        await page.keyboard.press('Tab');
      }
      for (const answer of answers) {
        await page.keyboard.press('Space');
        for (let k = 1; k < answer; k++) await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Tab');
      }
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/responses')), page.keyboard.press('Enter')]);
      assert.equal(response.status(), 201);
      assert.deepEqual(await response.json(), { stored: true });
      await status.filter({ hasText: 'Je antwoorden zijn anoniem bewaard.' }).waitFor();
      // The personal result, whose view loads the first time it is shown.
      await check.locator('#result-title').waitFor();
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.pageErrors, []);
      await page.close();
    }

    /** HR's page, recording every response it receives. */
    async function hrPage() {
      const { page, seen } = await host.open('about:blank');
      const received = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        const body = response.text().catch((error) => `unread: ${error.message}`);
        received.push(body.then((text) => ({ path: url.pathname, method: response.request().method(), status: response.status(), type: response.headers()['content-type'] ?? '', body: text })));
      });
      await page.goto(`${host.origin}/hr`);
      return { page, seen, received: async () => Promise.all(received) };
    }

    /** Clicks "Rapport vrijgeven" and waits until the report shows the new release. */
    async function release(page) {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/releases') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Rapport vrijgeven' }).click(),
      ]);
      assert.equal(response.status(), 201);
      const { release: key } = await response.json();
      await page.locator('#release-status').filter({ hasText: `Rapport ${key} is vrijgegeven.` }).waitFor();
      await page.waitForFunction((k) => document.querySelector('goesting-workability-report').aggregate?.release === k, key);
      return page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('goesting-workability-report').aggregate)));
    }

    it('lets employees choose their team and answer by keyboard, and announces that the answers were stored anonymously', async () => {
      const { page } = await host.open('/');
      assert.deepEqual(await page.locator('#team optgroup').evaluateAll((groups) => groups.map((g) => g.label)), ['Ambulante hulpverlening', 'Wonen en opvang', 'Ondersteunende diensten']);
      assert.equal(await page.locator('#team option[value=onthaal]').innerText(), 'Onthaal');
      assert.equal(await page.locator('#check-area').isHidden(), true, 'the check waits for a team');
      assert.match(await page.locator('main').innerText(), /Meting Najaar 2026/);
      await page.close();

      for (const answers of [GOOD, GOOD, STRAINED, GOOD, STRAINED]) await employee('onthaal', answers);
      for (const answers of [GOOD, GOOD, GOOD, STRAINED, GOOD]) await employee('relatie-gezin', answers);
      for (const answers of [STRAINED, GOOD]) await employee('jac', answers);
      for (const answers of [GOOD, STRAINED, STRAINED, GOOD, GOOD, GOOD]) await employee('crisisopvang', answers);
      assert.equal((await counts(host.server.db)).records, 18);
    });

    it('stores what the answers say, not a forged result, and never echoes the record', async () => {
      const forged = detail({
        team: 'onthaal',
        answers: STRAINED,
        result: { schemaVersion: 1, variant: 'pulse', team: 'onthaal', wave: OPEN_WAVE.id, scores: Object.fromEntries(PULSE_ITEMS.map((item) => [item.id.split('-')[0], 4])), werkbaar: true },
      });
      const response = await postJson(host.origin, '/api/responses', forged);
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { stored: true });
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const [row] = await host.server.db.query('SELECT team, wave, day::text AS day, scores, zones, werkbaar FROM records ORDER BY id DESC LIMIT 1');
      assert.equal(row.team, 'onthaal');
      assert.equal(row.wave, OPEN_WAVE.id);
      assert.equal(row.werkbaar, false);
      assert.deepEqual([row.scores.stress, row.zones.stress, row.scores.motivation, row.zones.support], [4, 'red', 3, 'red']);
      assert.match(row.day, /^\d{4}-\d{2}-\d{2}$/);
      // Nothing in the table could point to a person.
      const columns = await host.server.db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'records' AND table_schema = current_schema() ORDER BY column_name");
      assert.deepEqual(columns.map((c) => c.column_name), ['day', 'id', 'scores', 'team', 'wave', 'werkbaar', 'zones']);
    });

    it('refuses invalid bodies with reasons and stores nothing of them', async () => {
      const before = await counts(host.server.db);
      const unanswered = detail();
      delete unanswered.value.answers['physical-1'];
      const cases = [
        ['bad JSON', () => postJson(host.origin, '/api/responses', '{"widget": "workability-check",'), 400, 'invalid_json'],
        ['an unknown team', () => postJson(host.origin, '/api/responses', detail({ team: 'marketing' })), 422, 'unknown_team'],
        ['a department instead of a team', () => postJson(host.origin, '/api/responses', detail({ team: 'ambulant' })), 422, 'unknown_team'],
        ['a closed wave', () => postJson(host.origin, '/api/responses', detail({ wave: CLOSED_WAVE })), 422, 'unknown_wave'],
        ['unanswered statements', () => postJson(host.origin, '/api/responses', unanswered), 422, 'unanswered'],
        ['a body of 1 MB', () => postJson(host.origin, '/api/responses', JSON.stringify({ ...detail(), padding: 'x'.repeat(1024 * 1024) })), 413, 'too_large'],
        ['a form post', () => fetch(`${host.origin}/api/responses`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' }), 415, 'unsupported_media_type'],
        ['another site', () => postJson(host.origin, '/api/responses', detail(), { origin: 'https://elders.example' }), 403, 'forbidden_origin'],
      ];
      for (const [what, request, status, code] of cases) {
        const response = await request();
        assert.equal(response.status, status, what);
        const answer = await response.json();
        assert.equal(answer.stored, false, what);
        assert.ok(answer.issues.some((i) => i.code === code && i.message), `${what}: ${JSON.stringify(answer.issues)}`);
      }
      assert.deepEqual(await counts(host.server.db), before);
    });

    it('releases a report in HR’s browser that shows % werkbaar per group and nothing about one person', async () => {
      const { page, seen, received } = await hrPage();
      const report = page.locator('goesting-workability-report');
      await report.locator('.no-report').waitFor();
      assert.match(await page.locator('#no-releases').innerText(), /nog geen rapport/);
      const aggregate = await release(page);
      assert.equal(aggregate.release, 'r1');

      // The whole organisation: 19 answers, 12 of them without strain.
      assert.match(await report.locator('[part=summary] .big').innerText(), /^63 % heeft werkbaar werk \(19 antwoorden\)\.$/);
      assert.equal(groupOf(aggregate, '@organisation').figures.n, 19);
      assert.equal(groupOf(aggregate, 'crisisopvang').figures.werkbaarPct, 67);
      assert.match(await report.locator('table.teams tr[data-group=crisisopvang]').innerText(), /^Crisisopvang\s+6\s+67 %/);
      // The team of two: a status in words, not one figure.
      assert.equal(groupOf(aggregate, 'jac').status, 'too-few');
      assert.equal(groupOf(aggregate, 'jac').figures, undefined);
      const jacRow = report.locator('table.teams tr[data-group=jac]');
      assert.equal(await jacRow.getAttribute('data-status'), 'too-few');
      assert.doesNotMatch(await jacRow.innerText(), /\d/);
      // One of the two shown-size teams beside it hides, or the department would give the two away.
      assert.ok(['onthaal', 'relatie-gezin'].some((id) => groupOf(aggregate, id).status === 'protected'));
      assert.match(await page.locator('#releases').innerText(), /r1 · \d{1,2} \w+ \d{4}/);

      // Everything this page received and everything the report holds.
      const exposed = await page.evaluate(() => {
        const el = document.querySelector('goesting-workability-report');
        return { aggregate: JSON.parse(JSON.stringify(el.aggregate)), text: el.shadowRoot.textContent };
      });
      const responses = await received();
      const problems = [...recordLevelData(exposed.aggregate, 'report.aggregate')];
      for (const r of responses) {
        if (r.path.startsWith('/assets/')) {
          assert.ok(['/assets/hr.mjs', '/assets/focus-plans.mjs', '/assets/portal.css', '/assets/favicon.svg'].includes(r.path) || /^\/assets\/goesting\/(goesting-workability|chunks\/[\w.-]+)\.js$/.test(r.path), r.path);
          continue;
        }
        if (r.type.startsWith('application/json')) {
          const doc = JSON.parse(r.body);
          // The list of releases: a key and the release's own day, nothing else.
          if (r.path === '/api/releases' && r.method === 'GET') {
            for (const item of doc) assert.deepEqual(Object.keys(item).sort(), ['day', 'release']);
            continue;
          }
          problems.push(...recordLevelData(doc, `${r.method} ${r.path}`));
        } else {
          assert.equal(r.path, '/hr');
          assert.doesNotMatch(r.body, /\d{4}-\d{2}-\d{2}|"scores"|"zones"|"werkbaar"|"records"/);
        }
      }
      assert.deepEqual(problems, []);
      // Besides the release: which groups have a focus plan (none yet), so the page asks for no plan.
      assert.deepEqual([...new Set(responses.filter((r) => r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`))].sort(), [
        'GET /api/focus-plans/workability-report',
        'GET /api/releases',
        'GET /api/releases/latest',
        'POST /api/releases',
      ]);
      assert.equal(responses.find((r) => r.path === '/api/focus-plans/workability-report').body, '[]');
      assert.deepEqual(exposed.aggregate, JSON.parse(responses.find((r) => r.path === '/api/releases/latest').body));
      assert.doesNotMatch(exposed.text, /\d{4}-\d{2}-\d{2}|\d\d:\d\d/);
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.pageErrors, []);
      await page.close();
    });

    it('keeps the focus plan HR chooses in the report, and gives it back on the next visit', async () => {
      const { page, seen } = await hrPage();
      const report = page.locator('goesting-workability-report');
      const plan = report.locator('[part=focus-plan]');
      await plan.getByText('Jullie kozen nog geen focuspunt.').waitFor();
      // By keyboard: the first focus point offered, then the button beside the list.
      const choose = report.getByLabel('Kies een focuspunt');
      await choose.focus();
      const target = await choose.inputValue();
      const option = (await choose.locator(`option[value="${target}"]`).innerText()).trim();
      const label = option.slice(0, option.lastIndexOf(': '));
      await page.keyboard.press('Tab');
      const [saved] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/focus-plans/workability-report/%40organisation') && r.request().method() === 'PUT'),
        page.keyboard.press('Enter'),
      ]);
      assert.equal(saved.status(), 200);
      await plan.locator('#focus-p0-title').filter({ hasText: `Focuspunt 1: ${label}` }).waitFor();
      const stored = await (await fetch(`${host.origin}/api/focus-plans/workability-report/%40organisation`)).json();
      assert.deepEqual([stored.group, stored.wave, stored.points.map((p) => [p.group, p.target])], ['@organisation', OPEN_WAVE.id, [['@organisation', target]]]);

      await page.reload();
      await plan.locator('#focus-p0-title').filter({ hasText: `Focuspunt 1: ${label}` }).waitFor();
      assert.equal(await plan.getByText('Jullie kozen nog geen focuspunt.').count(), 0);
      assert.equal(await page.locator('#focus-plan-status').innerText(), '', 'nothing went wrong');
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.pageErrors, []);
      await page.close();
    });

    it('holds back a team and its parents after one more answer, says why, and shows them again after enough new answers', async () => {
      await employee('crisisopvang', STRAINED);
      const { page, seen } = await hrPage();
      const report = page.locator('goesting-workability-report');
      await report.locator('[part=summary]').waitFor();
      const second = await release(page);
      assert.equal(second.release, 'r2');
      for (const id of ['crisisopvang', 'residentieel', '@organisation']) {
        assert.equal(groupOf(second, id).status, 'held', id);
        assert.deepEqual(groupOf(second, id).heldBy, ['r1'], id);
        assert.equal(groupOf(second, id).figures, undefined, id);
      }
      // The departments that did not change are still shown.
      assert.equal(groupOf(second, 'ambulant').figures.n, 13);
      assert.match(await report.locator('[part=hidden] li[data-group=crisisopvang]').innerText(), /Samen met een eerder rapport \(r1\) zou iemand de antwoorden van minder dan 5 mensen kunnen uitrekenen/);
      assert.match(await report.locator('[part=summary]').innerText(), /eerder rapport/);
      assert.match(await page.locator('#release-status').innerText(), /Sommige groepen tonen nu geen cijfers/);
      assert.equal(JSON.stringify(second).includes('"n":20'), false, 'the organisation’s new count is nowhere');

      for (const answers of [GOOD, GOOD, STRAINED, GOOD]) await employee('crisisopvang', answers);
      const third = await release(page);
      assert.equal(third.release, 'r3');
      assert.deepEqual(
        ['crisisopvang', 'residentieel', '@organisation'].map((id) => [groupOf(third, id).status, groupOf(third, id).figures?.n]),
        [['shown', 11], ['shown', 11], ['shown', 24]],
      );
      assert.equal(await report.locator('[part=hidden] li[data-group=crisisopvang]').count(), 0);
      assert.match(await report.locator('[part=summary] .big').innerText(), /\(24 antwoorden\)/);
      assert.deepEqual(seen.consoleErrors, []);
      await page.close();
    });

    it('keeps every record, release and ledger entry when the server stops in the middle of a wave and starts again', async () => {
      const before = await counts(host.server.db);
      assert.deepEqual([before.records, before.releases], [24, 3]);
      assert.ok(before.ledger > 0);
      const latest = await (await fetch(`${host.origin}/api/releases/latest`)).json();
      const ledger = await host.server.db.query('SELECT release, scope, group_id, min_group_size, records FROM ledger ORDER BY release, scope, group_id');
      const oldOrigin = host.origin;
      await host.server.close();
      await assert.rejects(fetch(`${oldOrigin}/`), 'the old server is gone');
      host.server = await startPortal({ database: fresh.database });

      assert.deepEqual(await counts(host.server.db), before);
      assert.deepEqual(await host.server.db.query('SELECT release, scope, group_id, min_group_size, records FROM ledger ORDER BY release, scope, group_id'), ledger);
      assert.deepEqual(await (await fetch(`${host.origin}/api/releases/latest`)).json(), latest);
      assert.deepEqual((await (await fetch(`${host.origin}/api/releases`)).json()).map((r) => r.release), ['r3', 'r2', 'r1']);
      // The wave is still open, and the ledger still guards: one more answer holds crisisopvang back again.
      await employee('crisisopvang', GOOD);
      const response = await postJson(host.origin, '/api/releases', {});
      assert.equal(response.status, 201);
      const fourth = await response.json();
      assert.equal(fourth.release, 'r4');
      assert.equal(groupOf(fourth, 'crisisopvang').status, 'held');
      assert.ok(groupOf(fourth, 'crisisopvang').heldBy.includes('r3'), 'held by the release before the restart');
    });

    it('closes the wave from HR’s page; an employee who answers after that is told so and keeps the answers', async () => {
      const { page: late } = await host.open('/');
      await late.locator('#team').selectOption('begeleid-wonen');
      const { page, seen } = await hrPage();
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(`/api/waves/${OPEN_WAVE.id}/close`)), page.getByRole('button', { name: 'Meting afsluiten' }).click()]);
      assert.equal(response.status(), 200);
      await page.locator('#wave-status').filter({ hasText: 'De meting Najaar 2026 is afgesloten.' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Meting afsluiten' }).count(), 0);
      assert.deepEqual(await host.server.db.query('SELECT id, open FROM waves ORDER BY position'), [
        { id: CLOSED_WAVE, open: false },
        { id: OPEN_WAVE.id, open: false },
      ]);
      assert.deepEqual(seen.consoleErrors, []);

      // The employee whose page was still open finishes: refused in words, answers kept, a retry offered.
      const check = late.locator('goesting-workability-check');
      await check.locator('input[type=radio]').first().focus();
      for (let i = 0; i < 10; i++) {
        await late.keyboard.press('Space');
        await late.keyboard.press('Tab');
      }
      const [refused] = await Promise.all([late.waitForResponse((r) => r.url().endsWith('/api/responses')), late.keyboard.press('Enter')]);
      assert.equal(refused.status(), 422);
      await late.locator('[role=alert]').filter({ hasText: 'Deze meting is intussen afgesloten.' }).waitFor();
      assert.equal(await late.getByRole('button', { name: 'Opnieuw versturen' }).isVisible(), true);
      assert.equal(await late.evaluate(() => Object.keys(document.querySelector('goesting-workability-check').value.answers).length), 10);
      assert.equal((await counts(host.server.db)).records, 25);
      await late.close();

      const { page: after } = await host.open('/');
      assert.match(await after.locator('#no-wave').innerText(), /Er loopt nu geen meting/);
      assert.equal(await after.locator('goesting-workability-check').count(), 0);
      await after.close();
      const again = await postJson(host.origin, `/api/waves/${OPEN_WAVE.id}/close`, {});
      assert.equal(again.status, 404);
      await page.close();
    });
  });

  describe(`a portal that releases closed waves only, on ${backend.name}`, () => {
    let fresh;
    const host = useHost({ start: () => startPortal({ database: (fresh = backend.fresh()).database, config: { policy: 'closed-waves' } }) });
    after(() => fresh?.cleanup());

    it('keeps the open wave pending until HR closes it, then releases it', async () => {
      for (const answers of [GOOD, GOOD, STRAINED, GOOD, GOOD, STRAINED]) {
        const response = await postJson(host.origin, '/api/responses', detail({ team: 'begeleid-wonen', answers }));
        assert.equal(response.status, 201);
      }
      const { page, seen } = await host.open('/hr');
      assert.match(await page.locator('main').innerText(), /alleen metingen die afgesloten zijn/);
      await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/releases/latest')), page.getByRole('button', { name: 'Rapport vrijgeven' }).click()]);
      const report = page.locator('goesting-workability-report');
      await report.locator('.pending').filter({ hasText: 'Nog bezig: Najaar 2026.' }).waitFor();
      const first = await page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('goesting-workability-report').aggregate)));
      assert.deepEqual(first.waves.map((w) => w.id), [CLOSED_WAVE]);
      assert.deepEqual(first.pending, [OPEN_WAVE]);
      assert.equal(JSON.stringify(first).includes('begeleid-wonen'), true, 'the team is listed');
      assert.equal(first.waves[0].groups.every((g) => g.status === 'empty' && !g.figures), true);

      await Promise.all([page.waitForResponse((r) => r.url().includes('/close')), page.getByRole('button', { name: 'Meting afsluiten' }).click()]);
      await page.locator('#wave-status').filter({ hasText: 'afgesloten' }).waitFor();
      const second = await (await postJson(host.origin, '/api/releases', {})).json();
      assert.deepEqual(second.waves.map((w) => w.id), [CLOSED_WAVE, OPEN_WAVE.id]);
      assert.deepEqual(second.pending, []);
      assert.deepEqual([groupOf(second, 'begeleid-wonen').figures.n, groupOf(second, 'begeleid-wonen').figures.werkbaarPct], [6, 67]);
      assert.deepEqual(recordLevelData(second, 'release'), []);
      assert.deepEqual(seen.consoleErrors, []);
      await page.close();
    });
  });
}

describe('the portal’s pages and answers', () => {
  let portal;
  let fresh;
  before(async () => {
    fresh = BACKENDS[0].fresh();
    portal = await startPortal({ database: fresh.database });
  });
  after(async () => {
    await portal?.close();
    await fresh?.cleanup();
  });

  it('sends a strict policy and no cookies, answers only for its own host, and keeps API answers out of caches', async () => {
    for (const path of ['/', '/hr', '/assets/employee.mjs', '/api/releases']) {
      const response = await fetch(`${portal.origin}${path}`);
      assert.equal(response.status, 200, path);
      const policy = response.headers.get('content-security-policy');
      assert.match(policy, /default-src 'self'/);
      assert.match(policy, /script-src 'self';/);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('set-cookie'), null);
      if (path.startsWith('/api/')) assert.equal(response.headers.get('cache-control'), 'no-store');
      if (path === '/' || path === '/hr') assert.doesNotMatch(await response.text(), /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    }
    assert.equal(new URL(portal.origin).hostname, '127.0.0.1');
    const port = new URL(portal.origin).port;
    const rebound = await new Promise((resolve, reject) => {
      import('node:http').then(({ request }) =>
        request({ host: '127.0.0.1', port, path: '/api/releases', headers: { host: 'portal.elders.example' } }, (res) => resolve(res.statusCode)).on('error', reject).end(),
      );
    });
    assert.equal(rebound, 421);
    assert.equal((await fetch(`${portal.origin}/api/releases/latest`)).status, 404);
    assert.equal((await fetch(`${portal.origin}/api/responses`)).status, 405);
  });
});
