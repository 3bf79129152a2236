import type { EntityModel } from '../types';

export const DISTRICT = {
  name: 'District',
  description: 'A district (Kecamatan), the third administrative level.',
  layer: 'backbone',
  key: { field: 'code', format: 'district-code' },
  plural: 'districts (kecamatan)',
  displayField: 'name',
  neighbourhoodTier: 2,
  fields: {
    code: { type: 'ID', description: 'Official code, e.g. "36.04.01".', filter: true, sortable: true },
    name: { type: 'String', description: 'Display name, e.g. "Cinangka".', filter: true, sortable: true },
    regencyCode: { type: 'String', description: 'Code of its regency or city.', filter: 'id', sortable: true, keyOf: { entity: 'Regency', nests: true } },
  },
  relationships: [
    {
      type: 'IN_REGENCY',
      target: 'Regency',
      description: 'District or Island → Regency (backbone).',
      curated: false,
      out: { field: 'regency', one: true, filterable: true },
      in: { field: 'districts', filterable: true, count: { field: 'districtCount', description: 'How many districts it has.' } },
    },
  ],
} as const satisfies EntityModel;
