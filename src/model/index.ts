import { AGENCY } from './entities/agency';
import { AGREEMENT } from './entities/agreement';
import { CLAIM } from './entities/claim';
import { DISTRICT } from './entities/district';
import { OFFICIAL } from './entities/official';
import { PROGRAM } from './entities/program';
import { PROVINCE } from './entities/province';
import { REGENCY } from './entities/regency';
import { SECTOR } from './entities/sector';
import { SOURCE } from './entities/source';
import { VILLAGE } from './entities/village';
import { Registry } from './registry';

/**
 * The model of the graph, declared once (one file per entity in ./entities) and checked once.
 * The GraphQL where and sort inputs, entity references, the graph queries' label handling,
 * the seed's checks and docs/model.md's diagram are derived from it.
 */
export const MODEL = new Registry([PROVINCE, REGENCY, DISTRICT, VILLAGE, OFFICIAL, AGENCY, PROGRAM, AGREEMENT, SECTOR, SOURCE, CLAIM]);

export { ModelError, Registry } from './registry';
export type { ResolvedRelationship, SortField, WhereField } from './registry';
export type { EntityModel, EnumModel, FieldModel, KeyFormat } from './types';
