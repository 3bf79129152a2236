import type { EntityModel } from '../types';

export const SECTOR = {
  name: 'Sector',
  description: 'A field of government work (education, health, tourism, ...).',
  layer: 'curated',
  key: { field: 'id', format: 'slug' },
  plural: 'sectors',
  displayField: 'name',
  fields: {
    id: { type: 'ID', description: 'Slug, e.g. "education".', filter: true },
    name: { type: 'String', description: 'English name, e.g. "Education".', filter: true },
    localName: { type: 'String', nullable: true, description: 'Indonesian name, e.g. "Pendidikan".', filter: { kind: 'text', description: 'Indonesian name ("Pariwisata").' } },
  },
} as const satisfies EntityModel;
