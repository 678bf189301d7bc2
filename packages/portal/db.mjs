// The portal's database: PGlite on disk by default, PostgreSQL through `pg` when a connection
// string is given. One small interface over both: `query(sql, params)` with $1 parameters returns
// the rows, `transaction(fn)` runs `fn(tx)` in one transaction, `close()` ends cleanly.
//
// What is stored, and what never is: a workability record keeps a team, a wave, a day, the scores
// and zones per topic and werkbaar; a self-scan record keeps a team, a wave, a day, the score per
// cell, the energy per pillar and the cells to talk about. Nothing links a record to a person: no
// user id, no IP address, no session, no time of day, no answers per statement.
//
// Each group report (the workability report, the team mirror) has its own records, its own
// release keys and its own ledger: a release is only ever set against earlier releases of the
// same report, whose ledger entries name records of the same table.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where PGlite keeps its files when neither the caller nor PORTAL_DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * @typedef {object} Queryable
 * @property {(sql: string, params?: unknown[]) => Promise<Record<string, any>[]>} query Runs one statement; returns its rows.
 */

/**
 * @typedef {Queryable & {
 *   kind: 'pglite' | 'postgres',
 *   schema?: string,
 *   transaction: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>,
 *   close: () => Promise<void>,
 * }} Database
 */

/**
 * @typedef {object} DatabaseOptions
 * @property {string} [url] A PostgreSQL connection string; without it, PGlite. Defaults to DATABASE_URL.
 * @property {string} [dataDir] PGlite's folder. Defaults to PORTAL_DATA_DIR, else packages/portal/data/.
 * @property {string} [schema] Keep every table in this schema (created if missing), e.g. one per test run.
 */

/**
 * Opens the database and creates the portal's tables if they are missing.
 * @param {DatabaseOptions} [options]
 * @returns {Promise<Database>}
 */
export async function openDatabase({ url = process.env.DATABASE_URL, dataDir = process.env.PORTAL_DATA_DIR || DEFAULT_DATA_DIR, schema } = {}) {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`Not a usable schema name: ${schema}`);
  const db = url ? await openPostgres(url, schema) : await openPglite(dataDir, schema);
  try {
    await createTables(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * @param {string} dataDir
 * @param {string | undefined} schema
 * @returns {Promise<Database>}
 */
async function openPglite(dataDir, schema) {
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  if (schema) await pglite.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  /** @param {{ query: Function }} on */
  const queryOn = (on) => async (/** @type {string} */ sql, /** @type {unknown[]} */ params = []) => (await on.query(sql, params)).rows;
  let closed = false;
  return {
    kind: 'pglite',
    ...(schema ? { schema } : {}),
    query: queryOn(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn({ query: queryOn(tx) })),
    async close() {
      if (closed) return;
      closed = true;
      await pglite.close();
    },
  };
}

/**
 * @param {string} url
 * @param {string | undefined} schema
 * @returns {Promise<Database>}
 */
async function openPostgres(url, schema) {
  const { default: pg } = await import('pg');
  // Every connection of the pool looks in the schema first; it is created before the first table.
  const pool = new pg.Pool({ connectionString: url, max: 5, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // An idle connection that the server drops must not take the portal down; the next query reconnects.
  pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let closed = false;
  return {
    kind: 'postgres',
    ...(schema ? { schema } : {}),
    query: async (sql, params = []) => (await pool.query(sql, params)).rows,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: async (sql, params = []) => (await client.query(sql, params)).rows });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/**
 * The group reports the portal releases. Each has its own records table and its own key prefix
 * (`r1`, `r2`, … and `t1`, `t2`, …), and `releases` and `ledger` say per row which report it
 * belongs to: a ledger entry's record keys are keys of that report's table only.
 */
export const REPORTS = {
  workability: { prefix: 'r', records: 'SELECT id, team, wave, scores FROM records ORDER BY id' },
  'team-mirror': { prefix: 't', records: 'SELECT id, team, wave, cells, energy, talk FROM selfscan_records ORDER BY id' },
};

/** @typedef {keyof typeof REPORTS} ReportKind */

/** The reports whose pages send a focus plan, by the name a plan gives its report (the report widget's). */
export const FOCUS_REPORTS = ['workability-report', 'selfscan-team'];

/**
 * The portal's tables. `records` and `selfscan_records` have no column that could point to a
 * person, and `day` is a date: no time of day. `ledger` keeps, per released group, the record ids
 * it covered, so a later release of the same report can be set against every earlier one.
 *
 * A database made by an earlier version of the portal is upgraded in place, in one transaction:
 * its releases and ledger entries become the workability report's, and release numbers count per
 * report from then on.
 * @param {Database} db
 */
async function createTables(db) {
  await db.transaction(async (tx) => {
    for (const sql of [
      `CREATE TABLE IF NOT EXISTS teams (
        id text PRIMARY KEY,
        label text NOT NULL,
        parent text REFERENCES teams (id),
        position integer NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS waves (
        id text PRIMARY KEY,
        label text NOT NULL,
        position integer NOT NULL,
        open boolean NOT NULL DEFAULT false
      )`,
      `CREATE TABLE IF NOT EXISTS records (
        id serial PRIMARY KEY,
        team text NOT NULL REFERENCES teams (id),
        wave text NOT NULL REFERENCES waves (id),
        day date NOT NULL,
        scores jsonb NOT NULL,
        zones jsonb NOT NULL,
        werkbaar boolean NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS selfscan_records (
        id serial PRIMARY KEY,
        team text NOT NULL REFERENCES teams (id),
        wave text NOT NULL REFERENCES waves (id),
        day date NOT NULL,
        cells jsonb NOT NULL,
        energy jsonb NOT NULL,
        talk jsonb NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS releases (
        id text PRIMARY KEY,
        report text NOT NULL,
        seq integer NOT NULL,
        created date NOT NULL,
        waves jsonb NOT NULL,
        min_group_size integer NOT NULL,
        policy text NOT NULL,
        aggregate jsonb NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS ledger (
        release text NOT NULL REFERENCES releases (id),
        report text NOT NULL,
        scope text NOT NULL,
        group_id text NOT NULL,
        min_group_size integer NOT NULL,
        records jsonb NOT NULL,
        PRIMARY KEY (release, scope, group_id)
      )`,
      // Before the team mirror, every release was the workability report's, numbered across the
      // whole table. Those rows are marked as such; then every insert must name its report.
      `ALTER TABLE releases ADD COLUMN IF NOT EXISTS report text NOT NULL DEFAULT 'workability'`,
      `ALTER TABLE releases ALTER COLUMN report DROP DEFAULT`,
      `ALTER TABLE releases DROP CONSTRAINT IF EXISTS releases_seq_key`,
      `CREATE UNIQUE INDEX IF NOT EXISTS releases_report_seq ON releases (report, seq)`,
      `ALTER TABLE ledger ADD COLUMN IF NOT EXISTS report text NOT NULL DEFAULT 'workability'`,
      `ALTER TABLE ledger ALTER COLUMN report DROP DEFAULT`,
      `CREATE INDEX IF NOT EXISTS ledger_report ON ledger (report)`,
      // The latest focus plan per report and group: the team's own words, no person's.
      `CREATE TABLE IF NOT EXISTS focus_plans (
        report text NOT NULL,
        group_id text NOT NULL,
        plan jsonb NOT NULL,
        PRIMARY KEY (report, group_id)
      )`,
    ]) {
      await tx.query(sql);
    }
  });
}

/**
 * @typedef {object} PortalConfig
 * @property {string} [organisation]
 * @property {'live' | 'closed-waves'} [policy]
 * @property {number} [minGroupSize]
 * @property {{ id: string, label: string, parent?: string }[]} teams Parents before their teams.
 * @property {{ id: string, label: string, open?: boolean }[]} waves In order, oldest first.
 */

/**
 * Fills teams and waves from the configuration on first start; a database that has them keeps
 * its own (HR may have closed a wave since). A wave the configuration names that the database
 * does not have yet is added: that is how a new wave starts.
 * @param {Database} db
 * @param {PortalConfig} config
 */
export async function seed(db, config) {
  await db.transaction(async (tx) => {
    const [{ teams }] = await tx.query('SELECT count(*)::int AS teams FROM teams');
    if (teams === 0) {
      for (const [position, team] of config.teams.entries()) {
        await tx.query('INSERT INTO teams (id, label, parent, position) VALUES ($1, $2, $3, $4)', [team.id, team.label, team.parent ?? null, position]);
      }
    }
    // New waves come after every wave the database has, in the configuration's order.
    const known = new Set((await tx.query('SELECT id FROM waves')).map((r) => r.id));
    let [{ position }] = await tx.query('SELECT coalesce(max(position) + 1, 0)::int AS position FROM waves');
    for (const wave of config.waves) {
      if (known.has(wave.id)) continue;
      await tx.query('INSERT INTO waves (id, label, position, open) VALUES ($1, $2, $3, $4)', [wave.id, wave.label, position++, wave.open === true]);
    }
  });
}

/**
 * The teams as the workability package takes them, parents first.
 * @param {Queryable} db
 * @returns {Promise<{ id: string, label: string, parent?: string }[]>}
 */
export async function listTeams(db) {
  const rows = await db.query('SELECT id, label, parent FROM teams ORDER BY position, id');
  return rows.map((r) => ({ id: r.id, label: r.label, ...(r.parent ? { parent: r.parent } : {}) }));
}

/**
 * Every wave in order, with whether it is open.
 * @param {Queryable} db
 * @returns {Promise<{ id: string, label: string, open: boolean }[]>}
 */
export async function listWaves(db) {
  const rows = await db.query('SELECT id, label, open FROM waves ORDER BY position, id');
  return rows.map((r) => ({ id: r.id, label: r.label, open: r.open === true }));
}

/**
 * Stores one ingested record, but only while its wave is still open: a wave closed between the
 * check and the insert gets nothing. Returns whether it was stored.
 * @param {Queryable} db
 * @param {{ team: string, wave: string, day: string, scores: object, zones: object, werkbaar: boolean }} record
 */
export async function insertRecord(db, record) {
  const rows = await db.query(
    `INSERT INTO records (team, wave, day, scores, zones, werkbaar)
     SELECT $1, $2, $3::text::date, $4::text::jsonb, $5::text::jsonb, $6
     WHERE EXISTS (SELECT 1 FROM waves WHERE id = $2 AND open)
     RETURNING 1 AS stored`,
    [record.team, record.wave, record.day, JSON.stringify(record.scores), JSON.stringify(record.zones), record.werkbaar],
  );
  return rows.length === 1;
}

/**
 * Stores one ingested self-scan record (what `ingestSelfscan` returned: cells, energy, talk, team,
 * wave, day), but only while its wave is still open. Returns whether it was stored.
 * @param {Queryable} db
 * @param {{ team: string, wave: string, day: string, cells: object, energy: object, talk: string[] }} record
 */
export async function insertSelfscan(db, record) {
  const rows = await db.query(
    `INSERT INTO selfscan_records (team, wave, day, cells, energy, talk)
     SELECT $1, $2, $3::text::date, $4::text::jsonb, $5::text::jsonb, $6::text::jsonb
     WHERE EXISTS (SELECT 1 FROM waves WHERE id = $2 AND open)
     RETURNING 1 AS stored`,
    [record.team, record.wave, record.day, JSON.stringify(record.cells), JSON.stringify(record.energy), JSON.stringify(record.talk)],
  );
  return rows.length === 1;
}

/**
 * Closes an open wave. Returns false when there is no open wave with this id.
 * @param {Queryable} db
 * @param {string} id
 */
export async function closeWave(db, id) {
  const rows = await db.query('UPDATE waves SET open = false WHERE id = $1 AND open RETURNING id', [id]);
  return rows.length === 1;
}

/**
 * Earlier releases of one report, newest first: key and day only.
 * @param {Queryable} db
 * @param {ReportKind} [report]
 * @returns {Promise<{ release: string, day: string }[]>}
 */
export async function listReleases(db, report = 'workability') {
  return db.query('SELECT id AS release, created::text AS day FROM releases WHERE report = $1 ORDER BY seq DESC', [report]);
}

/**
 * The aggregate of one report's newest release, or undefined before its first.
 * @param {Queryable} db
 * @param {ReportKind} [report]
 */
export async function latestAggregate(db, report = 'workability') {
  const [row] = await db.query('SELECT aggregate FROM releases WHERE report = $1 ORDER BY seq DESC LIMIT 1', [report]);
  return row?.aggregate;
}

/**
 * Runs `make` with everything a release of `report` needs, read inside one transaction that holds
 * the releases table for itself: two releases at once cannot both miss each other's ledger
 * entries. `make` gets the next key of this report, this report's records and only this report's
 * ledger, and returns the release to store (or nothing to store nothing); the release row and its
 * ledger entries are written in the same transaction, so the ledger never lacks a release.
 * @template T
 * @param {Database} db
 * @param {ReportKind} report
 * @param {(input: {
 *   release: string,
 *   seq: number,
 *   records: ({ id: number, team: string, wave: string } & Record<string, unknown>)[],
 *   teams: { id: string, label: string, parent?: string }[],
 *   waves: { id: string, label: string, open: boolean }[],
 *   ledger: { release: string, scope: string, group: string, minGroupSize: number, records: number[] }[],
 * }) => { store?: { day: string, waves: string[], minGroupSize: number, policy: string, aggregate: object, entries: { release: string, scope: string, group: string, minGroupSize: number, records: (number | string)[] }[] }, result: T }} make
 * @returns {Promise<T>}
 */
export async function withRelease(db, report, make) {
  const kind = REPORTS[report];
  if (!kind) throw new Error(`Not a report of this portal: ${report}`);
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE releases, ledger IN EXCLUSIVE MODE');
    const [{ seq }] = await tx.query('SELECT coalesce(max(seq), 0)::int + 1 AS seq FROM releases WHERE report = $1', [report]);
    const release = `${kind.prefix}${seq}`;
    const records = await tx.query(kind.records);
    const teams = await listTeams(tx);
    const waves = await listWaves(tx);
    const ledger = (await tx.query('SELECT release, scope, group_id, min_group_size, records FROM ledger WHERE report = $1', [report])).map((r) => ({
      release: r.release,
      scope: r.scope,
      group: r.group_id,
      minGroupSize: r.min_group_size,
      records: r.records,
    }));
    const { store, result } = make({ release, seq, records, teams, waves, ledger });
    if (store) {
      await tx.query(
        'INSERT INTO releases (id, report, seq, created, waves, min_group_size, policy, aggregate) VALUES ($1, $2, $3, $4::text::date, $5::text::jsonb, $6, $7, $8::text::jsonb)',
        [release, report, seq, store.day, JSON.stringify(store.waves), store.minGroupSize, store.policy, JSON.stringify(store.aggregate)],
      );
      for (const entry of store.entries) {
        if (entry.release !== release) throw new Error(`A ledger entry of ${entry.release} cannot be stored with release ${release}`);
        await tx.query('INSERT INTO ledger (release, report, scope, group_id, min_group_size, records) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)', [
          release,
          report,
          entry.scope,
          entry.group,
          entry.minGroupSize,
          JSON.stringify(entry.records),
        ]);
      }
    }
    return result;
  });
}

/**
 * The focus plan stored last for a report's group, or undefined.
 * @param {Queryable} db
 * @param {string} report The plan's report, such as `selfscan-team`.
 * @param {string} group A team's key or `@organisation`.
 */
export async function getFocusPlan(db, report, group) {
  const [row] = await db.query('SELECT plan FROM focus_plans WHERE report = $1 AND group_id = $2', [report, group]);
  return row?.plan;
}

/**
 * The groups of a report that have a focus plan stored, in order of their keys.
 * @param {Queryable} db
 * @param {string} report
 * @returns {Promise<string[]>}
 */
export async function listFocusPlanGroups(db, report) {
  return (await db.query('SELECT group_id FROM focus_plans WHERE report = $1 ORDER BY group_id', [report])).map((r) => r.group_id);
}

/**
 * Stores a report's focus plan for a group (checked by the caller), in place of the one before.
 * @param {Queryable} db
 * @param {string} report
 * @param {string} group
 * @param {object} plan
 */
export async function putFocusPlan(db, report, group, plan) {
  await db.query(
    `INSERT INTO focus_plans (report, group_id, plan) VALUES ($1, $2, $3::text::jsonb)
     ON CONFLICT (report, group_id) DO UPDATE SET plan = excluded.plan`,
    [report, group, JSON.stringify(plan)],
  );
}
