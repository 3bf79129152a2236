import type { Registry } from './registry';

/**
 * Cypher derived from the model, for the slots of hand-written queries in `cypher/`. Small
 * and pinned by unit tests (test/unit/model-cypher.test.ts), so a reader sees what runs.
 */

/**
 * The body of a `CALL (ref) { ... }` that finds the node an entity reference names
 * (`ref.label`, `ref.key`): one branch per label, so that each finds its node through the
 * label's unique key index; only the branch of the given label returns a row.
 */
export function entityByRefBranches(registry: Registry, ref = 'ref'): string {
  return registry.entities
    .map((entity, i) => {
      const branch = `MATCH (n:${entity.name} {${entity.key.field}: ${ref}.key}) WHERE ${ref}.label = '${entity.name}' RETURN n`;
      return i === 0 ? `  ${branch}` : `  UNION ALL ${branch}`;
    })
    .join('\n');
}

/**
 * The neighbourhood tier (EntityModel.neighbourhoodTier) of a node whose label is in `label`:
 * `CASE label WHEN 'Province' THEN 1 WHEN 'Regency' THEN 1 ... ELSE 0 END`. A CASE over the
 * label already read costs Neo4j nothing more per node; a label test per tier would read it again.
 */
export function neighbourhoodTierCase(registry: Registry, label = 'label'): string {
  const branches = registry.entities.filter((e) => e.neighbourhoodTier).map((e) => `WHEN '${e.name}' THEN ${e.neighbourhoodTier}`);
  return `CASE ${label} ${branches.join(' ')} ELSE 0 END`;
}

/**
 * The curated relationship types whose facts sources state (as statements), as one pattern
 * alternative, `PARTY_TO|SIGNED_MOU|...`: the seed's retraction scans these types only, never
 * the backbone's (hundreds of thousands of relationships) nor SOURCED_FROM.
 */
export function sourcedRelationshipTypes(registry: Registry): string {
  return registry
    .relationshipTypes()
    .filter((r) => r.curated && r.type !== 'SOURCED_FROM')
    .map((r) => r.type)
    .join('|');
}

/**
 * Nodes per label and relationships per type, answered from Neo4j's count store (no scan):
 * one key per label and per relationship type of the model. Read by the seed's report and
 * by isSeeded (src/seed/report.ts).
 */
export function countsCypher(registry: Registry): string {
  const nodes = registry.entities.map((entity) => `    ${entity.name}: COUNT { (:${entity.name}) }`);
  const relationships = registry.relationshipTypes().map(({ type }) => `    ${type}: COUNT { ()-[:${type}]->() }`);
  return ['RETURN', '  {', nodes.join(',\n'), '  } AS nodes,', '  {', relationships.join(',\n'), '  } AS relationships'].join('\n');
}

/**
 * The references of the value a curated relationship shows, as one Cypher expression: the
 * statements of its fact and value with their sources, oldest source first (docs/model.md,
 * "Statements"; cypher/statement/by-facts.cypher answers the same for the API's loader).
 * The graph queries take it through a `{{referencesOf<Variable>}}` slot per relationship variable.
 */
export function referencesOf(variable: string): string {
  return (
    `COLLECT { MATCH (st:Statement {fact: ${variable}.fact, valueKey: ${variable}.valueKey})-[:CITES]->(src:Source) ` +
    'WITH st, src ORDER BY src.publishedOn, src.id RETURN st {.quote, .inferred, .note, sourceId: src.id} }'
  );
}

/** Slots `referencesOfR`, `referencesOfPx`, ... for the given relationship variables. */
export function referenceSlots(variables: readonly string[]): Record<string, string> {
  return Object.fromEntries(variables.map((v) => [`referencesOf${v.charAt(0).toUpperCase()}${v.slice(1)}`, referencesOf(v)]));
}
