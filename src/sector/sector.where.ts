import { Field, InputType } from 'type-graphql';
import { IdFilter, ListFilter, TextFilter } from '../filter/inputs';
import { id, text } from '../filter/spec';
import type { EntitySpec } from '../filter/spec';

@InputType({ description: 'Conditions on sectors; all given must hold.' })
export class SectorWhere {
  @Field(() => [SectorWhere], { nullable: true }) AND?: SectorWhere[] | null;
  @Field(() => [SectorWhere], { nullable: true }) OR?: SectorWhere[] | null;
  @Field(() => SectorWhere, { nullable: true }) NOT?: SectorWhere | null;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => TextFilter, { nullable: true, description: 'Indonesian name ("Pariwisata").' }) localName?: TextFilter | null;
}

@InputType()
export class SectorListFilter extends ListFilter(() => SectorWhere, 'Sector', 'the sectors') {}

export const SECTOR_WHERE: EntitySpec = {
  label: 'Sector',
  fields: { id: id('id'), name: text('name'), localName: text('localName') },
};
