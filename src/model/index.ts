import { AGENCY } from './entities/agency';
import { AGREEMENT } from './entities/agreement';
import { CLAIM } from './entities/claim';
import { DISTRICT } from './entities/district';
import { ISLAND } from './entities/island';
import { OFFICIAL } from './entities/official';
import { PROGRAM } from './entities/program';
import { PROVINCE } from './entities/province';
import { REGENCY } from './entities/regency';
import { SECTOR } from './entities/sector';
import { SOURCE } from './entities/source';
import { VILLAGE } from './entities/village';
import { Registry } from './registry';
import type { EntityRow } from './types';

/** Every entity of the graph, in the order lists and docs show them: the backbone, then the curated layer. */
export const ENTITIES = [PROVINCE, REGENCY, DISTRICT, VILLAGE, ISLAND, OFFICIAL, AGENCY, PROGRAM, AGREEMENT, SECTOR, SOURCE, CLAIM] as const;

/** A label of the graph: "Regency", "Official", ... */
export type EntityName = (typeof ENTITIES)[number]['name'];
/** The declaration of one entity, by its name. */
export type ModelOf<N extends EntityName> = Extract<(typeof ENTITIES)[number], { readonly name: N }>;
/** A node of one entity as the API loads it. */
export type RowOf<N extends EntityName> = EntityRow<ModelOf<N>>;

/**
 * The model of the graph, declared once (one file per entity in ./entities) and checked once.
 * The GraphQL where and sort inputs, object fields and enums, entity references, the graph
 * queries' label handling, the seed's checks and docs/model.md's diagram are derived from it.
 */
export const MODEL = new Registry(ENTITIES);

export const ENTITY_NAMES: readonly EntityName[] = ENTITIES.map((entity) => entity.name);

export { ModelError, Registry } from './registry';
export type { KeyCopy, ResolvedRelationship, SortField, WhereField } from './registry';
export type { EntityModel, EnumModel, FieldModel, KeyFormat } from './types';
