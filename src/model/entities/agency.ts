import { AGENCY_KIND } from '../enums';
import type { EntityModel } from '../types';

export const AGENCY = {
  name: 'Agency',
  description: 'An agency (SKPD / OPD) of a local government.',
  layer: 'curated',
  key: { field: 'id', format: 'slug' },
  plural: 'agencies (SKPD / OPD)',
  displayField: 'name',
  searchTextOf: ['name', 'shortName'],
  fields: {
    id: { type: 'ID', description: 'Slug, e.g. "36.04-bappeda".', filter: true, sortable: true },
    name: {
      type: 'String',
      description: 'Full name, e.g. "Badan Perencanaan Pembangunan Daerah Kabupaten Serang".',
      filter: { kind: 'text', searchText: true, description: '`contains` also matches the short name ("Dinkes").' },
      sortable: true,
    },
    shortName: { type: 'String', nullable: true, description: 'Usual short name, e.g. "Bappeda".', filter: true, sortable: true },
    kind: { type: AGENCY_KIND, description: 'What it does (Bappeda, Dinkes, ...).', filter: true, sortable: true },
    governmentCode: { type: 'String', description: 'Code of the government it is part of.', filter: 'id', sortable: true },
  },
  relationships: [
    {
      type: 'PART_OF',
      target: 'Regency',
      description: 'Agency → Regency: an agency (SKPD / OPD) of a government.',
      curated: true,
      out: { field: 'government', one: true, filterable: true },
      in: { field: 'agencies', filterable: true, description: 'Its agencies (SKPD / OPD).' },
    },
  ],
} as const satisfies EntityModel;
