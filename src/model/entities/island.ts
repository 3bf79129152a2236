import type { EntityModel } from '../types';

export const ISLAND = {
  name: 'Island',
  description: 'An island (pulau) of the official list, with its coordinate; most belong to a regency or city, a few only to a province.',
  layer: 'backbone',
  key: { field: 'code', format: 'island-code' },
  plural: 'islands (pulau)',
  displayField: 'name',
  neighbourhoodTier: 3,
  fields: {
    code: { type: 'ID', description: 'Official code, e.g. "11.01.40001"; the middle part is "00" for an island of no regency.', filter: true, sortable: true },
    name: { type: 'String', description: 'Its name, e.g. "Pulau Batukapal".', filter: true, sortable: true },
    regencyCode: {
      type: 'String',
      nullable: true,
      description: 'Code of its regency or city; null for an island the list gives to a province only.',
      filter: 'id',
      sortable: true,
      // Not nested: the code of an island of no regency has "00" where a regency's part would be.
      keyOf: { entity: 'Regency', nests: false },
    },
    provinceCode: { type: 'String', description: 'Code of its province.', filter: 'id', sortable: true, keyOf: { entity: 'Province', nests: true } },
    coordinate: {
      type: 'Point',
      description: 'Where it lies (WGS-84), read from the list\'s degrees-minutes-seconds.',
      filter: { kind: 'near', name: 'near', description: 'Within `km` kilometres of a point (served by the point index).' },
    },
    populated: { type: 'Boolean', description: 'True when people live on it (berpenghuni).', filter: true },
    outermostSmall: {
      type: 'Boolean',
      description: 'True for an outermost small island (pulau kecil terluar), whose coast sets Indonesia\'s maritime boundary.',
      filter: true,
    },
  },
  relationships: [
    {
      type: 'IN_REGENCY',
      target: 'Regency',
      description: 'District or Island → Regency (backbone).',
      curated: false,
      out: { field: 'regency', one: true, filterable: true },
      in: { field: 'islands', filterable: true, count: { field: 'islandCount', description: 'How many islands it has.' } },
    },
    {
      type: 'IN_PROVINCE',
      target: 'Province',
      description: 'Regency, or an island of no regency, → Province (backbone).',
      curated: false,
    },
  ],
} as const satisfies EntityModel;
