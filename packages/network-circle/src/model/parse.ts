import { createMigrator, parseJsonInput, toValidationIssues, type ValidationIssue, parseVersionedDocument, type Parsed, parseChoice } from '@goesting/core/model';
import { configSchema, DEFAULT_RINGS, DEFAULT_SECTORS, historySchema, NETWORK_SCHEMA_VERSION, valueSchema, type NetworkConfig, type NetworkValue } from './schema.js';

/** Upgrades older documents; version 1 is the first, so there is nothing to upgrade yet. */
export const migrateNetworkValue = createMigrator(NETWORK_SCHEMA_VERSION);

export type { Parsed };

/** The default circle: 3 rings and 5 sectors, the last one formal help. */
export function defaultNetworkConfig(): NetworkConfig {
  return {
    rings: DEFAULT_RINGS.map((id) => ({ id })),
    sectors: DEFAULT_SECTORS.map((id) => (id === 'professionals' ? { id, formal: true } : { id })),
  };
}

/** The two ways to show the circle: the drawing and the equivalent list. */
export const NETWORK_VIEWS = ['drawing', 'list'] as const;
export type NetworkView = (typeof NETWORK_VIEWS)[number];

export { parseChoice };

/** Validates the host's rings and sectors. */
export function parseNetworkConfig(input: unknown): Parsed<NetworkConfig> {
  const parsed = parseJsonInput(input);
  if (!parsed.ok) return parsed;
  const result = configSchema.safeParse(parsed.data);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: 'invalid-config', issues: toValidationIssues(result.error.issues) };
}

/**
 * Validates a saved circle against the rings and sectors in use: upgrades older versions, refuses
 * newer ones, and reports unknown rings or sectors and people listed twice.
 */
export function parseNetworkValue(input: unknown, config: NetworkConfig): Parsed<NetworkValue> {
  const result = parseVersionedDocument(input, migrateNetworkValue, valueSchema);
  if (!result.ok) return result;
  const rings = new Set(config.rings.map((r) => r.id));
  const sectors = new Set(config.sectors.map((s) => s.id));
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  result.data.people.forEach((person, i) => {
    if (seen.has(person.id)) issues.push({ path: `people[${i}].id`, code: 'duplicate_id', message: `Duplicate id "${person.id}".`, params: { id: person.id } });
    seen.add(person.id);
    if (!sectors.has(person.sector)) issues.push({ path: `people[${i}].sector`, code: 'unknown_sector', message: `Unknown sector "${person.sector}".`, params: { id: person.sector } });
    if (!rings.has(person.ring)) issues.push({ path: `people[${i}].ring`, code: 'unknown_ring', message: `Unknown ring "${person.ring}".`, params: { id: person.ring } });
  });
  return issues.length ? { ok: false, code: 'invalid-value', issues } : { ok: true, data: result.data };
}

/** Validates earlier circles: value documents, oldest first (object or JSON string; unset is none). */
export function parseNetworkHistory(input: unknown): Parsed<NetworkValue[]> {
  const json = parseJsonInput(input ?? []);
  if (!json.ok) return json;
  const result = historySchema.safeParse(json.data ?? []);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: 'invalid-history', issues: toValidationIssues(result.error.issues) };
}

/** An empty circle. */
export function emptyNetworkValue(): NetworkValue {
  return { schemaVersion: NETWORK_SCHEMA_VERSION, people: [], completed: false };
}
