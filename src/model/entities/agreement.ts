import type { EntityModel } from '../types';

export const AGREEMENT = {
  name: 'Agreement',
  description: 'An agreement between governments, e.g. an MoU (nota kesepahaman).',
  layer: 'curated',
  key: { field: 'id', format: 'slug' },
  plural: 'agreements (MoUs)',
  displayField: 'title',
  fields: {
    id: { type: 'ID', description: 'Slug, e.g. "mou-serang-banyuwangi-2017".', filter: true, sortable: true },
    kind: { type: 'String', description: '"MOU" for a memorandum of understanding.', filter: { kind: 'id', description: '"MOU", ...' } },
    title: { type: 'String', description: 'A descriptive title.', filter: true, sortable: true },
    date: { type: 'Date', nullable: true, description: 'Date of signing; see dateInferred.', filter: true, sortable: true },
    dateText: { type: 'String', nullable: true, description: 'The date as the source gives it: "Rabu (22/3)".', qualifies: 'date' },
    dateInferred: { type: 'Boolean', nullable: true, description: 'True when part of the date (e.g. the year) was inferred.', filter: true, qualifies: 'date' },
    dateInference: { type: 'String', nullable: true, description: 'How the date was inferred.', qualifies: 'date' },
    place: { type: 'String', nullable: true, description: 'Where it was signed.', filter: true, sortable: true },
  },
  relationships: [
    {
      type: 'COVERS',
      target: 'Sector',
      description: 'Agreement → Sector.',
      curated: true,
      out: { field: 'sectors', filterable: true },
      in: { field: 'agreements' },
      properties: { priority: { type: 'Boolean', description: 'True when the agreement puts this sector first ("diutamakan").' } },
    },
  ],
} as const satisfies EntityModel;
