/** Build-time helper (Node): not part of any browser bundle. */
import { z } from 'zod/mini';

/**
 * Turns named zod schemas into JSON Schema documents (draft 2020-12), one per name, ready to be
 * written as `dist/schemas/<name>.json` by the build. `idBase` makes each `$id` unique.
 */
export function toJsonSchemaDocuments(
  schemas: Readonly<Record<string, z.ZodMiniType>>,
  idBase: string,
): Record<string, Record<string, unknown>> {
  const documents: Record<string, Record<string, unknown>> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
    documents[name] = { $id: `${idBase}/${name}.json`, title: name, ...json };
  }
  return documents;
}
