import { Field, InputType, registerEnumType } from 'type-graphql';
import { AgencyListFilter, AGENCY_WHERE } from '../agency/agency.where';
import type { AgencyWhere } from '../agency/agency.where';
import { AgreementListFilter, AGREEMENT_WHERE } from '../agreement/agreement.where';
import type { AgreementWhere } from '../agreement/agreement.where';
import { IdFilter, ListFilter, SortInputType, TextFilter } from '../filter/inputs';
import type { ListFilterShape } from '../filter/inputs';
import { bool, id, many, text } from '../filter/spec';
import type { EntitySpec, SortSpec } from '../filter/spec';
import { REGENCY_WHERE, RegencyListFilter } from '../regency/regency.where';
import type { RegencyWhere } from '../regency/regency.where';

@InputType({ description: 'Conditions on officials; all given must hold.' })
export class OfficialWhere {
  @Field(() => [OfficialWhere], { nullable: true }) AND?: OfficialWhere[] | null;
  @Field(() => [OfficialWhere], { nullable: true }) OR?: OfficialWhere[] | null;
  @Field(() => OfficialWhere, { nullable: true }) NOT?: OfficialWhere | null;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter | null;
  @Field(() => TextFilter, { nullable: true, description: '`contains` also matches the nickname.' }) name?: TextFilter | null;
  @Field(() => Boolean, { nullable: true }) isGroup?: boolean | null;
  @Field(() => RegencyListFilter, { nullable: true, description: 'Governments they hold a position at, directly or through an agency.' })
  governments?: ListFilterShape<RegencyWhere> | null;
  @Field(() => AgencyListFilter, { nullable: true, description: 'Agencies they hold a position at.' })
  agencies?: ListFilterShape<AgencyWhere> | null;
  @Field(() => OfficialListFilter, { nullable: true, description: 'Officials they accompanied: `{ some: {} }` = accompanied someone.' })
  accompanied?: ListFilterShape<OfficialWhere> | null;
  @Field(() => OfficialListFilter, { nullable: true, description: 'Officials who accompanied them.' })
  accompaniedBy?: ListFilterShape<OfficialWhere> | null;
  @Field(() => AgreementListFilter, { nullable: true, description: 'Agreements they signed.' })
  signedAgreements?: ListFilterShape<AgreementWhere> | null;
}

@InputType()
export class OfficialListFilter extends ListFilter(() => OfficialWhere, 'Official', 'the officials') {}

export const OFFICIAL_WHERE: EntitySpec = {
  label: 'Official',
  fields: {
    id: id('id'),
    name: text('name', true),
    isGroup: bool('isGroup'),
    governments: many('($from)-[:HOLDS_POSITION]->()-[:PART_OF*0..1]->($to:Regency)', () => REGENCY_WHERE),
    agencies: many('($from)-[:HOLDS_POSITION]->($to:Agency)', () => AGENCY_WHERE),
    accompanied: many('($from)-[:ACCOMPANIED]->($to:Official)', () => OFFICIAL_WHERE),
    accompaniedBy: many('($to:Official)-[:ACCOMPANIED]->($from)', () => OFFICIAL_WHERE),
    signedAgreements: many('($from)-[:SIGNED_MOU]->($to:Agreement)', () => AGREEMENT_WHERE),
  },
};

export enum OfficialSortField {
  ID = 'ID',
  NAME = 'NAME',
}
registerEnumType(OfficialSortField, { name: 'OfficialSortField' });

@InputType()
export class OfficialSort extends SortInputType<OfficialSortField>(OfficialSortField, 'Official') {}

export const OFFICIAL_SORT: SortSpec = {
  key: '$n.id',
  defaultField: OfficialSortField.ID,
  fields: { ID: { expression: '$n.id', type: 'string' }, NAME: { expression: '$n.name', type: 'string' } },
};
