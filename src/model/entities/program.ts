import { PROGRAM_KIND } from '../enums';
import type { EntityModel } from '../types';

export const PROGRAM = {
  name: 'Program',
  description: 'A program, policy or practice a local government runs.',
  layer: 'curated',
  key: { field: 'id', format: 'slug' },
  plural: 'programs',
  displayField: 'name',
  searchTextOf: ['name'],
  fields: {
    id: { type: 'ID', description: 'Slug, e.g. "35.10-scholarships-for-poor-students".', filter: true, sortable: true },
    name: {
      type: 'String',
      description: 'English name, with the Indonesian term in brackets so both are searchable.',
      filter: { kind: 'text', searchText: true },
      sortable: true,
    },
    description: { type: 'String', nullable: true, description: 'What it does, in a sentence.' },
    kind: { type: PROGRAM_KIND, description: 'Program, policy or practice.', filter: true, sortable: true },
    since: { type: 'Int', nullable: true, description: 'Year it started, when the source says.', filter: { kind: 'int', description: 'Year it started.' }, sortable: true },
  },
  relationships: [
    {
      type: 'IN_SECTOR',
      target: 'Sector',
      description: 'Program → Sector.',
      curated: true,
      out: { field: 'sectors', filterable: true },
      in: { field: 'programs' },
    },
    {
      type: 'ORIGINATED_IN',
      target: 'Regency',
      description: 'Program → Regency: where it began.',
      curated: true,
      out: { field: 'origin', one: true, filterable: true, description: 'The government it originated in.' },
    },
  ],
} as const satisfies EntityModel;
