import { Field, InputType, registerEnumType } from 'type-graphql';
import { DISTRICT_WHERE, DistrictWhere } from '../district/district.where';
import { IdFilter, SortInputType, TextFilter } from '../filter/inputs';
import { id, one, text } from '../filter/spec';
import type { EntitySpec, SortSpec } from '../filter/spec';

@InputType({ description: 'Conditions on villages (desa / kelurahan); all given must hold.' })
export class VillageWhere {
  @Field(() => [VillageWhere], { nullable: true }) AND?: VillageWhere[] | null;
  @Field(() => [VillageWhere], { nullable: true }) OR?: VillageWhere[] | null;
  @Field(() => VillageWhere, { nullable: true }) NOT?: VillageWhere | null;
  @Field(() => IdFilter, { nullable: true }) code?: IdFilter | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => IdFilter, { nullable: true }) districtCode?: IdFilter | null;
  @Field(() => DistrictWhere, { nullable: true }) district?: DistrictWhere | null;
}

export const VILLAGE_WHERE: EntitySpec = {
  label: 'Village',
  fields: {
    code: id('code'),
    name: text('name'),
    districtCode: id('districtCode'),
    district: one('($from)-[:IN_DISTRICT]->($to:District)', () => DISTRICT_WHERE),
  },
};

export enum VillageSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  DISTRICT_CODE = 'DISTRICT_CODE',
}
registerEnumType(VillageSortField, { name: 'VillageSortField' });

@InputType()
export class VillageSort extends SortInputType<VillageSortField>(VillageSortField, 'Village') {}

export const VILLAGE_SORT: SortSpec = {
  key: '$n.code',
  defaultField: VillageSortField.CODE,
  fields: {
    CODE: { expression: '$n.code', type: 'string' },
    NAME: { expression: '$n.name', type: 'string' },
    DISTRICT_CODE: { expression: '$n.districtCode', type: 'string' },
  },
};
