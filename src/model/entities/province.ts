import type { EntityModel } from '../types';

export const PROVINCE = {
  name: 'Province',
  description: 'A province (Provinsi), the first administrative level; 38 in all.',
  layer: 'backbone',
  key: { field: 'code', format: 'province-code' },
  plural: 'provinces',
  displayField: 'name',
  neighbourhoodTier: 1,
  fields: {
    code: { type: 'ID', description: 'Official code, e.g. "36" (Banten).', filter: true, sortable: true },
    name: { type: 'String', description: 'Display name, e.g. "Banten".', filter: true, sortable: true },
  },
} as const satisfies EntityModel;
