import { VILLAGE_KIND } from '../enums';
import type { EntityModel } from '../types';

export const VILLAGE = {
  name: 'Village',
  description: 'A village (Desa) or urban village (Kelurahan), the fourth administrative level.',
  layer: 'backbone',
  key: { field: 'code', format: 'village-code' },
  plural: 'villages (desa / kelurahan)',
  displayField: 'name',
  neighbourhoodTier: 3,
  fields: {
    code: { type: 'ID', description: 'Official code, e.g. "36.04.01.2001".', filter: true, sortable: true },
    name: { type: 'String', description: 'Display name.', filter: true, sortable: true },
    districtCode: { type: 'String', description: 'Code of its district.', filter: 'id', sortable: true, keyOf: { entity: 'District', nests: true } },
    kind: {
      type: VILLAGE_KIND,
      nullable: true,
      description: 'Desa or kelurahan, as its code says (the first digit of its last part: 1 kelurahan, 2 desa; a 3xxx "Desa Adat" is a desa); null where neither code nor name says.',
      filter: true,
      sortable: true,
    },
  },
  relationships: [
    {
      type: 'IN_DISTRICT',
      target: 'District',
      description: 'Village → District (backbone).',
      curated: false,
      out: { field: 'district', one: true, filterable: true },
      in: { field: 'villages', count: { field: 'villageCount', description: 'How many villages it has.' } },
    },
  ],
} as const satisfies EntityModel;
