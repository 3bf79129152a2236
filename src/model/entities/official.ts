import type { EntityModel } from '../types';

export const OFFICIAL = {
  name: 'Official',
  description: 'A person holding office in a local government (Bupati, Kepala Dinas, ...).',
  layer: 'curated',
  key: { field: 'id', format: 'slug' },
  plural: 'officials',
  displayField: 'name',
  searchTextOf: ['name', 'nickname'],
  fields: {
    id: { type: 'ID', description: 'Slug, e.g. "ratu-tatu-chasanah".', filter: true, sortable: true },
    name: {
      type: 'String',
      description: 'Full name, e.g. "Ratu Tatu Chasanah".',
      filter: { kind: 'text', searchText: true, description: '`contains` also matches the nickname.' },
      sortable: true,
    },
    nickname: { type: 'String', nullable: true, description: 'How the source calls them, e.g. "Tatu".' },
    isGroup: { type: 'Boolean', description: 'True for an unnamed group the source mentions ("several section heads").', filter: true },
  },
  relationships: [
    {
      type: 'HOLDS_POSITION',
      target: 'Regency',
      description: 'Official → Regency or Agency: a title held there (Bupati, Kepala Bappeda).',
      curated: true,
      identity: ['title'],
      in: { field: 'officials', filterable: true, description: 'Officials holding a position at the government itself (Bupati, Wali Kota).' },
      properties: {
        title: { type: 'String', description: 'English title, e.g. "Regent", "Head".' },
        localTitle: { type: 'String', nullable: true, description: 'Indonesian title, e.g. "Bupati", "Kepala Bappeda".' },
        startDate: { type: 'Date', nullable: true, description: 'First day in office, when a source gives it (never guessed).' },
        endDate: { type: 'Date', nullable: true, description: 'Last day in office, when a source gives it.' },
        attestedOn: { type: 'Date', nullable: true, description: 'A day a source shows the position held.' },
      },
    },
    {
      type: 'HOLDS_POSITION',
      target: 'Agency',
      description: 'Official → Regency or Agency: a title held there (Bupati, Kepala Bappeda).',
      curated: true,
      identity: ['title'],
      out: { field: 'agencies', filterable: true, description: 'Agencies they hold a position at.' },
      in: { field: 'officials', filterable: true, description: 'Officials holding a position at it.' },
    },
    {
      type: 'ACCOMPANIED',
      target: 'Official',
      description: 'Official → Official: one went with the other on a visit.',
      curated: true,
      // Two visits on two days are two facts, not two values of one.
      identity: ['date'],
      out: { field: 'accompanied', filterable: true, description: 'Officials they accompanied: `{ some: {} }` = accompanied someone.' },
      in: { field: 'accompaniedBy', filterable: true, description: 'Officials who accompanied them.' },
      properties: {
        date: { type: 'Date', nullable: true, description: 'The day of the visit.' },
        purpose: { type: 'String', nullable: true, description: 'What the visit was for.' },
        place: { type: 'String', nullable: true, description: 'Where it went.' },
      },
    },
    {
      type: 'SIGNED_MOU',
      target: 'Agreement',
      description: 'Official → Agreement: who signed it.',
      curated: true,
      out: { field: 'signedAgreements', filterable: true, description: 'Agreements they signed.' },
      in: { field: 'signatories', filterable: true, description: 'Officials who signed it.' },
      properties: { onBehalfOf: { type: 'String', nullable: true, description: 'Code of the government they signed for.' } },
    },
  ],
  pathFilters: [
    {
      field: 'governments',
      target: 'Regency',
      pattern: '($from)-[:HOLDS_POSITION]->()-[:PART_OF*0..1]->($to:Regency)',
      description: 'Governments they hold a position at, directly or through an agency.',
    },
  ],
} as const satisfies EntityModel;
