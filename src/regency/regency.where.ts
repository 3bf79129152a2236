import { Field, InputType, registerEnumType } from 'type-graphql';
import { AgencyListFilter, AGENCY_WHERE } from '../agency/agency.where';
import type { AgencyWhere } from '../agency/agency.where';
import { AgreementListFilter, AGREEMENT_WHERE } from '../agreement/agreement.where';
import type { AgreementWhere } from '../agreement/agreement.where';
import { DistrictListFilter, DISTRICT_WHERE } from '../district/district.where';
import type { DistrictWhere } from '../district/district.where';
import { EnumFilter, IdFilter, IntFilter, ListFilter, SortInputType, TextFilter } from '../filter/inputs';
import type { ListFilterShape } from '../filter/inputs';
import { enumeration, id, int, many, one, text } from '../filter/spec';
import type { EntitySpec, SortSpec } from '../filter/spec';
import { OfficialListFilter, OFFICIAL_WHERE } from '../official/official.where';
import type { OfficialWhere } from '../official/official.where';
import { ProgramListFilter, PROGRAM_WHERE } from '../program/program.where';
import type { ProgramWhere } from '../program/program.where';
import { PROVINCE_WHERE, ProvinceWhere } from '../province/province.where';
import { RegencyKind } from './regency.type';

@InputType()
export class RegencyKindFilter extends EnumFilter<RegencyKind>(RegencyKind, 'RegencyKind') {}

@InputType({ description: 'Conditions on regencies and cities; all given must hold.' })
export class RegencyWhere {
  @Field(() => [RegencyWhere], { nullable: true }) AND?: RegencyWhere[] | null;
  @Field(() => [RegencyWhere], { nullable: true }) OR?: RegencyWhere[] | null;
  @Field(() => RegencyWhere, { nullable: true }) NOT?: RegencyWhere | null;
  @Field(() => IdFilter, { nullable: true }) code?: IdFilter | null;
  @Field(() => TextFilter, { nullable: true, description: '`contains` understands "Kab." and "Pemkab".' }) name?: TextFilter | null;
  @Field(() => RegencyKindFilter, { nullable: true }) kind?: RegencyKindFilter | null;
  @Field(() => IdFilter, { nullable: true }) provinceCode?: IdFilter | null;
  @Field(() => ProvinceWhere, { nullable: true }) province?: ProvinceWhere | null;
  @Field(() => IntFilter, { nullable: true, description: 'How many districts it has.' }) districtCount?: IntFilter | null;
  @Field(() => DistrictListFilter, { nullable: true }) districts?: ListFilterShape<DistrictWhere> | null;
  @Field(() => AgencyListFilter, { nullable: true }) agencies?: ListFilterShape<AgencyWhere> | null;
  @Field(() => OfficialListFilter, { nullable: true, description: 'Officials holding a position at the government itself (Bupati, Wali Kota).' })
  officials?: ListFilterShape<OfficialWhere> | null;
  @Field(() => AgreementListFilter, { nullable: true, description: 'Agreements it is party to: `{ some: {} }` = signed any MoU.' })
  agreements?: ListFilterShape<AgreementWhere> | null;
  @Field(() => RegencyListFilter, { nullable: true, description: 'Governments it has an agreement with.' })
  partners?: ListFilterShape<RegencyWhere> | null;
  @Field(() => ProgramListFilter, { nullable: true, description: 'Programs it runs.' }) programs?: ListFilterShape<ProgramWhere> | null;
  @Field(() => ProgramListFilter, { nullable: true, description: 'Programs it adopted or plans to.' })
  adoptedPrograms?: ListFilterShape<ProgramWhere> | null;
}

@InputType()
export class RegencyListFilter extends ListFilter(() => RegencyWhere, 'Regency', 'the regencies and cities') {}

export const REGENCY_WHERE: EntitySpec = {
  label: 'Regency',
  fields: {
    code: id('code'),
    name: text('name', true),
    kind: enumeration('kind'),
    provinceCode: id('provinceCode'),
    province: one('($from)-[:IN_PROVINCE]->($to:Province)', () => PROVINCE_WHERE),
    districtCount: int('COUNT { (:District)-[:IN_REGENCY]->($from) }'),
    districts: many('($to:District)-[:IN_REGENCY]->($from)', () => DISTRICT_WHERE),
    agencies: many('($to:Agency)-[:PART_OF]->($from)', () => AGENCY_WHERE),
    officials: many('($to:Official)-[:HOLDS_POSITION]->($from)', () => OFFICIAL_WHERE),
    agreements: many('($from)-[:PARTY_TO]->($to:Agreement)', () => AGREEMENT_WHERE),
    partners: many('($from)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-($to:Regency)', () => REGENCY_WHERE),
    programs: many('($from)-[:RUNS]->($to:Program)', () => PROGRAM_WHERE),
    adoptedPrograms: many('($from)-[:ADOPTED]->($to:Program)', () => PROGRAM_WHERE),
  },
};

export enum RegencySortField {
  CODE = 'CODE',
  NAME = 'NAME',
  KIND = 'KIND',
  PROVINCE_CODE = 'PROVINCE_CODE',
}
registerEnumType(RegencySortField, { name: 'RegencySortField' });

@InputType()
export class RegencySort extends SortInputType<RegencySortField>(RegencySortField, 'Regency') {}

export const REGENCY_SORT: SortSpec = {
  key: '$n.code',
  defaultField: RegencySortField.CODE,
  fields: {
    CODE: { expression: '$n.code', type: 'string' },
    NAME: { expression: '$n.name', type: 'string' },
    KIND: { expression: '$n.kind', type: 'string' },
    PROVINCE_CODE: { expression: '$n.provinceCode', type: 'string' },
  },
};
