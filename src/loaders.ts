import type DataLoader from 'dataloader';
import { oneLoader } from './common/batch';
import type { Executor } from './db/executor';
import { byKeyQuery } from './db/queries';
import { ENTITY_NAMES } from './model';
import type { EntityName, RowOf } from './model';
import { createAgencyLoaders } from './agency/agency.loaders';
import { createAgreementLoaders } from './agreement/agreement.loaders';
import { createClaimLoaders } from './claim/claim.loaders';
import { createDistrictLoaders } from './district/district.loaders';
import { createOfficialLoaders } from './official/official.loaders';
import { createProgramLoaders } from './program/program.loaders';
import { createProvinceLoaders } from './province/province.loaders';
import { createRegencyLoaders } from './regency/regency.loaders';
import { createSectorLoaders } from './sector/sector.loaders';
import { createSourceLoaders } from './source/source.loaders';
import { createStatementLoader } from './provenance/statement.loaders';

/** Look-ups of every entity by its key (code or id), one batch per label. */
export type KeyLoaders = { readonly [N in EntityName]: DataLoader<string, RowOf<N> | null> };

function createKeyLoaders(db: Executor): KeyLoaders {
  return Object.fromEntries(ENTITY_NAMES.map((name) => [name, oneLoader(db, byKeyQuery(name))])) as unknown as KeyLoaders;
}

/** Every DataLoader of one request, grouped by entity. Never shared between requests. */
export function createLoaders(db: Executor) {
  return {
    byKey: createKeyLoaders(db),
    province: createProvinceLoaders(db),
    regency: createRegencyLoaders(db),
    district: createDistrictLoaders(db),
    official: createOfficialLoaders(db),
    agency: createAgencyLoaders(db),
    program: createProgramLoaders(db),
    agreement: createAgreementLoaders(db),
    sector: createSectorLoaders(db),
    source: createSourceLoaders(db),
    statements: createStatementLoader(db),
    claim: createClaimLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
