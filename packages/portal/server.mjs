// The reference portal: a small Node server that shows the privacy-safe flow of the group reports
// end to end. An employee's browser sends the workability check's `goesting-complete` detail, a
// professional's browser the self-scan's; the server validates it and scores it again from the
// answers, stores the minimum, and HR (the workability report) or the team coach (the team
// mirror) releases an anonymous aggregate, guarded by that report's own release ledger. A reader's
// browser only ever receives released aggregates. The focus plan a team writes below a report is
// kept per report and group, and comes back beside the change in the next wave's report.
//
// Plain `node:http`, no framework, no cookies, no logs of request bodies or addresses. A real
// portal puts `/hr` and its release routes behind its own login (role HR), `/coach` and the team
// release routes behind the team coach's login, and `/` and `/scan` behind the staff login
// without storing who answered.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestWorkability, releaseWorkability } from '@goesting/workability/server';
import { ingestSelfscan, releaseSelfscanTeam } from '@goesting/selfscan/server';
import { ORGANISATION, parseFocusPlan } from '@goesting/core/model';
import {
  FOCUS_REPORTS,
  closeWave,
  getFocusPlan,
  insertRecord,
  insertSelfscan,
  latestAggregate,
  listFocusPlanGroups,
  listReleases,
  listTeams,
  listWaves,
  openDatabase,
  putFocusPlan,
  seed,
  withRelease,
} from './db.mjs';

/** The largest request body the portal reads: a check's detail is about 1 KB. */
export const BODY_LIMIT = 64 * 1024;
/** A body sent without its length is read and dropped up to this size, then the connection is cut. */
const DRAIN_LIMIT = 4 * 1024 * 1024;

const HERE = new URL('./', import.meta.url);
const KEY = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Sent with every answer. Nothing inline may run; Lit's one Trusted Types policy is allowed. */
export const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
    "form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** The CDN folder's modules the pages load: the check and the report, the self-scan, and the team mirror. */
const CDN_MODULES = ['goesting-workability.js', 'goesting-selfscan.js', 'goesting-selfscan-team.js'];

/** The files the pages load, read once at start: the modules of the CDN folder with the chunks they import, and the pages' own scripts. */
function loadAssets() {
  const js = 'text/javascript; charset=utf-8';
  const cdn = new URL('../goesting/dist/', HERE);
  for (const module of CDN_MODULES) {
    if (!existsSync(new URL(module, cdn))) throw new Error(`${fileURLToPath(cdn)}${module} is missing: run \`npm run build\` first`);
  }
  const modules = new Set(CDN_MODULES.flatMap((module) => [module, `${module}.map`]));
  const files = {
    // Each module defines its tags and imports its chunks from the same folder, so the folder is served as it is.
    ...Object.fromEntries(
      readdirSync(cdn, { recursive: true })
        .map(String)
        .filter((name) => modules.has(name) || /^chunks\/.+\.js(\.map)?$/.test(name))
        .map((name) => [`/assets/goesting/${name}`, [new URL(name, cdn), name.endsWith('.map') ? 'application/json' : js]]),
    ),
    '/assets/employee.mjs': [new URL('public/employee.mjs', HERE), js],
    '/assets/hr.mjs': [new URL('public/hr.mjs', HERE), js],
    '/assets/scan.mjs': [new URL('public/scan.mjs', HERE), js],
    '/assets/coach.mjs': [new URL('public/coach.mjs', HERE), js],
    '/assets/focus-plans.mjs': [new URL('public/focus-plans.mjs', HERE), js],
    '/assets/portal.css': [new URL('public/portal.css', HERE), 'text/css; charset=utf-8'],
    '/assets/favicon.svg': [new URL('public/favicon.svg', HERE), 'image/svg+xml'],
  };
  /** @type {Map<string, { body: Buffer, type: string }>} */
  const assets = new Map();
  for (const [path, [file, type]] of Object.entries(files)) {
    try {
      assets.set(path, { body: readFileSync(file), type });
    } catch (error) {
      if (path.endsWith('.map')) continue;
      throw new Error(`${fileURLToPath(file)} is missing${path.startsWith('/assets/goesting') ? ': run `npm run build` first' : ''}`, { cause: error });
    }
  }
  return assets;
}

/**
 * @typedef {import('./db.mjs').PortalConfig} PortalConfig
 * @typedef {import('./db.mjs').Database} Database
 * @typedef {import('./db.mjs').DatabaseOptions} DatabaseOptions
 */

/**
 * The portal's configuration: config.json beside this file, with `override` laid over it.
 * @param {Partial<PortalConfig>} [override]
 * @returns {PortalConfig}
 */
export function loadConfig(override = {}) {
  const config = { policy: 'live', minGroupSize: 5, ...JSON.parse(readFileSync(new URL('config.json', HERE), 'utf8')), ...override };
  if (config.policy !== 'live' && config.policy !== 'closed-waves') throw new Error(`config.json: policy must be "live" or "closed-waves", not ${JSON.stringify(config.policy)}`);
  return config;
}

/** Today as YYYY-MM-DD by the server's clock: a day, never a time. */
const today = () => {
  const now = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

const escapeHtml = (/** @type {unknown} */ text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const longDay = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' });
/** A release's day in words, as the HR page writes it too. */
export const dayInWords = (/** @type {string} */ day) => longDay.format(new Date(`${day}T00:00:00Z`));

/**
 * The teams an employee or a professional can choose: those without teams under them.
 * @param {{ id: string, label: string, parent?: string }[]} teams
 */
function choosableTeams(teams) {
  const parents = new Set(teams.map((t) => t.parent).filter(Boolean));
  return teams.filter((t) => !parents.has(t.id));
}

/**
 * The options of a team list: the teams without teams under them, grouped by the team above.
 * @param {{ id: string, label: string, parent?: string }[]} teams
 */
function teamOptions(teams) {
  const byId = new Map(teams.map((t) => [t.id, t]));
  /** @type {Map<string, { id: string, label: string }[]>} */
  const groups = new Map();
  for (const team of choosableTeams(teams)) {
    const group = team.parent ?? '';
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)?.push(team);
  }
  const option = (/** @type {{ id: string, label: string }} */ t) => `<option value="${escapeHtml(t.id)}">${escapeHtml(t.label)}</option>`;
  return [...groups]
    .map(([parent, list]) =>
      parent ? `<optgroup label="${escapeHtml(byId.get(parent)?.label ?? parent)}">${list.map(option).join('')}</optgroup>` : list.map(option).join(''),
    )
    .join('\n            ');
}

/** The portal's pages, for the links at the foot of every page. */
const PAGES = [
  ['/', 'Werkbaar werk: de vragenlijst'],
  ['/scan', 'Zelfscan voor de teamspiegel'],
  ['/hr', 'Rapport werkbaar werk voor HR'],
  ['/coach', 'Teamspiegel voor de teamcoach'],
];

/**
 * @param {{ title: string, heading: string, organisation: string, path: string, modules: string[], script: string, body: string }} page
 *   `modules`: the CDN modules the page needs, `script`: the page's own.
 */
function layout({ title, heading, organisation, path, modules, script, body }) {
  const links = PAGES.map(([href, label]) => `<li><a href="${href}"${href === path ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`).join('\n          ');
  return `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · ${escapeHtml(organisation)}</title>
    <link rel="icon" href="/assets/favicon.svg" />
    <link rel="stylesheet" href="/assets/portal.css" />
${modules.map((module) => `    <script type="module" src="/assets/goesting/${module}"></script>\n`).join('')}    <script type="module" src="${script}"></script>
  </head>
  <body>
    <header>
      <p class="organisation">${escapeHtml(organisation)}</p>
      <h1>${escapeHtml(heading)}</h1>
    </header>
    <main>
${body}
    </main>
    <footer>
      <nav aria-label="Pagina’s van dit portaal">
        <ul>
          ${links}
        </ul>
      </nav>
    </footer>
  </body>
</html>
`;
}

/**
 * The employee's page: choose a team, then the check for the open wave.
 * @param {{ organisation: string, teams: { id: string, label: string, parent?: string }[], wave?: { id: string, label: string } }} data
 */
export function employeePage({ organisation, teams, wave }) {
  const intro = `      <section class="intro" aria-labelledby="about-title">
        <h2 id="about-title">Anoniem, en zo blijft het</h2>
        <p>We bewaren niet wie je bent: geen naam, geen IP-adres, geen uur. We bewaren alleen je score per thema, je team, de meting en de dag.</p>
        <p>HR ziet nooit jouw antwoorden. HR ziet alleen cijfers van groepen met minstens 5 mensen.</p>
      </section>`;
  const page = (/** @type {string} */ body) =>
    layout({ title: 'Werkbaar werk', heading: 'Werkbaar werk', organisation, path: '/', modules: ['goesting-workability.js'], script: '/assets/employee.mjs', body: `${intro}\n${body}` });
  if (!wave) {
    return page(`      <p class="notice" id="no-wave">Er loopt nu geen meting. Je kunt de vragenlijst invullen als HR een nieuwe meting start.</p>`);
  }
  return page(`      <section class="start" aria-labelledby="start-title">
        <h2 id="start-title">Meting ${escapeHtml(wave.label)}</h2>
        <p class="field">
          <label for="team">In welk team werk je?</label>
          <select id="team" name="team">
            <option value="">Kies je team</option>
            ${teamOptions(teams)}
          </select>
        </p>
        <p id="choose-first">Kies eerst je team. Daarna zie je de vragen.</p>
      </section>
      <div id="status" class="status" role="status" aria-live="polite"></div>
      <div id="problem" class="problem" role="alert"></div>
      <p class="retry"><button type="button" id="retry" hidden>Opnieuw versturen</button></p>
      <div id="check-area" hidden>
        <goesting-workability-check wave="${escapeHtml(wave.id)}"></goesting-workability-check>
      </div>`);
}

/**
 * The professional's page: choose a team, then the self-scan for the open wave. Without logins the
 * page sends the chosen team beside the scan; a real portal takes the team from the signed-in
 * account and sends nothing but the scan.
 * @param {{ organisation: string, teams: { id: string, label: string, parent?: string }[], wave?: { id: string, label: string }, minGroupSize: number }} data
 */
export function scanPage({ organisation, teams, wave, minGroupSize }) {
  const intro = `      <section class="intro" aria-labelledby="about-title">
        <h2 id="about-title">Anoniem, en zo blijft het</h2>
        <p>We bewaren niet wie je bent: geen naam, geen IP-adres, geen uur. We bewaren ook niet wat je bij elke zin antwoordde.</p>
        <p>We bewaren alleen je score per pijler en dimensie, hoeveel goesting elke pijler je geeft, waarover je wil praten, je team, de meting en de dag.</p>
        <p>Je teamcoach ziet nooit jouw zelfscan. De coach ziet alleen cijfers van teams met minstens ${escapeHtml(minGroupSize)} zelfscans.</p>
      </section>`;
  const page = (/** @type {string} */ body) =>
    layout({ title: 'Zelfscan', heading: 'Zelfscan voor de teamspiegel', organisation, path: '/scan', modules: ['goesting-selfscan.js'], script: '/assets/scan.mjs', body: `${intro}\n${body}` });
  if (!wave) {
    return page(`      <p class="notice" id="no-wave">Er loopt nu geen meting. Je kunt de zelfscan invullen als er een nieuwe meting start.</p>`);
  }
  return page(`      <section class="start" aria-labelledby="start-title">
        <h2 id="start-title">Meting ${escapeHtml(wave.label)}</h2>
        <p class="field">
          <label for="team">In welk team werk je?</label>
          <select id="team" name="team">
            <option value="">Kies je team</option>
            ${teamOptions(teams)}
          </select>
        </p>
        <p id="choose-first">Kies eerst je team. Daarna zie je de zelfscan.</p>
        <p>Als je klaar bent, zie je meteen je eigen resultaat. Dat is voor jou alleen.</p>
      </section>
      <div id="status" class="status" role="status" aria-live="polite"></div>
      <div id="problem" class="problem" role="alert"></div>
      <p class="retry"><button type="button" id="retry" hidden>Opnieuw versturen</button></p>
      <div id="scan-area" hidden>
        <goesting-selfscan></goesting-selfscan>
      </div>`);
}

/**
 * The team coach's page: release the team mirror, see earlier releases, and read the latest one,
 * opened at the coach's team. Without logins the coach chooses the team; a real portal takes it
 * from the signed-in account.
 * @param {{ organisation: string, teams: { id: string, label: string, parent?: string }[], releases: { release: string, day: string }[], minGroupSize: number, policy: string }} data
 */
export function coachPage({ organisation, teams, releases, minGroupSize, policy }) {
  const list = releases.map((r) => `<li><b>${escapeHtml(r.release)}</b> · ${escapeHtml(dayInWords(r.day))}</li>`).join('');
  const policyText =
    policy === 'closed-waves'
      ? 'Een teamspiegel toont alleen metingen die afgesloten zijn.'
      : 'Ook de meting die nog loopt, staat in de teamspiegel.';
  return layout({
    title: 'Teamspiegel',
    heading: 'Teamspiegel voor de teamcoach',
    organisation,
    path: '/coach',
    modules: ['goesting-selfscan-team.js'],
    script: '/assets/coach.mjs',
    body: `      <div class="panels">
      <section aria-labelledby="release-title">
        <h2 id="release-title">Teamspiegel vrijgeven</h2>
        <p>Een teamspiegel toont de zelfscans van een team samen, nooit de zelfscan van één persoon. Een team met minder dan ${escapeHtml(minGroupSize)} zelfscans toont geen cijfers. ${policyText}</p>
        <p><button type="button" id="release" class="primary">Teamspiegel vrijgeven</button></p>
        <div id="release-status" class="status" role="status" aria-live="polite"></div>
      </section>
      <section aria-labelledby="team-title">
        <h2 id="team-title">Jouw team</h2>
        <p class="field">
          <label for="coach-team">Welk team begeleid je?</label>
          <select id="coach-team">
            <option value="">Hele organisatie</option>
            ${teamOptions(teams)}
          </select>
        </p>
        <p>De teamspiegel toont eerst dit team. Daarna kun je ook een ander team kiezen. Het focusplan onder de teamspiegel is het plan van dit team.</p>
      </section>
      <section aria-labelledby="releases-title">
        <h2 id="releases-title">Eerdere teamspiegels</h2>
        <ul id="releases">${list}</ul>
        <p id="no-releases"${releases.length ? ' hidden' : ''}>Er is nog geen teamspiegel vrijgegeven.</p>
      </section>
      </div>
      <goesting-selfscan-team></goesting-selfscan-team>
      <div id="focus-plan-status" class="status" role="status" aria-live="polite"></div>`,
  });
}

/**
 * HR's page: release a report, see earlier releases, close the open wave, read the latest report.
 * @param {{ organisation: string, wave?: { id: string, label: string }, releases: { release: string, day: string }[], minGroupSize: number, policy: string }} data
 */
export function hrPage({ organisation, wave, releases, minGroupSize, policy }) {
  const list = releases.map((r) => `<li><b>${escapeHtml(r.release)}</b> · ${escapeHtml(dayInWords(r.day))}</li>`).join('');
  const waveSection = wave
    ? `<p id="wave-now">Nu loopt de meting <b>${escapeHtml(wave.label)}</b>. Sluit ze af als iedereen de kans kreeg om te antwoorden. Daarna kan niemand nog antwoorden voor deze meting.</p>
        <p><button type="button" id="close-wave" data-wave="${escapeHtml(wave.id)}" data-label="${escapeHtml(wave.label)}">Meting afsluiten</button></p>`
    : `<p id="wave-now">Er loopt nu geen meting.</p>`;
  const policyText =
    policy === 'closed-waves'
      ? 'Een rapport toont alleen metingen die afgesloten zijn.'
      : 'Ook de meting die nog loopt, staat in het rapport.';
  return layout({
    title: 'Rapport werkbaar werk',
    heading: 'Werkbaar werk: rapport voor HR',
    organisation,
    path: '/hr',
    modules: ['goesting-workability.js'],
    script: '/assets/hr.mjs',
    body: `      <div class="panels">
      <section aria-labelledby="release-title">
        <h2 id="release-title">Rapport vrijgeven</h2>
        <p>Een rapport toont cijfers per groep, nooit de antwoorden van één persoon. Een groep met minder dan ${escapeHtml(minGroupSize)} antwoorden toont geen cijfers. ${policyText}</p>
        <p><button type="button" id="release" class="primary">Rapport vrijgeven</button></p>
        <div id="release-status" class="status" role="status" aria-live="polite"></div>
      </section>
      <section aria-labelledby="wave-title">
        <h2 id="wave-title">Meting</h2>
        ${waveSection}
        <div id="wave-status" class="status" role="status" aria-live="polite"></div>
      </section>
      <section aria-labelledby="releases-title">
        <h2 id="releases-title">Eerdere rapporten</h2>
        <ul id="releases">${list}</ul>
        <p id="no-releases"${releases.length ? ' hidden' : ''}>Er is nog geen rapport vrijgegeven.</p>
      </section>
      </div>
      <goesting-workability-report reference></goesting-workability-report>
      <div id="focus-plan-status" class="status" role="status" aria-live="polite"></div>`,
  });
}

class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * Reads a JSON request body of at most BODY_LIMIT bytes. Refuses other content types, larger
 * bodies and invalid JSON with an HttpError.
 * @param {import('node:http').IncomingMessage} req
 */
async function readJson(req) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'unsupported-media-type', 'Send JSON, with Content-Type: application/json.');
  const tooLarge = () => new HttpError(413, 'too-large', `The body is larger than ${BODY_LIMIT} bytes.`);
  if (Number(req.headers['content-length'] ?? 0) > BODY_LIMIT) throw tooLarge();
  // A body sent without its length is read to the end (and thrown away past the limit), so the
  // client hears the refusal instead of a broken connection; past DRAIN_LIMIT the portal hangs up.
  const chunks = await new Promise((done, fail) => {
    /** @type {Buffer[]} */
    const kept = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) kept.push(chunk);
      else if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on('end', () => (size > BODY_LIMIT ? fail(tooLarge()) : done(kept)));
    req.on('error', fail);
    req.on('close', () => fail(tooLarge()));
  });
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid-json', 'The body is not valid JSON.');
  }
}

/**
 * Starts the portal on loopback.
 * @param {{
 *   port?: number,
 *   host?: string,
 *   database?: DatabaseOptions | Database,
 *   config?: Partial<PortalConfig>,
 * }} [options] `database`: options to open one (closed with the portal), or an open one (left open).
 *   `config`: laid over config.json, e.g. `{ policy: 'closed-waves' }`.
 * @returns {Promise<{ origin: string, db: Database, close: () => Promise<void> }>}
 */
export async function startPortal({ port = Number(process.env.PORT ?? 0), host = '127.0.0.1', database = {}, config: override } = {}) {
  const config = loadConfig(override);
  const organisation = config.organisation ?? 'Organisatie';
  const assets = loadAssets();
  const ownsDatabase = !('query' in database);
  const db = ownsDatabase ? await openDatabase(/** @type {DatabaseOptions} */ (database)) : /** @type {Database} */ (database);
  try {
    await seed(db, config);
  } catch (error) {
    if (ownsDatabase) await db.close();
    throw error;
  }

  /** @type {Set<string>} */
  let allowedHosts = new Set();

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {Record<string, string>} headers
   * @param {string | Buffer} [body]
   */
  const send = (res, status, headers, body) => {
    res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
    res.end(body);
  };
  const json = (/** @type {import('node:http').ServerResponse} */ res, /** @type {number} */ status, /** @type {unknown} */ data) =>
    send(res, status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, JSON.stringify(data));
  const html = (/** @type {import('node:http').ServerResponse} */ res, /** @type {string} */ page) =>
    send(res, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, page);

  /**
   * A POST or PUT that changes something: only from the portal's own pages (or a client that sends
   * no Origin, such as curl), and only as JSON, which a form on another site cannot send.
   * @param {import('node:http').IncomingMessage} req
   */
  const checkPost = (req) => {
    const from = req.headers.origin;
    if (from !== undefined && !allowedHosts.has(from.replace(/^https?:\/\//, ''))) throw new HttpError(403, 'forbidden-origin', 'Requests from other sites are refused.');
  };

  /**
   * Releases one report in one transaction with its own ledger, and answers the aggregate only:
   * the ledger's record ids stay in the database.
   * @param {import('node:http').ServerResponse} res
   * @param {import('./db.mjs').ReportKind} report
   * @param {(records: unknown[], options: any) => { ok: true, data: { aggregate: any, entries: any[] } } | { ok: false, code: string, issues: unknown[] }} make
   */
  const releaseReport = async (res, report, make) => {
    const policy = config.policy ?? 'live';
    const released = await withRelease(db, report, ({ release, records, teams, waves, ledger }) => {
      const result = make(records, { release, teams, waves, ledger, policy, minGroupSize: config.minGroupSize ?? 5 });
      if (!result.ok) return { result };
      const { aggregate, entries } = result.data;
      return {
        result,
        store: { day: today(), waves: aggregate.waves.map((/** @type {{ id: string }} */ w) => w.id), minGroupSize: aggregate.minGroupSize, policy, aggregate, entries },
      };
    });
    if (!released.ok) return json(res, 500, { error: 'release-refused', code: released.code, issues: released.issues });
    json(res, 201, released.data.aggregate);
  };

  /** Whether `group` is the whole organisation or one of the portal's teams or departments. */
  const isGroup = async (/** @type {string} */ group) => group === ORGANISATION || (KEY.test(group) && (await listTeams(db)).some((t) => t.id === group));

  /** @type {Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, params: string[]) => Promise<void>>} */
  const routes = {
    async 'GET /'(req, res) {
      const [teams, waves] = await Promise.all([listTeams(db), listWaves(db)]);
      html(res, employeePage({ organisation, teams, wave: waves.filter((w) => w.open).at(-1) }));
    },

    async 'GET /hr'(req, res) {
      const [waves, releases] = await Promise.all([listWaves(db), listReleases(db)]);
      html(res, hrPage({ organisation, wave: waves.filter((w) => w.open).at(-1), releases, minGroupSize: config.minGroupSize ?? 5, policy: config.policy ?? 'live' }));
    },

    async 'POST /api/responses'(req, res) {
      checkPost(req);
      const detail = await readJson(req);
      const [teams, waves] = await Promise.all([listTeams(db), listWaves(db)]);
      const open = waves.filter((w) => w.open).map(({ id, label }) => ({ id, label }));
      const ingested = ingestWorkability(detail, { teams: choosableTeams(teams), waves: open, day: today() });
      if (!ingested.ok) return json(res, 422, { stored: false, code: ingested.code, issues: ingested.issues });
      const { team, wave, day, scores, zones, werkbaar } = ingested.data;
      if (!team || !wave || !(await insertRecord(db, { team, wave, day, scores, zones, werkbaar }))) {
        return json(res, 422, { stored: false, code: 'invalid-value', issues: [{ path: 'result.wave', code: 'unknown_wave', message: 'Not a wave that is open now.' }] });
      }
      // Never the record: the browser has its own result already.
      json(res, 201, { stored: true });
    },

    async 'POST /api/releases'(req, res) {
      checkPost(req);
      await readJson(req);
      await releaseReport(res, 'workability', releaseWorkability);
    },

    async 'GET /api/releases'(req, res) {
      json(res, 200, await listReleases(db, 'workability'));
    },

    async 'GET /api/releases/latest'(req, res) {
      const aggregate = await latestAggregate(db, 'workability');
      if (aggregate === undefined) return json(res, 404, { error: 'no-release', message: 'No report has been released yet.' });
      json(res, 200, aggregate);
    },

    async 'GET /scan'(req, res) {
      const [teams, waves] = await Promise.all([listTeams(db), listWaves(db)]);
      html(res, scanPage({ organisation, teams, wave: waves.filter((w) => w.open).at(-1), minGroupSize: config.minGroupSize ?? 5 }));
    },

    async 'GET /coach'(req, res) {
      const [teams, releases] = await Promise.all([listTeams(db), listReleases(db, 'team-mirror')]);
      html(res, coachPage({ organisation, teams, releases, minGroupSize: config.minGroupSize ?? 5, policy: config.policy ?? 'live' }));
    },

    // The body is `{ team, detail }`: the team the professional chose, beside the self-scan's
    // `goesting-complete` detail. This reference has no logins; a real portal takes the team from
    // the signed-in account and never from the request. Either way the team and the wave reach
    // ingest as the portal's own options: ingest never reads them from the detail.
    async 'POST /api/selfscans'(req, res) {
      checkPost(req);
      const body = await readJson(req);
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        return json(res, 422, { stored: false, code: 'invalid-value', issues: [{ path: '', code: 'invalid_type', message: 'Send an object: { "team": …, "detail": … }.' }] });
      }
      const [teams, waves] = await Promise.all([listTeams(db), listWaves(db)]);
      const choosable = choosableTeams(teams);
      const { team, detail } = body;
      const refuse = (/** @type {string} */ path, /** @type {string} */ code, /** @type {string} */ message) =>
        json(res, 422, { stored: false, code: 'invalid-value', issues: [{ path, code, message }] });
      if (typeof team !== 'string' || team === '') return refuse('team', 'missing_team', 'Choose a team.');
      if (!choosable.some((t) => t.id === team)) return refuse('team', 'unknown_team', 'Not a team of this portal that people can choose.');
      const wave = waves.filter((w) => w.open).at(-1);
      if (!wave) return refuse('wave', 'missing_wave', 'No wave is open now.');
      const ingested = ingestSelfscan(detail, {
        team,
        teams: choosable.map(({ id, label, parent }) => ({ id, label, ...(parent ? { parent } : {}) })),
        wave: wave.id,
        waves: waves.map(({ id, label, open }) => ({ id, label, open })),
        day: today(),
      });
      if (!ingested.ok) {
        // Issues about the scan point into `detail`; those about the team or the wave are the portal's own.
        const inDetail = ingested.code !== 'invalid-config';
        const issues = ingested.issues.map((i) => (inDetail ? { ...i, path: i.path ? `detail.${i.path}` : 'detail' } : i));
        return json(res, 422, { stored: false, code: ingested.code, issues });
      }
      const { cells, energy, talk, day } = ingested.data;
      // Only what ingest returned, and the wave only while it is still open.
      if (!(await insertSelfscan(db, { team, wave: wave.id, day, cells, energy, talk }))) {
        return refuse('wave', 'closed_wave', 'This wave was closed in the meantime.');
      }
      // Never the record: the browser has its own result already.
      json(res, 201, { stored: true });
    },

    async 'POST /api/team-releases'(req, res) {
      checkPost(req);
      await readJson(req);
      await releaseReport(res, 'team-mirror', releaseSelfscanTeam);
    },

    async 'GET /api/team-releases'(req, res) {
      json(res, 200, await listReleases(db, 'team-mirror'));
    },

    async 'GET /api/team-releases/latest'(req, res) {
      const aggregate = await latestAggregate(db, 'team-mirror');
      if (aggregate === undefined) return json(res, 404, { error: 'no-release', message: 'No team mirror has been released yet.' });
      json(res, 200, aggregate);
    },

    // Which groups have a plan, so a page asks only for plans that are there.
    async 'GET /api/focus-plans/:report'(req, res, [report]) {
      if (!FOCUS_REPORTS.includes(report)) return json(res, 404, { error: 'not-found', message: 'There is no such report.' });
      json(res, 200, await listFocusPlanGroups(db, report));
    },

    async 'GET /api/focus-plans/:report/:group'(req, res, [report, group]) {
      if (!FOCUS_REPORTS.includes(report) || !(await isGroup(group))) return json(res, 404, { error: 'not-found', message: 'There is no such report or group.' });
      const plan = await getFocusPlan(db, report, group);
      if (plan === undefined) return json(res, 404, { error: 'no-focus-plan', message: 'No focus plan has been stored for this group yet.' });
      json(res, 200, plan);
    },

    // What a report page sends with the report's `goesting-change` events: the group's focus plan,
    // which replaces the one stored before. Written by the team, for the team: no person's name
    // belongs in it, and the portal stores nothing about who sent it.
    async 'PUT /api/focus-plans/:report/:group'(req, res, [report, group]) {
      checkPost(req);
      const body = await readJson(req);
      if (!FOCUS_REPORTS.includes(report) || !(await isGroup(group))) return json(res, 404, { stored: false, code: 'not-found', issues: [{ path: '', code: 'not_found', message: 'There is no such report or group.' }] });
      const parsed = parseFocusPlan(body, { report, group });
      if (!parsed.ok) return json(res, 422, { stored: false, code: parsed.code, issues: parsed.issues });
      const plan = parsed.data;
      const known = new Set(['', ...(await listWaves(db)).map((w) => w.id)]);
      const unknownWaves = [
        ...(known.has(plan.wave) ? [] : [{ path: 'wave', code: 'unknown_wave', message: 'Not a wave of this portal.' }]),
        ...(!plan.previous || known.has(plan.previous.wave) ? [] : [{ path: 'previous.wave', code: 'unknown_wave', message: 'Not a wave of this portal.' }]),
      ];
      if (unknownWaves.length) return json(res, 422, { stored: false, code: 'invalid-value', issues: unknownWaves });
      await putFocusPlan(db, report, group, plan);
      json(res, 200, { stored: true });
    },

    async 'POST /api/waves/:id/close'(req, res, [id]) {
      checkPost(req);
      await readJson(req);
      if (!KEY.test(id) || !(await closeWave(db, id))) return json(res, 404, { error: 'no-open-wave', message: 'There is no open wave with this key.' });
      json(res, 200, { closed: id });
    },
  };

  /**
   * @param {string} method
   * @param {string} path
   * @returns {{ handler?: (typeof routes)[string], params: string[], allowed: string[] }}
   */
  const route = (method, path) => {
    const close = /^\/api\/waves\/([^/]+)\/close$/.exec(path);
    const plan = /^\/api\/focus-plans\/([^/]+)\/([^/]+)$/.exec(path);
    const plans = /^\/api\/focus-plans\/([^/]+)$/.exec(path);
    const pattern = close ? '/api/waves/:id/close' : plan ? '/api/focus-plans/:report/:group' : plans ? '/api/focus-plans/:report' : path;
    const params = close ? [safeDecode(close[1])] : plan ? [safeDecode(plan[1]), safeDecode(plan[2])] : plans ? [safeDecode(plans[1])] : [];
    const allowed = Object.keys(routes)
      .filter((key) => key.split(' ')[1] === pattern)
      .map((key) => key.split(' ')[0]);
    return { handler: routes[`${method} ${pattern}`], params, allowed };
  };

  const server = createServer(async (req, res) => {
    try {
      // Only this machine's names: a page elsewhere cannot point its own host name here.
      if (!allowedHosts.has(req.headers.host ?? '')) throw new HttpError(421, 'unknown-host', 'Unknown host.');
      const path = new URL(req.url ?? '/', 'http://portal.invalid').pathname;
      const asset = req.method === 'GET' ? assets.get(path) : undefined;
      if (asset) return send(res, 200, { 'content-type': asset.type, 'cache-control': 'no-cache' }, asset.body);
      const { handler, params, allowed } = route(req.method ?? 'GET', path);
      if (handler) return await handler(req, res, params);
      if (allowed.length) return send(res, 405, { allow: allowed.join(', '), 'content-type': 'text/plain; charset=utf-8' }, 'Method not allowed');
      if (path.startsWith('/api/')) return json(res, 404, { error: 'not-found' });
      send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Niet gevonden');
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) {
        // A body the portal will not read is not drained: the connection closes after the answer.
        if (!req.complete) res.setHeader('connection', 'close');
        const issue = { path: '', code: error.code.replaceAll('-', '_'), message: error.message };
        return json(res, error.status, { stored: false, code: error.code, issues: [issue] });
      }
      // The error's message only: never the request, its body or where it came from.
      console.error(`portal: ${req.method} ${new URL(req.url ?? '/', 'http://portal.invalid').pathname} failed: ${/** @type {Error} */ (error).message}`);
      json(res, 500, { error: 'internal', message: 'Something went wrong on the server.' });
    }
  });

  try {
    await new Promise((done, fail) => {
      server.once('error', fail);
      server.listen(port, host, () => done(undefined));
    });
  } catch (error) {
    if (ownsDatabase) await db.close();
    throw error;
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const name = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  allowedHosts = new Set([`${name}:${address.port}`, `localhost:${address.port}`]);
  const origin = `http://${name}:${address.port}`;

  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () =>
    (closing ??= (async () => {
      await new Promise((done) => {
        server.close(() => done(undefined));
        server.closeIdleConnections();
        // A browser that keeps a connection busy does not hold the database open for long.
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      });
      if (ownsDatabase) await db.close();
    })());

  return { origin, db, close };
}

/** @param {string} text */
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

const runDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const portal = await startPortal({ port: Number(process.env.PORT || 8080) });
  console.log(
    `Portal: ${portal.origin}/ (employees), ${portal.origin}/scan (professionals), ${portal.origin}/hr (HR) and ${portal.origin}/coach (team coach), database: ${portal.db.kind}`,
  );
  const stop = async (/** @type {string} */ signal) => {
    console.log(`${signal}: stopping, closing the database`);
    await portal.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
