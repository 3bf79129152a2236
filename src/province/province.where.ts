import { Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, ListFilter, SortInputType, TextFilter } from '../filter/inputs';
import type { ListFilterShape } from '../filter/inputs';
import { id, many, text } from '../filter/spec';
import type { EntitySpec, SortSpec } from '../filter/spec';
import { REGENCY_WHERE, RegencyListFilter, RegencyWhere } from '../regency/regency.where';

@InputType({ description: 'Conditions on provinces; all given must hold.' })
export class ProvinceWhere {
  @Field(() => [ProvinceWhere], { nullable: true }) AND?: ProvinceWhere[] | null;
  @Field(() => [ProvinceWhere], { nullable: true }) OR?: ProvinceWhere[] | null;
  @Field(() => ProvinceWhere, { nullable: true }) NOT?: ProvinceWhere | null;
  @Field(() => IdFilter, { nullable: true }) code?: IdFilter | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => RegencyListFilter, { nullable: true, description: 'Its regencies and cities.' })
  regencies?: ListFilterShape<RegencyWhere> | null;
}

export const PROVINCE_WHERE: EntitySpec = {
  label: 'Province',
  fields: {
    code: id('code'),
    name: text('name'),
    regencies: many('($to:Regency)-[:IN_PROVINCE]->($from)', () => REGENCY_WHERE),
  },
};

export enum ProvinceSortField {
  CODE = 'CODE',
  NAME = 'NAME',
}
registerEnumType(ProvinceSortField, { name: 'ProvinceSortField' });

@InputType()
export class ProvinceSort extends SortInputType<ProvinceSortField>(ProvinceSortField, 'Province') {}

export const PROVINCE_SORT: SortSpec = {
  key: '$n.code',
  defaultField: ProvinceSortField.CODE,
  fields: { CODE: { expression: '$n.code', type: 'string' }, NAME: { expression: '$n.name', type: 'string' } },
};

@InputType()
export class ProvinceListFilter extends ListFilter(() => ProvinceWhere, 'Province', 'the provinces') {}
