import { Field, InputType, registerEnumType } from 'type-graphql';
import { EnumFilter, IdFilter, ListFilter, SortInputType, TextFilter } from '../filter/inputs';
import type { ListFilterShape } from '../filter/inputs';
import { enumeration, id, many, one, text } from '../filter/spec';
import type { EntitySpec, SortSpec } from '../filter/spec';
import { OfficialListFilter, OFFICIAL_WHERE } from '../official/official.where';
import type { OfficialWhere } from '../official/official.where';
import { REGENCY_WHERE, RegencyWhere } from '../regency/regency.where';
import { AgencyKind } from './agency.type';

@InputType()
export class AgencyKindFilter extends EnumFilter<AgencyKind>(AgencyKind, 'AgencyKind') {}

@InputType({ description: 'Conditions on agencies (SKPD / OPD); all given must hold.' })
export class AgencyWhere {
  @Field(() => [AgencyWhere], { nullable: true }) AND?: AgencyWhere[] | null;
  @Field(() => [AgencyWhere], { nullable: true }) OR?: AgencyWhere[] | null;
  @Field(() => AgencyWhere, { nullable: true }) NOT?: AgencyWhere | null;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter | null;
  @Field(() => TextFilter, { nullable: true, description: '`contains` also matches the short name ("Dinkes").' }) name?: TextFilter | null;
  @Field(() => TextFilter, { nullable: true }) shortName?: TextFilter | null;
  @Field(() => AgencyKindFilter, { nullable: true }) kind?: AgencyKindFilter | null;
  @Field(() => IdFilter, { nullable: true }) governmentCode?: IdFilter | null;
  @Field(() => RegencyWhere, { nullable: true }) government?: RegencyWhere | null;
  @Field(() => OfficialListFilter, { nullable: true, description: 'Officials holding a position at it.' })
  officials?: ListFilterShape<OfficialWhere> | null;
}

@InputType()
export class AgencyListFilter extends ListFilter(() => AgencyWhere, 'Agency', 'the agencies') {}

export const AGENCY_WHERE: EntitySpec = {
  label: 'Agency',
  fields: {
    id: id('id'),
    name: text('name', true),
    shortName: text('shortName'),
    kind: enumeration('kind'),
    governmentCode: id('governmentCode'),
    government: one('($from)-[:PART_OF]->($to:Regency)', () => REGENCY_WHERE),
    officials: many('($to:Official)-[:HOLDS_POSITION]->($from)', () => OFFICIAL_WHERE),
  },
};

export enum AgencySortField {
  ID = 'ID',
  NAME = 'NAME',
  SHORT_NAME = 'SHORT_NAME',
  KIND = 'KIND',
  GOVERNMENT_CODE = 'GOVERNMENT_CODE',
}
registerEnumType(AgencySortField, { name: 'AgencySortField' });

@InputType()
export class AgencySort extends SortInputType<AgencySortField>(AgencySortField, 'Agency') {}

export const AGENCY_SORT: SortSpec = {
  key: '$n.id',
  defaultField: AgencySortField.ID,
  fields: {
    ID: { expression: '$n.id', type: 'string' },
    NAME: { expression: '$n.name', type: 'string' },
    SHORT_NAME: { expression: '$n.shortName', type: 'string' },
    KIND: { expression: '$n.kind', type: 'string' },
    GOVERNMENT_CODE: { expression: '$n.governmentCode', type: 'string' },
  },
};
