import { REGENCY_KIND } from '../enums';
import type { EntityModel } from '../types';

export const REGENCY = {
  name: 'Regency',
  description:
    'A regency (Kabupaten) or city (Kota), the second administrative level, and its local government (Pemkab / Pemkot); 514 in all.',
  layer: 'backbone',
  key: { field: 'code', format: 'regency-code' },
  plural: 'regencies and cities',
  displayField: 'name',
  neighbourhoodTier: 1,
  fields: {
    code: { type: 'ID', description: 'Official code, e.g. "36.04" (Kabupaten Serang); "36.73" is Kota Serang.', filter: true, sortable: true },
    name: {
      type: 'String',
      description: 'Display name, e.g. "Kabupaten Serang".',
      filter: { kind: 'text', searchText: true, description: '`contains` understands "Kab." and "Pemkab".' },
      sortable: true,
    },
    kind: { type: REGENCY_KIND, description: 'Kabupaten or Kota.', filter: true, sortable: true },
    provinceCode: { type: 'String', description: 'Code of its province.', filter: 'id', sortable: true, keyOf: { entity: 'Province', nests: true } },
  },
  relationships: [
    {
      type: 'IN_PROVINCE',
      target: 'Province',
      description: 'Regency, or an island of no regency, → Province (backbone).',
      curated: false,
      out: { field: 'province', one: true, filterable: true },
      in: { field: 'regencies', filterable: true, description: 'Its regencies and cities.' },
    },
    {
      type: 'PARTY_TO',
      target: 'Agreement',
      description: 'Regency → Agreement: a government bound by an agreement.',
      curated: true,
      out: { field: 'agreements', filterable: true, description: 'Agreements it is party to: `{ some: {} }` = signed any MoU.' },
      in: { field: 'parties', filterable: true, description: 'Governments bound by it: `{ some: { provinceCode: { eq: "35" } } }`.' },
    },
    {
      type: 'RUNS',
      target: 'Program',
      description: 'Regency → Program: a government running a program, policy or practice.',
      curated: true,
      out: { field: 'programs', filterable: true, description: 'Programs it runs.' },
      in: { field: 'runners', filterable: true, description: 'Governments running it.' },
      properties: { since: { type: 'Int', nullable: true, description: 'Year it started running it, when the source says.' } },
    },
    {
      type: 'ADOPTED',
      target: 'Program',
      description: 'Regency → Program: an adoption (planned, in progress or done) from another government.',
      curated: true,
      out: { field: 'adoptedPrograms', filterable: true, description: 'Programs it adopted or plans to.' },
      in: { field: 'adopters', filterable: true, description: 'Governments that adopted it: `{ count: { gte: 2 } }` = adopted by at least two.' },
    },
  ],
  pathFilters: [
    {
      field: 'partners',
      target: 'Regency',
      pattern: '($from)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-($to:Regency)',
      description: 'Governments it has an agreement with.',
    },
  ],
} as const satisfies EntityModel;
