import type { Executor } from './db/executor';
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
import { createVillageLoaders } from './village/village.loaders';

/** Every DataLoader of one request, grouped by entity. Never shared between requests. */
export function createLoaders(db: Executor) {
  return {
    province: createProvinceLoaders(db),
    regency: createRegencyLoaders(db),
    district: createDistrictLoaders(db),
    village: createVillageLoaders(db),
    official: createOfficialLoaders(db),
    agency: createAgencyLoaders(db),
    program: createProgramLoaders(db),
    agreement: createAgreementLoaders(db),
    sector: createSectorLoaders(db),
    source: createSourceLoaders(db),
    claim: createClaimLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
