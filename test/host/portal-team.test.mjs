// The reference portal's team mirror end to end, on PGlite and, when DATABASE_URL is set, on
// PostgreSQL: professionals fill in the self-scan by keyboard and the server scores it again and
// stores the minimum; the team coach releases the mirror in Chromium and never receives anything
// about one person; the team mirror's release ledger is its own, apart from the workability
// report's; a restart loses nothing; a database of an earlier portal is upgraded in place; focus
// plans are stored per report and group, and the plan a coach writes comes back beside the change
// in the next wave.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PULSE_ITEMS } from '@goesting/workability/model';
import { CELLS, defaultInstrument } from '@goesting/selfscan/model';
import { completeSelfscanByKeyboard, useHost } from './harness.mjs';
import { loadConfig, startPortal } from '../../packages/portal/server.mjs';

const OPEN_WAVE = { id: '2026-najaar', label: 'Najaar 2026' };
/** The wave after it, which the organisation adds to its configuration. */
const NEXT_WAVE = { id: '2027-voorjaar', label: 'Voorjaar 2027' };
const CLOSED_WAVE = '2026-voorjaar';
/** The day the professional's browser believes it is: the portal keeps its own day, never this one. */
const BROWSER_DAY = '2001-02-03';
const QUICK = defaultInstrument('quick');
/** What a statement's id looks like (`hope-other-1`): none may reach the database. */
const STATEMENT_ID = /\b(expertise|alliance|hope|reflection)-(self|other|organisation|environment)-\d/;

/** A fresh, empty database per suite: a temporary PGlite folder, or a schema of its own in PostgreSQL (dropped after). */
const BACKENDS = [
  {
    name: 'PGlite',
    fresh() {
      const dataDir = mkdtempSync(join(tmpdir(), 'goesting-portal-'));
      return {
        database: { dataDir, url: '' },
        /** Runs statements on the database directly, as an earlier version of the portal would have. */
        async raw(statements) {
          const { PGlite } = await import('@electric-sql/pglite');
          const db = await PGlite.create(dataDir);
          try {
            for (const [sql, params = []] of statements) await db.query(sql, params);
          } finally {
            await db.close();
          }
        },
        cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  },
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'PostgreSQL',
          fresh() {
            const schema = `portal_team_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
            const client = async (fn) => {
              const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
              await c.connect();
              try {
                return await fn(c);
              } finally {
                await c.end();
              }
            };
            return {
              database: { url: process.env.DATABASE_URL, schema },
              raw: (statements) =>
                client(async (c) => {
                  await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
                  for (const [sql, params = []] of statements) await c.query(sql, params);
                }),
              cleanup: () => client((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
            };
          },
        },
      ]
    : []),
];

/**
 * A self-scan's `goesting-complete` detail (the quick list) as a browser would send it: `answer`
 * gives each statement's answer; `result` may be forged.
 */
function scan({ answer = () => 4, flags = [], energy = {}, completed = true, result } = {}) {
  const value = {
    schemaVersion: 1,
    instrument: `${QUICK.id}@${QUICK.version}`,
    answers: Object.fromEntries(QUICK.items.map((item) => [item.id, answer(item)])),
    flags,
    energy,
    completed,
    date: BROWSER_DAY,
  };
  return { widget: 'selfscan', schemaVersion: 1, value, result: result ?? { cells: [] } };
}

/** A scan whose every cell is 4 except `hope.other`, which is `score`. */
const scanWith = (score, more = {}) => scan({ answer: (item) => (item.pillar === 'hope' && item.dimension === 'other' ? score : 4), ...more });

/** A workability check's detail (the pulse), as portal.test.mjs sends them. */
function check(team, answers = [1, 4, 4, 4, 1, 1, 4, 4, 4, 4]) {
  const value = { schemaVersion: 1, variant: 'pulse', answers: Object.fromEntries(PULSE_ITEMS.map((item, i) => [item.id, answers[i]])), completed: true, date: BROWSER_DAY };
  return { widget: 'workability-check', schemaVersion: 1, value, result: { schemaVersion: 1, variant: 'pulse', team, wave: OPEN_WAVE.id, scores: {}, zones: {}, werkbaar: null } };
}

const postJson = (origin, path, body, headers = {}, method = 'POST') =>
  fetch(`${origin}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const postScan = (origin, team, detail, headers) => postJson(origin, '/api/selfscans', { team, detail }, headers);

/** Posts scans for a team and checks each was stored. */
async function store(origin, team, details) {
  for (const detail of details) {
    const response = await postScan(origin, team, detail);
    assert.equal(response.status, 201, JSON.stringify(await response.clone().json()));
  }
}

/** What the database holds, for comparing before and after. */
async function counts(db) {
  const [row] = await db.query(
    `SELECT (SELECT count(*) FROM selfscan_records)::int AS scans, (SELECT count(*) FROM records)::int AS checks,
            (SELECT count(*) FROM releases WHERE report = 'team-mirror')::int AS "teamReleases", (SELECT count(*) FROM releases WHERE report = 'workability')::int AS "reportReleases",
            (SELECT count(*) FROM ledger WHERE report = 'team-mirror')::int AS "teamLedger", (SELECT count(*) FROM ledger WHERE report = 'workability')::int AS "reportLedger"`,
  );
  return row;
}

const groupOf = (aggregate, id, wave = OPEN_WAVE.id) => aggregate.waves.find((w) => w.id === wave).groups.find((g) => g.id === id);

/**
 * Everything in a JSON document the coach's browser received that would say something about one
 * person or one record: a record's cells, energy or cells to talk about, answers, statements,
 * days or dates, record ids, ledger entries, and figures of a group that may not show them.
 */
function recordLevelData(doc, where) {
  const found = [];
  const minimum = doc && typeof doc === 'object' && Number.isInteger(doc.minGroupSize) ? doc.minGroupSize : 5;
  const walk = (node, path) => {
    if (typeof node === 'string' && /\d{4}-\d{2}-\d{2}|T\d\d:\d\d/.test(node)) found.push(`${where}${path}: a date or time "${node}"`);
    if (typeof node === 'string' && STATEMENT_ID.test(node)) found.push(`${where}${path}: a statement "${node}"`);
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}[${i}]`));
    for (const [key, value] of Object.entries(node)) {
      if (['answers', 'flags', 'value', 'records', 'ledger', 'entries', 'day', 'date', 'completed', 'created', 'team', 'wave', 'detail'].includes(key)) found.push(`${where}${path}.${key}`);
      if (key === 'id' && typeof value === 'number') found.push(`${where}${path}.id: a record id`);
      // A record's cells are scores; a group's cells are objects with a spread.
      if (key === 'cells' && value && Object.values(value).some((v) => typeof v === 'number')) found.push(`${where}${path}.cells: a person's scores`);
      if (key === 'energy' && value && typeof value === 'object') found.push(`${where}${path}.energy: a person's energy`);
      if (key === 'talk' && Array.isArray(value)) found.push(`${where}${path}.talk: a person's cells to talk about`);
      walk(value, `${path}.${key}`);
    }
    if ('status' in node && 'figures' in node) {
      if (node.status !== 'shown') found.push(`${where}${path}: figures of a ${node.status} group`);
      if (!(node.figures?.n >= minimum)) found.push(`${where}${path}: figures of ${node.figures?.n} scans`);
    }
  };
  walk(doc, '');
  return found;
}

/** A cell's spread as the mirror writes it under the mean: never or seldom · sometimes · often or always. */
const bandsOf = (scores) => [scores.filter((s) => s < 2.5).length, scores.filter((s) => s >= 2.5 && s < 3.5).length, scores.filter((s) => s >= 3.5).length];

/** A focus plan of the team mirror for one group. */
const focusPlan = (group, { target = 'hope.other', what = 'Eén keer per maand intervisie over hoop', report = 'selfscan-team', wave = OPEN_WAVE.id } = {}) => ({
  schemaVersion: 1,
  report,
  group,
  wave,
  points: [{ group, target, why: 'Veel collega’s willen erover praten.', actions: [{ id: 'a1', what, owner: 'teamcoach', due: '2026-12-15' }] }],
});

/** Clicks "Teamspiegel vrijgeven" on the coach's page and waits until the mirror shows the new release. */
async function release(page) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/team-releases') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Teamspiegel vrijgeven' }).click(),
  ]);
  assert.equal(response.status(), 201);
  const { release: key } = await response.json();
  await page.locator('#release-status').filter({ hasText: `Teamspiegel ${key} is vrijgegeven.` }).waitFor();
  await page.waitForFunction((k) => document.querySelector('goesting-selfscan-team').aggregate?.release === k, key);
  return page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('goesting-selfscan-team').aggregate)));
}

/** Opens the mirror at a team, as a coach of that team does, and returns its mirror section. */
async function showTeam(page, team) {
  await page.locator('#coach-team').selectOption(team);
  const mirror = page.locator('goesting-selfscan-team [part=mirror]');
  await page.waitForFunction((t) => document.querySelector('goesting-selfscan-team').getAttribute('group') === t, team);
  return mirror;
}

for (const backend of BACKENDS) {
  describe(`the team mirror of the reference portal on ${backend.name}`, () => {
    let fresh;
    const host = useHost({ start: () => startPortal({ database: (fresh = backend.fresh()).database }) });
    after(() => fresh?.cleanup());

    /** The coach's page, recording every response it receives. */
    async function coachPage() {
      const { page, seen } = await host.open('about:blank');
      const received = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        const body = response.text().catch((error) => `unread: ${error.message}`);
        received.push(body.then((text) => ({ path: url.pathname, method: response.request().method(), status: response.status(), type: response.headers()['content-type'] ?? '', body: text })));
      });
      await page.goto(`${host.origin}/coach`);
      return { page, seen, received: async () => Promise.all(received) };
    }

    it('lets a professional choose a team and fill in the self-scan by keyboard, and says it was stored anonymously', async () => {
      const { page, seen } = await host.open('about:blank');
      // The browser's clock says another day: the portal keeps its own.
      await page.clock.setFixedTime(new Date(`${BROWSER_DAY}T10:15:00`));
      await page.goto(`${host.origin}/scan`);
      assert.deepEqual(await page.locator('#team optgroup').evaluateAll((groups) => groups.map((g) => g.label)), ['Ambulante hulpverlening', 'Wonen en opvang', 'Ondersteunende diensten']);
      assert.equal(await page.locator('#team option[value=ambulant]').count(), 0, 'a department is no choice');
      assert.equal(await page.locator('#scan-area').isHidden(), true, 'the scan waits for a team');
      assert.match(await page.locator('main').innerText(), /Meting Najaar 2026/);
      assert.match(await page.locator('section.intro').innerText(), /Je teamcoach ziet nooit jouw zelfscan/);
      const status = page.locator('#status');
      assert.deepEqual(await status.evaluate((el) => [el.getAttribute('role'), el.getAttribute('aria-live'), el.textContent]), ['status', 'polite', '']);

      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'team');
      for (let i = 0; i < 20 && (await page.locator('#team').inputValue()) !== 'crisisopvang'; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await page.locator('#team').inputValue(), 'crisisopvang');
      await page.locator('goesting-selfscan input[type=radio]').first().waitFor();
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/selfscans')), completeSelfscanByKeyboard(page)]);
      assert.equal(response.status(), 201);
      assert.deepEqual(await response.json(), { stored: true });
      const sent = JSON.parse(response.request().postData());
      assert.deepEqual(Object.keys(sent).sort(), ['detail', 'team']);
      assert.equal(sent.team, 'crisisopvang');
      await status.filter({ hasText: 'Je zelfscan is anoniem bewaard voor de teamspiegel.' }).waitFor();
      assert.equal(await page.locator('#team').isDisabled(), true);
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.pageErrors, []);
      await page.close();

      // The row: the team, the wave, the portal's day, a score per cell, energy and cells to talk about. Nothing else.
      const columns = await host.server.db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'selfscan_records' AND table_schema = current_schema() ORDER BY column_name");
      assert.deepEqual(columns.map((c) => c.column_name), ['cells', 'day', 'energy', 'id', 'talk', 'team', 'wave']);
      const rows = await host.server.db.query('SELECT id, team, wave, day::text AS day, cells, energy, talk FROM selfscan_records');
      assert.equal(rows.length, 1);
      const [row] = rows;
      assert.deepEqual([row.team, row.wave], ['crisisopvang', OPEN_WAVE.id]);
      assert.match(row.day, /^\d{4}-\d{2}-\d{2}$/);
      assert.notEqual(row.day, BROWSER_DAY);
      assert.deepEqual(Object.keys(row.cells).sort(), [...CELLS].sort());
      assert.ok(Object.values(row.cells).every((score) => typeof score === 'number' && score >= 1 && score <= 5), JSON.stringify(row.cells));
      assert.equal(typeof row.energy, 'object');
      assert.ok(Array.isArray(row.talk));
      const text = JSON.stringify(row);
      assert.doesNotMatch(text, STATEMENT_ID, 'no statement');
      assert.doesNotMatch(text, new RegExp(`${BROWSER_DAY}|T\\d\\d:\\d\\d|"answers"|"flags"|"result"|"value"|"date"`));
    });

    it('stores what the answers say, not a forged result, with the team the portal checked and the wave it runs', async () => {
      const forged = scan({
        answer: (item) => (item.pillar === 'hope' ? 2 : 5),
        flags: ['hope-other-1'],
        energy: { hope: 2, expertise: 5 },
        result: { team: 'jac', wave: CLOSED_WAVE, pillars: { hope: 5 }, cells: CELLS.map((cell) => ({ cell, mean: 5 })) },
      });
      const response = await postJson(host.origin, '/api/selfscans', { team: 'crisisopvang', wave: CLOSED_WAVE, detail: forged });
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { stored: true });
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const [row] = await host.server.db.query('SELECT team, wave, day::text AS day, cells, energy, talk FROM selfscan_records ORDER BY id DESC LIMIT 1');
      assert.deepEqual([row.team, row.wave], ['crisisopvang', OPEN_WAVE.id]);
      assert.equal(row.cells['hope.other'], 2);
      assert.equal(row.cells['hope.self'], 2);
      assert.equal(row.cells['expertise.self'], 5);
      assert.deepEqual(row.energy, { expertise: 5, hope: 2 });
      assert.deepEqual(row.talk, ['hope.other']);
      assert.notEqual(row.day, BROWSER_DAY);
      assert.doesNotMatch(JSON.stringify(row), STATEMENT_ID);
    });

    it('refuses invalid bodies and unknown teams with reasons, and stores nothing of them', async () => {
      const before = await counts(host.server.db);
      const good = scan();
      const cases = [
        ['bad JSON', () => postJson(host.origin, '/api/selfscans', '{"team": "onthaal",'), 400, 'invalid_json'],
        ['a list', () => postJson(host.origin, '/api/selfscans', [good]), 422, 'invalid_type'],
        ['the detail without a team', () => postJson(host.origin, '/api/selfscans', good), 422, 'missing_team'],
        ['an empty team', () => postScan(host.origin, '', good), 422, 'missing_team'],
        ['an unknown team', () => postScan(host.origin, 'marketing', good), 422, 'unknown_team'],
        ['a department instead of a team', () => postScan(host.origin, 'ambulant', good), 422, 'unknown_team'],
        ['a team that is not text', () => postJson(host.origin, '/api/selfscans', { team: ['onthaal'], detail: good }), 422, 'missing_team'],
        ['no detail', () => postJson(host.origin, '/api/selfscans', { team: 'onthaal' }), 422, (i) => i.path.startsWith('detail')],
        ['a scan that is not finished', () => postScan(host.origin, 'onthaal', scan({ completed: false })), 422, 'not_completed'],
        ['another question list', () => postScan(host.origin, 'onthaal', { ...good, value: { ...good.value, instrument: 'elders@1' } }), 422, 'unknown_instrument'],
        ['an answer out of range', () => postScan(host.origin, 'onthaal', scan({ answer: (item) => (item.id === QUICK.items[0].id ? 6 : 4) })), 422, (i) => i.path === `detail.value.answers.${QUICK.items[0].id}`],
        ['nothing answered', () => postScan(host.origin, 'onthaal', scan({ answer: () => 'na' })), 422, 'nothing_scored'],
        ['a workability check', () => postScan(host.origin, 'onthaal', check('onthaal')), 422, (i) => i.path === 'detail.widget'],
        ['a body of 1 MB', () => postJson(host.origin, '/api/selfscans', { team: 'onthaal', detail: good, padding: 'x'.repeat(1024 * 1024) }), 413, 'too_large'],
        ['a form post', () => fetch(`${host.origin}/api/selfscans`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'team=onthaal' }), 415, 'unsupported_media_type'],
        ['another site', () => postScan(host.origin, 'onthaal', good, { origin: 'https://elders.example' }), 403, 'forbidden_origin'],
      ];
      for (const [what, request, status, expected] of cases) {
        const response = await request();
        assert.equal(response.status, status, what);
        const answer = await response.json();
        assert.equal(answer.stored, false, what);
        const matches = typeof expected === 'string' ? (i) => i.code === expected : expected;
        assert.ok(answer.issues.some((i) => matches(i) && i.message), `${what}: ${JSON.stringify(answer.issues)}`);
      }
      assert.deepEqual(await counts(host.server.db), before);
    });

    it('releases the mirror in the coach’s browser: a team of five shows its spread, a team of four only limited insight, and nothing about one person', async () => {
      await store(host.origin, 'crisisopvang', [scanWith(1), scanWith(4), scanWith(5, { flags: ['hope-other-1'], energy: { hope: 3 } })]);
      await store(host.origin, 'jac', [scanWith(1), scanWith(2), scanWith(5), scanWith(5)]);
      await store(host.origin, 'onthaal', [1, 2, 3, 4, 5, 3].map((score) => scanWith(score)));
      assert.equal((await counts(host.server.db)).scans, 15);
      const crisis = await host.server.db.query("SELECT cells, talk FROM selfscan_records WHERE team = 'crisisopvang'");
      const hopeOther = crisis.map((r) => r.cells['hope.other']);
      const talking = crisis.filter((r) => r.talk.includes('hope.other')).length;

      const { page, seen, received } = await coachPage();
      const mirror = page.locator('goesting-selfscan-team');
      await mirror.locator('.no-mirror').waitFor();
      assert.match(await page.locator('#no-releases').innerText(), /nog geen teamspiegel/);
      const aggregate = await release(page);
      assert.equal(aggregate.release, 't1');
      assert.equal(groupOf(aggregate, 'crisisopvang').status, 'shown');
      assert.equal(groupOf(aggregate, 'crisisopvang').figures.n, 5);
      assert.equal(groupOf(aggregate, 'jac').status, 'limited');
      assert.equal(groupOf(aggregate, 'jac').figures, undefined);
      assert.match(await page.locator('#releases').innerText(), /t1 · \d{1,2} \w+ \d{4}/);

      // The coach of Crisisopvang: the team's spread, in numbers on screen.
      const team = await showTeam(page, 'crisisopvang');
      await team.locator('.n').filter({ hasText: '5 zelfscans' }).waitFor();
      assert.equal(await team.getAttribute('data-status'), 'shown');
      assert.match(await team.locator('h3').innerText(), /^Crisisopvang/);
      const cell = team.locator('[part~=spread-cell][data-cell="hope.other"]');
      const [low, middle, high] = bandsOf(hopeOther);
      assert.equal(await cell.locator('.counts').innerText(), `${low} · ${middle} · ${high}`);
      assert.match(await cell.locator('.visually-hidden').innerText(), new RegExp(`nooit of zelden: ${low}, soms: ${middle}, vaak of altijd: ${high}`));
      const { mean } = groupOf(aggregate, 'crisisopvang').figures.cells['hope.other'];
      assert.equal(mean, Math.round((hopeOther.reduce((a, b) => a + b, 0) / hopeOther.length) * 100) / 100);
      assert.equal(await cell.locator('.mean').innerText(), new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean));
      if (talking) assert.match(await cell.locator('.talk').innerText(), new RegExp(`^${talking} wil`));

      // The coach of the JAC: four scans, so limited insight, in words, without a single number.
      const small = await showTeam(page, 'jac');
      await small.locator('.status').filter({ hasText: 'Beperkt inzicht' }).waitFor();
      assert.equal(await small.getAttribute('data-status'), 'limited');
      const smallText = await small.evaluate((el) => [...el.children].filter((c) => c.localName !== 'h3').map((c) => c.textContent).join(' '));
      assert.doesNotMatch(smallText, /\d/);
      assert.equal(await small.locator('[part~=spread-cell]').count(), 0);
      const jacRow = mirror.locator('table.groups tr[data-group=jac]');
      assert.equal(await jacRow.getAttribute('data-status'), 'limited');
      assert.doesNotMatch(await jacRow.innerText(), /\d/);

      // Everything this page received and everything the mirror holds.
      const exposed = await page.evaluate(() => {
        const el = document.querySelector('goesting-selfscan-team');
        return { aggregate: JSON.parse(JSON.stringify(el.aggregate)), text: el.shadowRoot.textContent, page: document.documentElement.outerHTML };
      });
      const responses = await received();
      const problems = [...recordLevelData(exposed.aggregate, 'mirror.aggregate')];
      for (const r of responses) {
        if (r.path.startsWith('/assets/')) {
          assert.ok(['/assets/coach.mjs', '/assets/focus-plans.mjs', '/assets/portal.css', '/assets/favicon.svg'].includes(r.path) || /^\/assets\/goesting\/(goesting-selfscan-team|chunks\/[\w.-]+)\.js$/.test(r.path), r.path);
          continue;
        }
        if (r.type.startsWith('application/json')) {
          const doc = JSON.parse(r.body);
          // The list of releases: a key and the release's own day, nothing else.
          if (r.path === '/api/team-releases' && r.method === 'GET') {
            for (const item of doc) assert.deepEqual(Object.keys(item).sort(), ['day', 'release']);
            continue;
          }
          problems.push(...recordLevelData(doc, `${r.method} ${r.path}`));
        } else {
          assert.equal(r.path, '/coach');
          assert.doesNotMatch(r.body, /\d{4}-\d{2}-\d{2}|"cells"|"energy"|"talk"|"answers"|"records"/);
        }
      }
      assert.deepEqual(problems, []);
      // Besides the release: which groups have a focus plan (none yet), so the page asks for no plan.
      assert.deepEqual([...new Set(responses.filter((r) => r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`))].sort(), [
        'GET /api/focus-plans/selfscan-team',
        'GET /api/team-releases',
        'GET /api/team-releases/latest',
        'POST /api/team-releases',
      ]);
      assert.ok(responses.filter((r) => r.path.startsWith('/api/focus-plans/')).every((r) => r.body === '[]'));
      assert.deepEqual(exposed.aggregate, JSON.parse(responses.find((r) => r.path === '/api/team-releases/latest').body));
      assert.doesNotMatch(exposed.text, /\d{4}-\d{2}-\d{2}|\d\d:\d\d/);
      assert.doesNotMatch(exposed.text + exposed.page, STATEMENT_ID);
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.pageErrors, []);
      await page.close();
    });

    it('keeps the team mirror’s ledger apart from the workability report’s, though their record keys overlap', async () => {
      // The premise: Crisisopvang's self-scans are keys 1–5, and its six checks will be keys 1–6.
      // Set against each other, the two would differ by one record, and hold the team back.
      assert.deepEqual((await host.server.db.query("SELECT id FROM selfscan_records WHERE team = 'crisisopvang' ORDER BY id")).map((r) => r.id), [1, 2, 3, 4, 5]);
      for (let k = 0; k < 6; k++) assert.equal((await postJson(host.origin, '/api/responses', check('crisisopvang'))).status, 201);
      assert.deepEqual((await host.server.db.query("SELECT id FROM records WHERE team = 'crisisopvang' ORDER BY id")).map((r) => r.id), [1, 2, 3, 4, 5, 6]);

      // The workability report is not held back by the team mirror's t1 …
      const report = await (await postJson(host.origin, '/api/releases', {})).json();
      assert.equal(report.release, 'r1');
      for (const id of ['crisisopvang', 'residentieel']) {
        assert.deepEqual([groupOf(report, id).status, groupOf(report, id).figures?.n, groupOf(report, id).heldBy], ['shown', 6, undefined], id);
      }
      // … and the team mirror is not held back by the report's r1.
      const second = await (await postJson(host.origin, '/api/team-releases', {})).json();
      assert.equal(second.release, 't2');
      for (const id of ['crisisopvang', 'residentieel']) {
        assert.deepEqual([groupOf(second, id).status, groupOf(second, id).figures?.n, groupOf(second, id).heldBy], ['shown', 5, undefined], id);
      }
      assert.deepEqual(recordLevelData(second, 't2'), []);

      // Each report's releases and ledger entries are its own.
      const ledger = await host.server.db.query('SELECT DISTINCT l.report, l.release, r.report AS of FROM ledger l JOIN releases r ON r.id = l.release ORDER BY l.release');
      assert.deepEqual(ledger, [
        { report: 'workability', release: 'r1', of: 'workability' },
        { report: 'team-mirror', release: 't1', of: 'team-mirror' },
        { report: 'team-mirror', release: 't2', of: 'team-mirror' },
      ]);
      assert.deepEqual((await (await fetch(`${host.origin}/api/releases`)).json()).map((r) => r.release), ['r1']);
      assert.deepEqual((await (await fetch(`${host.origin}/api/team-releases`)).json()).map((r) => r.release), ['t2', 't1']);
      assert.equal((await (await fetch(`${host.origin}/api/releases/latest`)).json()).release, 'r1');
      assert.equal((await (await fetch(`${host.origin}/api/team-releases/latest`)).json()).release, 't2');
    });

    it('holds a team back after one more self-scan and says why, while the workability report goes on as before', async () => {
      await store(host.origin, 'crisisopvang', [scanWith(3)]);
      const { page, seen } = await coachPage();
      const mirror = page.locator('goesting-selfscan-team');
      await mirror.locator('[part=mirror]').waitFor();
      const third = await release(page);
      assert.equal(third.release, 't3');
      for (const id of ['crisisopvang', 'residentieel', '@organisation']) {
        assert.equal(groupOf(third, id).status, 'held', id);
        assert.ok(groupOf(third, id).heldBy.includes('t2'), `${id}: ${groupOf(third, id).heldBy}`);
        assert.equal(groupOf(third, id).figures, undefined, id);
      }
      assert.equal(groupOf(third, 'ambulant').figures.n, 10, 'the department that did not change is still shown');
      assert.equal(JSON.stringify(third).includes('"n":16'), false, 'the organisation’s new count is nowhere');
      assert.match(await page.locator('#release-status').innerText(), /Sommige groepen tonen nu geen cijfers/);
      const team = await showTeam(page, 'crisisopvang');
      await team.locator('.status').filter({ hasText: 'Nu niet getoond' }).waitFor();
      assert.equal(await team.getAttribute('data-status'), 'held');
      assert.equal(await team.locator('[part~=spread-cell]').count(), 0);
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.pageErrors, []);
      await page.close();

      // The new self-scan holds back nothing in the workability report.
      const report = await (await postJson(host.origin, '/api/releases', {})).json();
      assert.equal(report.release, 'r2');
      assert.deepEqual([groupOf(report, 'crisisopvang').status, groupOf(report, 'crisisopvang').figures?.n], ['shown', 6]);
    });

    it('stores the latest focus plan per report and group, checked, and gives it back', async () => {
      const url = (report, group) => `${host.origin}/api/focus-plans/${report}/${encodeURIComponent(group)}`;
      const put = (report, group, body, headers) => postJson(host.origin, `/api/focus-plans/${report}/${encodeURIComponent(group)}`, body, headers, 'PUT');
      assert.equal((await fetch(url('selfscan-team', 'crisisopvang'))).status, 404);

      const first = focusPlan('crisisopvang');
      let response = await put('selfscan-team', 'crisisopvang', first);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { stored: true });
      assert.deepEqual(await (await fetch(url('selfscan-team', 'crisisopvang'))).json(), first);
      const latest = focusPlan('crisisopvang', { what: 'Twee keer per maand intervisie over hoop' });
      assert.equal((await put('selfscan-team', 'crisisopvang', latest)).status, 200);
      assert.deepEqual(await (await fetch(url('selfscan-team', 'crisisopvang'))).json(), latest);
      // Another report and another group keep their own.
      const organisation = { ...focusPlan('@organisation', { report: 'workability-report', target: 'workload' }) };
      assert.equal((await put('workability-report', '@organisation', organisation)).status, 200);
      assert.deepEqual(await (await fetch(url('workability-report', '@organisation'))).json(), organisation);
      assert.equal((await fetch(url('workability-report', 'crisisopvang'))).status, 404);
      assert.equal((await fetch(url('selfscan-team', '@organisation'))).status, 404);
      // Which groups have a plan, per report.
      assert.deepEqual(await (await fetch(`${host.origin}/api/focus-plans/selfscan-team`)).json(), ['crisisopvang']);
      assert.deepEqual(await (await fetch(`${host.origin}/api/focus-plans/workability-report`)).json(), ['@organisation']);
      assert.equal((await fetch(`${host.origin}/api/focus-plans/selfscan`)).status, 404);

      const tooMany = { ...latest, points: ['hope.other', 'hope.self', 'alliance.self', 'reflection.self'].map((target) => ({ group: 'crisisopvang', target, actions: [] })) };
      const refusals = [
        ['four points', () => put('selfscan-team', 'crisisopvang', tooMany), 422, (i) => i.path === 'points'],
        ['a plan for another group', () => put('selfscan-team', 'crisisopvang', focusPlan('jac')), 422, 'other_group'],
        ['a plan of another report', () => put('selfscan-team', 'crisisopvang', focusPlan('crisisopvang', { report: 'workability-report' })), 422, 'other_report'],
        ['an unknown wave', () => put('selfscan-team', 'crisisopvang', focusPlan('crisisopvang', { wave: '2030-voorjaar' })), 422, 'unknown_wave'],
        ['an unknown report', () => put('selfscan', 'crisisopvang', focusPlan('crisisopvang', { report: 'selfscan' })), 404, 'not_found'],
        ['an unknown group', () => put('selfscan-team', 'marketing', focusPlan('marketing')), 404, 'not_found'],
        ['bad JSON', () => put('selfscan-team', 'crisisopvang', '{"points": ['), 400, 'invalid_json'],
        ['another site', () => put('selfscan-team', 'crisisopvang', latest, { origin: 'https://elders.example' }), 403, 'forbidden_origin'],
      ];
      for (const [what, request, status, expected] of refusals) {
        const answer = await request();
        assert.equal(answer.status, status, what);
        const body = await answer.json();
        assert.equal(body.stored, false, what);
        const matches = typeof expected === 'string' ? (i) => i.code === expected : expected;
        assert.ok(body.issues.some((i) => matches(i) && i.message), `${what}: ${JSON.stringify(body.issues)}`);
      }
      assert.deepEqual(await (await fetch(url('selfscan-team', 'crisisopvang'))).json(), latest, 'a refused plan replaces nothing');
    });

    it('keeps every self-scan, release, ledger entry and focus plan when the server stops and starts again', async () => {
      const before = await counts(host.server.db);
      assert.deepEqual(before, { scans: 16, checks: 6, teamReleases: 3, reportReleases: 2, teamLedger: before.teamLedger, reportLedger: before.reportLedger });
      assert.ok(before.teamLedger > 0 && before.reportLedger > 0);
      const ledgerQuery = 'SELECT release, report, scope, group_id, min_group_size, records FROM ledger ORDER BY release, scope, group_id';
      const ledger = await host.server.db.query(ledgerQuery);
      const scans = await host.server.db.query('SELECT * FROM selfscan_records ORDER BY id');
      const latest = await (await fetch(`${host.origin}/api/team-releases/latest`)).json();
      const plan = await (await fetch(`${host.origin}/api/focus-plans/selfscan-team/crisisopvang`)).json();
      const oldOrigin = host.origin;
      await host.server.close();
      await assert.rejects(fetch(`${oldOrigin}/coach`), 'the old server is gone');
      host.server = await startPortal({ database: fresh.database });

      assert.deepEqual(await counts(host.server.db), before);
      assert.deepEqual(await host.server.db.query(ledgerQuery), ledger);
      assert.deepEqual(await host.server.db.query('SELECT * FROM selfscan_records ORDER BY id'), scans);
      assert.deepEqual(await (await fetch(`${host.origin}/api/team-releases/latest`)).json(), latest);
      assert.deepEqual((await (await fetch(`${host.origin}/api/team-releases`)).json()).map((r) => r.release), ['t3', 't2', 't1']);
      assert.deepEqual(await (await fetch(`${host.origin}/api/focus-plans/selfscan-team/crisisopvang`)).json(), plan);

      // The ledger still guards: t2 showed Crisisopvang with five scans, and two more are not enough.
      await store(host.origin, 'crisisopvang', [scanWith(2)]);
      const fourth = await (await postJson(host.origin, '/api/team-releases', {})).json();
      assert.equal(fourth.release, 't4');
      assert.equal(groupOf(fourth, 'crisisopvang').status, 'held');
      assert.ok(groupOf(fourth, 'crisisopvang').heldBy.includes('t2'), 'held by a release before the restart');
      // And the coach's page shows the mirror again.
      const { page, seen } = await coachPage();
      await page.waitForFunction(() => document.querySelector('goesting-selfscan-team').aggregate?.release === 't4');
      assert.match(await page.locator('#releases').innerText(), /^t4 · /);
      assert.deepEqual(seen.consoleErrors, []);
      await page.close();
    });

    it('refuses self-scans once the wave is closed, and the page says so', async () => {
      const { page } = await host.open('/scan');
      await page.locator('#team').selectOption('begeleid-wonen');
      assert.equal((await postJson(host.origin, `/api/waves/${OPEN_WAVE.id}/close`, {})).status, 200);
      await page.locator('goesting-selfscan input[type=radio]').first().waitFor();
      const [refused] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/selfscans')), completeSelfscanByKeyboard(page)]);
      assert.equal(refused.status(), 422);
      await page.locator('[role=alert]').filter({ hasText: 'Er loopt nu geen meting.' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Opnieuw versturen' }).isVisible(), true);
      await page.close();
      const before = await counts(host.server.db);
      const response = await postScan(host.origin, 'begeleid-wonen', scan());
      assert.equal(response.status, 422);
      assert.ok((await response.json()).issues.some((i) => i.code === 'missing_wave'));
      assert.deepEqual(await counts(host.server.db), before);
      const { page: after } = await host.open('/scan');
      assert.match(await after.locator('#no-wave').innerText(), /Er loopt nu geen meting/);
      assert.equal(await after.locator('goesting-selfscan').count(), 0);
      await after.close();
    });
  });

  describe(`the team’s focus plan from one wave to the next, on ${backend.name}`, () => {
    let fresh;
    const host = useHost({ start: () => startPortal({ database: (fresh = backend.fresh()).database }) });
    after(() => fresh?.cleanup());

    const WHAT = 'Elke teamvergadering begint met één verhaal van hoop';
    /** The id of the control that has the focus inside the mirror. */
    const focused = (page) => page.evaluate(() => document.querySelector('goesting-selfscan-team').shadowRoot.activeElement?.id ?? '');
    /** Presses Tab until the control with `id` in the mirror has the focus. */
    async function tabTo(page, id, limit = 60) {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if ((await focused(page)) === id) return;
      }
      throw new Error(`#${id} was not reached with Tab`);
    }
    const isPut = (r) => r.url().endsWith('/api/focus-plans/selfscan-team/crisisopvang') && r.request().method() === 'PUT';
    const storedPlan = async () => (await fetch(`${host.origin}/api/focus-plans/selfscan-team/crisisopvang`)).json();
    const words = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

    it('lets the coach choose a focus point and write an action by keyboard, stores it, and shows it beside the change in the next wave', async () => {
      // Najaar 2026: five self-scans of Crisisopvang, with little hope towards the client.
      await store(host.origin, 'crisisopvang', [1, 2, 2, 3, 2].map((score) => scanWith(score)));
      const { page, seen } = await host.open('/coach');
      const mirror = page.locator('goesting-selfscan-team');
      await release(page);
      await showTeam(page, 'crisisopvang');
      const plan = mirror.locator('[part=focus-plan]');
      await plan.getByText('Jullie kozen nog geen focuspunt.').waitFor();

      // The coach chooses the cell in the list of focus points, then the button beside it, by keyboard.
      const choose = mirror.getByLabel('Kies een focuspunt');
      await choose.focus();
      for (let i = 0; i < 20 && (await choose.inputValue()) !== 'hope.other'; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await choose.inputValue(), 'hope.other');
      const label = 'Hoop en verwachting creëren: de cliënt';
      assert.equal(await words(choose.locator('option[value="hope.other"]')), `${label}: gemiddeld 2,0 op 5 (groeipunt)`);
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'focus-choose-add');
      assert.equal(await words(mirror.locator('#focus-choose-add')), 'Kiezen als focuspunt');
      await page.keyboard.press('Enter');
      await plan.locator('#focus-p0-title').filter({ hasText: `Focuspunt 1: ${label}` }).waitFor();
      assert.equal(await focused(page), 'focus-p0-title');

      // An action: what the team does, and the role that takes it up.
      await tabTo(page, 'focus-p0-new-what');
      await page.keyboard.type(WHAT);
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'focus-p0-new-owner');
      await page.keyboard.type('teamcoach');
      await tabTo(page, 'focus-p0-new-add');
      const [saved] = await Promise.all([
        page.waitForResponse((r) => isPut(r) && JSON.parse(r.request().postData()).points[0]?.actions.length === 1),
        page.keyboard.press('Enter'),
      ]);
      assert.equal(saved.status(), 200);
      // Said to screen readers, in the mirror's own live region.
      await mirror.locator('[role=status]').filter({ hasText: `Actie toegevoegd bij ${label}.` }).waitFor({ state: 'attached' });
      assert.equal(await plan.locator('#focus-p0-a0-what').inputValue(), WHAT);
      assert.equal(await plan.locator('#focus-p0-a0-owner').inputValue(), 'teamcoach');
      const planStatus = page.locator('#focus-plan-status');
      assert.equal(await planStatus.innerText(), '', 'nothing went wrong');
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.pageErrors, []);

      // When the portal cannot be reached, the page says so, politely, and sends the plan again with the next edit.
      await page.route('**/api/focus-plans/**', (route) => (route.request().method() === 'PUT' ? route.abort() : route.continue()));
      await plan.locator('#focus-p0-why').focus();
      await page.keyboard.type('Veel collega’s');
      await planStatus.filter({ hasText: 'Het focusplan is niet bewaard. Wat je schreef, staat er nog.' }).waitFor();
      assert.deepEqual(await planStatus.evaluate((el) => [el.getAttribute('role'), el.getAttribute('aria-live')]), ['status', 'polite']);
      await page.unroute('**/api/focus-plans/**');
      const WHY = 'Veel collega’s willen erover praten.';
      const [again] = await Promise.all([
        page.waitForResponse((r) => isPut(r) && JSON.parse(r.request().postData()).points[0]?.why === WHY),
        page.keyboard.type(' willen erover praten.'),
      ]);
      assert.equal(again.status(), 200);
      await planStatus.filter({ hasText: 'Het focusplan is nu bewaard.' }).waitFor();
      assert.deepEqual(seen.pageErrors, []);
      await page.close();

      // What the portal stored: the team's plan for Najaar 2026, with the role, no name.
      assert.deepEqual(await storedPlan(), {
        schemaVersion: 1,
        report: 'selfscan-team',
        group: 'crisisopvang',
        wave: OPEN_WAVE.id,
        points: [{ group: 'crisisopvang', target: 'hope.other', why: WHY, actions: [{ id: 'a1', what: WHAT, owner: 'teamcoach' }] }],
      });

      // HR closes Najaar 2026; the organisation adds Voorjaar 2027 to its configuration and starts the portal again.
      assert.equal((await postJson(host.origin, `/api/waves/${OPEN_WAVE.id}/close`, {})).status, 200);
      await host.server.close();
      host.server = await startPortal({ database: fresh.database, config: { waves: [...loadConfig().waves, { ...NEXT_WAVE, open: true }] } });
      const { page: scanning } = await host.open('/scan');
      assert.match(await scanning.locator('main').innerText(), /Meting Voorjaar 2027/);
      await scanning.close();
      // Five new self-scans: more hope towards the client.
      await store(host.origin, 'crisisopvang', [4, 4, 3, 5, 4].map((score) => scanWith(score)));

      // The coach releases the mirror again and comes back to the page later.
      const { page: next, seen: nextSeen } = await host.open('/coach');
      const second = await release(next);
      assert.deepEqual(second.waves.map((w) => w.id), [CLOSED_WAVE, OPEN_WAVE.id, NEXT_WAVE.id]);
      await next.reload();
      await next.waitForFunction((k) => document.querySelector('goesting-selfscan-team').aggregate?.release === k, second.release);
      await showTeam(next, 'crisisopvang');
      const nextPlan = next.locator('goesting-selfscan-team [part=focus-plan]');
      const earlier = nextPlan.locator('.focus-previous');
      await earlier.locator('h4').filter({ hasText: 'Focuspunten van Najaar 2026' }).waitFor();
      const one = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      const signed = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
      const then = groupOf(second, 'crisisopvang', OPEN_WAVE.id).figures.cells['hope.other'].mean;
      const now = groupOf(second, 'crisisopvang', NEXT_WAVE.id).figures.cells['hope.other'].mean;
      assert.deepEqual([then, now], [2, 4]);
      assert.equal(await words(earlier.locator('h5')), label);
      assert.equal(
        await words(earlier.locator('dl.change')),
        `Toen (Najaar 2026) gemiddeld ${one.format(then)} op 5 Nu (Voorjaar 2027) gemiddeld ${one.format(now)} op 5 Verschil ${signed.format(now - then)}`,
      );
      assert.match(await words(earlier.locator('li li')), new RegExp(`^${WHAT} \\(teamcoach\\)`));

      // The coach starts the plan for Voorjaar 2027 from there; the portal keeps the points of Najaar 2026 beside it.
      const carry = nextPlan.getByRole('button', { name: 'Focusplan voor Voorjaar 2027 beginnen' });
      await carry.focus();
      const [carried] = await Promise.all([next.waitForResponse((r) => isPut(r) && JSON.parse(r.request().postData()).wave === NEXT_WAVE.id), next.keyboard.press('Enter')]);
      assert.equal(carried.status(), 200);
      await nextPlan.getByText('Jullie kozen nog geen focuspunt.').waitFor();
      await earlier.locator('h4').filter({ hasText: 'Focuspunten van Najaar 2026' }).waitFor();
      const stored = await storedPlan();
      assert.deepEqual([stored.wave, stored.points, stored.previous.wave], [NEXT_WAVE.id, [], OPEN_WAVE.id]);
      assert.deepEqual(stored.previous.points.map((p) => [p.target, p.actions.map((a) => [a.what, a.owner, a.status])]), [['hope.other', [[WHAT, 'teamcoach', 'open']]]]);
      assert.deepEqual(nextSeen.consoleErrors, []);
      assert.deepEqual(nextSeen.pageErrors, []);
      await next.close();
    });
  });

  describe(`a database of an earlier portal, on ${backend.name}`, () => {
    let fresh;
    let portal;
    after(async () => {
      await portal?.close();
      await fresh?.cleanup();
    });

    it('is upgraded in place: its releases stay the workability report’s, and the team mirror starts its own', async () => {
      fresh = backend.fresh();
      // The tables as the portal made them before the team mirror, with one release and its ledger.
      const aggregate = { schemaVersion: 1, release: 'r1', minGroupSize: 5, waves: [], pending: [], rejected: { count: 0, reasons: {} }, warnings: [] };
      await fresh.raw([
        ['CREATE TABLE teams (id text PRIMARY KEY, label text NOT NULL, parent text REFERENCES teams (id), position integer NOT NULL)'],
        ['CREATE TABLE waves (id text PRIMARY KEY, label text NOT NULL, position integer NOT NULL, open boolean NOT NULL DEFAULT false)'],
        [
          `CREATE TABLE records (id serial PRIMARY KEY, team text NOT NULL REFERENCES teams (id), wave text NOT NULL REFERENCES waves (id), day date NOT NULL,
             scores jsonb NOT NULL, zones jsonb NOT NULL, werkbaar boolean NOT NULL)`,
        ],
        [
          `CREATE TABLE releases (id text PRIMARY KEY, seq integer NOT NULL UNIQUE, created date NOT NULL, waves jsonb NOT NULL, min_group_size integer NOT NULL,
             policy text NOT NULL, aggregate jsonb NOT NULL)`,
        ],
        [
          `CREATE TABLE ledger (release text NOT NULL REFERENCES releases (id), scope text NOT NULL, group_id text NOT NULL, min_group_size integer NOT NULL,
             records jsonb NOT NULL, PRIMARY KEY (release, scope, group_id))`,
        ],
        ["INSERT INTO releases VALUES ('r1', 1, '2026-10-01', '[]', 5, 'live', $1::text::jsonb)", [JSON.stringify(aggregate)]],
        ["INSERT INTO ledger VALUES ('r1', '2026-najaar', 'crisisopvang', 5, '[1, 2, 3, 4, 5, 6]')"],
      ]);

      portal = await startPortal({ database: fresh.database });
      assert.deepEqual(await portal.db.query('SELECT id, report, seq FROM releases'), [{ id: 'r1', report: 'workability', seq: 1 }]);
      assert.deepEqual(await portal.db.query('SELECT release, report FROM ledger'), [{ release: 'r1', report: 'workability' }]);
      assert.deepEqual(await (await fetch(`${portal.origin}/api/releases/latest`)).json(), aggregate);
      assert.equal((await fetch(`${portal.origin}/api/team-releases/latest`)).status, 404);

      // Five self-scans are keys 1–5; the old ledger's 1–6 is the workability report's and holds nothing back here.
      await store(portal.origin, 'crisisopvang', [1, 2, 3, 4, 5].map((score) => scanWith(score)));
      const mirror = await (await postJson(portal.origin, '/api/team-releases', {})).json();
      assert.equal(mirror.release, 't1');
      assert.deepEqual([groupOf(mirror, 'crisisopvang').status, groupOf(mirror, 'crisisopvang').figures?.n], ['shown', 5]);
      const report = await (await postJson(portal.origin, '/api/releases', {})).json();
      assert.equal(report.release, 'r2', 'the workability report counts on from its own releases');
      assert.deepEqual(
        await portal.db.query('SELECT id, report, seq FROM releases ORDER BY report, seq'),
        [
          { id: 't1', report: 'team-mirror', seq: 1 },
          { id: 'r1', report: 'workability', seq: 1 },
          { id: 'r2', report: 'workability', seq: 2 },
        ],
      );
      // A release that names no report is refused: the column has no default after the upgrade.
      await assert.rejects(portal.db.query("INSERT INTO releases (id, seq, created, waves, min_group_size, policy, aggregate) VALUES ('x1', 9, '2026-10-02', '[]', 5, 'live', '{}')"));

      // Starting again on the upgraded database changes nothing.
      await portal.close();
      portal = await startPortal({ database: fresh.database });
      assert.equal((await portal.db.query('SELECT count(*)::int AS n FROM releases'))[0].n, 3);
      assert.equal((await (await postJson(portal.origin, '/api/team-releases', {})).json()).release, 't2');
    });
  });
}

describe('the team mirror’s pages and answers', () => {
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

  it('sends a strict policy and no cookies, links every page, and keeps API answers out of caches', async () => {
    for (const path of ['/scan', '/coach', '/assets/scan.mjs', '/assets/coach.mjs', '/assets/goesting/goesting-selfscan.js', '/assets/goesting/goesting-selfscan-team.js', '/api/team-releases']) {
      const response = await fetch(`${portal.origin}${path}`);
      assert.equal(response.status, 200, path);
      const policy = response.headers.get('content-security-policy');
      assert.match(policy, /default-src 'self'/);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
      assert.equal(response.headers.get('set-cookie'), null);
      if (path.startsWith('/api/')) assert.equal(response.headers.get('cache-control'), 'no-store');
      if (!path.startsWith('/assets/') && !path.startsWith('/api/')) {
        const page = await response.text();
        assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
        for (const link of ['/', '/scan', '/hr', '/coach']) assert.match(page, new RegExp(`<a href="${link}"`), `${path} links ${link}`);
        assert.match(page, new RegExp(`<a href="${path}" aria-current="page"`));
      }
    }
    assert.equal((await fetch(`${portal.origin}/api/team-releases/latest`)).status, 404);
    assert.equal((await fetch(`${portal.origin}/api/selfscans`)).status, 405);
    assert.equal((await fetch(`${portal.origin}/api/team-releases/latest`, { method: 'POST' })).status, 405);
    assert.equal((await fetch(`${portal.origin}/api/focus-plans/selfscan-team/jac`, { method: 'DELETE' })).status, 405);
  });
});
