import { Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, IntFilter, ListFilter, SortInputType, TextFilter } from '../filter/inputs';
import { id, int, one, text } from '../filter/spec';
import type { EntitySpec, SortSpec } from '../filter/spec';
import { REGENCY_WHERE, RegencyWhere } from '../regency/regency.where';

@InputType({ description: 'Conditions on districts (kecamatan); all given must hold.' })
export class DistrictWhere {
  @Field(() => [DistrictWhere], { nullable: true }) AND?: DistrictWhere[] | null;
  @Field(() => [DistrictWhere], { nullable: true }) OR?: DistrictWhere[] | null;
  @Field(() => DistrictWhere, { nullable: true }) NOT?: DistrictWhere | null;
  @Field(() => IdFilter, { nullable: true }) code?: IdFilter | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => IdFilter, { nullable: true }) regencyCode?: IdFilter | null;
  @Field(() => RegencyWhere, { nullable: true }) regency?: RegencyWhere | null;
  @Field(() => IntFilter, { nullable: true, description: 'How many villages it has.' }) villageCount?: IntFilter | null;
}

@InputType()
export class DistrictListFilter extends ListFilter(() => DistrictWhere, 'District', 'the districts') {}

export const DISTRICT_WHERE: EntitySpec = {
  label: 'District',
  fields: {
    code: id('code'),
    name: text('name'),
    regencyCode: id('regencyCode'),
    regency: one('($from)-[:IN_REGENCY]->($to:Regency)', () => REGENCY_WHERE),
    villageCount: int('COUNT { (:Village)-[:IN_DISTRICT]->($from) }'),
  },
};

export enum DistrictSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  REGENCY_CODE = 'REGENCY_CODE',
}
registerEnumType(DistrictSortField, { name: 'DistrictSortField' });

@InputType()
export class DistrictSort extends SortInputType<DistrictSortField>(DistrictSortField, 'District') {}

export const DISTRICT_SORT: SortSpec = {
  key: '$n.code',
  defaultField: DistrictSortField.CODE,
  fields: {
    CODE: { expression: '$n.code', type: 'string' },
    NAME: { expression: '$n.name', type: 'string' },
    REGENCY_CODE: { expression: '$n.regencyCode', type: 'string' },
  },
};
