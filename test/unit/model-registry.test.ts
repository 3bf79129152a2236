import { MODEL, ModelError, Registry } from '../../src/model';
import type { EntityModel } from '../../src/model';
import { whereSpec } from '../../src/filter/spec';
import type { FieldSpec } from '../../src/filter/spec';

/** A small, consistent model to break one piece at a time. */
const town = (): EntityModel => ({
  name: 'Town',
  description: 'A town.',
  layer: 'backbone',
  key: { field: 'code', format: 'regency-code' },
  plural: 'towns',
  displayField: 'name',
  fields: {
    code: { type: 'ID', description: 'Code.', filter: true, sortable: true },
    name: { type: 'String', description: 'Name.', filter: true, sortable: true },
  },
});
const mayor = (overrides: Partial<EntityModel> = {}): EntityModel => ({
  name: 'Mayor',
  description: 'A mayor.',
  layer: 'curated',
  key: { field: 'id', format: 'slug' },
  plural: 'mayors',
  displayField: 'name',
  fields: { id: { type: 'ID', description: 'Id.' }, name: { type: 'String', description: 'Name.' } },
  relationships: [
    { type: 'LEADS', target: 'Town', description: 'Mayor → Town.', curated: true, out: { field: 'town', one: true, filterable: true }, in: { field: 'mayors', filterable: true } },
  ],
  ...overrides,
});

/** The where spec of a field, with its target resolved, so a test can compare plain data. */
function describeSpec(spec: FieldSpec): Record<string, unknown> {
  if (spec.kind === 'one') return { kind: spec.kind, pattern: spec.pattern, target: spec.target().label, keyOf: spec.keyOf };
  if (spec.kind === 'many') return { kind: spec.kind, pattern: spec.pattern, target: spec.target().label };
  return { ...spec };
}

const PROVINCE_CODE_COPY = { property: 'provinceCode', format: 'province-code', nests: true };

describe('the model registry', () => {
  it('derives each where field of Regency from the model: scalars, both ends of relationships, counts and paths', () => {
    const spec = whereSpec('Regency');
    expect(Object.fromEntries(Object.entries(spec.fields).map(([name, field]) => [name, describeSpec(field)]))).toEqual({
      code: { kind: 'id', property: 'code' },
      name: { kind: 'text', property: 'name', searchText: true },
      kind: { kind: 'enum', property: 'kind' },
      // Its code nests its province's: "in province 36" is `code STARTS WITH '36.'` (src/filter/compile.ts).
      provinceCode: { kind: 'id', property: 'provinceCode', keyOf: PROVINCE_CODE_COPY },
      province: { kind: 'one', pattern: '($from)-[:IN_PROVINCE]->($to:Province)', target: 'Province', keyOf: PROVINCE_CODE_COPY },
      agreements: { kind: 'many', pattern: '($from)-[:PARTY_TO]->($to:Agreement)', target: 'Agreement' },
      programs: { kind: 'many', pattern: '($from)-[:RUNS]->($to:Program)', target: 'Program' },
      adoptedPrograms: { kind: 'many', pattern: '($from)-[:ADOPTED]->($to:Program)', target: 'Program' },
      districts: { kind: 'many', pattern: '($to:District)-[:IN_REGENCY]->($from)', target: 'District' },
      districtCount: { kind: 'int', expression: 'COUNT { (:District)-[:IN_REGENCY]->($from) }' },
      islands: { kind: 'many', pattern: '($to:Island)-[:IN_REGENCY]->($from)', target: 'Island' },
      islandCount: { kind: 'int', expression: 'COUNT { (:Island)-[:IN_REGENCY]->($from) }' },
      officials: { kind: 'many', pattern: '($to:Official)-[:HOLDS_POSITION]->($from)', target: 'Official' },
      agencies: { kind: 'many', pattern: '($to:Agency)-[:PART_OF]->($from)', target: 'Agency' },
      partners: { kind: 'many', pattern: '($from)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-($to:Regency)', target: 'Regency' },
    });
  });

  it('keeps the where fields every entity had before the registry (the curated `id` property as `key`), and adds villages\' kind and islands', () => {
    const names = (entity: string): string[] => Object.keys(whereSpec(entity).fields).sort();
    expect(names('Province')).toEqual(['code', 'name', 'regencies']);
    expect(names('District')).toEqual(['code', 'name', 'regency', 'regencyCode', 'villageCount']);
    expect(names('Village')).toEqual(['code', 'district', 'districtCode', 'kind', 'name']);
    expect(names('Island')).toEqual(['code', 'name', 'near', 'outermostSmall', 'populated', 'provinceCode', 'regency', 'regencyCode']);
    expect(whereSpec('Island').fields.near).toEqual({ kind: 'near', property: 'coordinate' });
    expect(names('Official')).toEqual(['accompanied', 'accompaniedBy', 'agencies', 'governments', 'isGroup', 'key', 'name', 'signedAgreements']);
    expect(names('Agency')).toEqual(['government', 'governmentCode', 'key', 'kind', 'name', 'officials', 'shortName']);
    expect(names('Program')).toEqual(['adopters', 'key', 'kind', 'name', 'origin', 'runners', 'sectors', 'since']);
    expect(names('Agreement')).toEqual(['date', 'dateInferred', 'key', 'kind', 'parties', 'place', 'sectors', 'signatories', 'title']);
    expect(names('Sector')).toEqual(['key', 'localName', 'name']);
  });

  it('lists every relationship type once, SOURCED_FROM from each curated entity but Source', () => {
    expect(MODEL.relationshipTypes().map((t) => t.type)).toEqual([
      'IN_PROVINCE', 'PARTY_TO', 'RUNS', 'ADOPTED', 'IN_REGENCY', 'IN_DISTRICT', 'HOLDS_POSITION', 'ACCOMPANIED', 'SIGNED_MOU',
      'PART_OF', 'IN_SECTOR', 'ORIGINATED_IN', 'COVERS', 'ABOUT', 'STATED_BY', 'SOURCED_FROM',
    ]);
    const cited = MODEL.relationships.filter((r) => r.type === 'SOURCED_FROM').map((r) => r.from);
    expect(cited).toEqual(['Official', 'Agency', 'Program', 'Agreement', 'Sector', 'Claim']);
  });

  it('names sort keys in CONSTANT_CASE, typed by the field', () => {
    expect(MODEL.sortFields('Program')).toEqual([
      { value: 'KEY', field: 'id', type: 'string' },
      { value: 'NAME', field: 'name', type: 'string' },
      { value: 'KIND', field: 'kind', type: 'string' },
      { value: 'SINCE', field: 'since', type: 'int' },
    ]);
  });

  it('accepts a consistent model', () => {
    const registry = new Registry([town(), mayor()]);
    expect(registry.whereFields('Town').map((f) => f.name)).toEqual(['code', 'name', 'mayors']);
  });

  it.each<[string, () => EntityModel[], string]>([
    [
      'a relationship to an unknown entity',
      () => [town(), mayor({ relationships: [{ type: 'LEADS', target: 'Twon', description: 'x', curated: true }] })],
      'Mayor\'s LEADS points at "Twon", which is not an entity of the model (Town, Mayor).',
    ],
    [
      'a field named key',
      () => [{ ...town(), fields: { ...town().fields, key: { type: 'String', description: 'Key.' } } }],
      'Town declares a field "key"; the API derives `key` from the entity\'s key, so name the property otherwise.',
    ],
    ['a key that is not a field', () => [{ ...town(), key: { field: 'kode', format: 'regency-code' } }], 'Town has the key "kode", which is not one of its fields (code, name).'],
    [
      'a filter that does not fit the type',
      () => [{ ...town(), fields: { ...town().fields, size: { type: 'Int', description: 'Size.', filter: 'text' } } }],
      'Town.size is a Int and cannot be filtered as text (allowed: int).',
    ],
    [
      'a sort on a boolean',
      () => [{ ...town(), fields: { ...town().fields, big: { type: 'Boolean', description: 'Big.', sortable: true } } }],
      'Town.big is a Boolean and cannot be sorted.',
    ],
    [
      'two where fields with one name',
      () => [town(), mayor({ pathFilters: [{ field: 'town', target: 'Town', pattern: '($from)-[:X]->($to:Town)', description: 'x' }] })],
      'Mayor has two where fields named "town": rename one end of a relationship, a path filter or a count.',
    ],
    [
      'a relationship type in the wrong case',
      () => [town(), mayor({ relationships: [{ type: 'leads', target: 'Town', description: 'x', curated: true }] })],
      'Mayor declares the relationship type "leads"; relationship types are UPPER_SNAKE_CASE.',
    ],
    ['an entity declared twice', () => [town(), town()], 'The entity Town is declared twice.'],
    [
      'a key copy of an unknown entity',
      () => [{ ...town(), fields: { ...town().fields, provinceCode: { type: 'String', description: 'x', keyOf: { entity: 'Province', nests: true } } } }],
      'Town.provinceCode holds the key of "Province", which is not an entity of the model.',
    ],
    [
      'nesting a code in a slug',
      () => [town(), mayor({ fields: { ...mayor().fields, townCode: { type: 'String', description: 'x', keyOf: { entity: 'Town', nests: true } } } })],
      "Mayor.townCode says its code nests Town's, but only fixed-length codes nest (slug, regency-code).",
    ],
  ])('refuses %s with a sentence', (_what, entities, message) => {
    expect(() => new Registry(entities())).toThrow(new ModelError(message));
  });
});
