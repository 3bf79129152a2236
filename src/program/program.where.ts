import { Field, InputType, registerEnumType } from 'type-graphql';
import { EnumFilter, IdFilter, IntFilter, ListFilter, SortInputType, TextFilter } from '../filter/inputs';
import type { ListFilterShape } from '../filter/inputs';
import { enumeration, id, int, many, one, text } from '../filter/spec';
import type { EntitySpec, SortSpec } from '../filter/spec';
import { REGENCY_WHERE, RegencyListFilter, RegencyWhere } from '../regency/regency.where';
import { SECTOR_WHERE, SectorListFilter } from '../sector/sector.where';
import type { SectorWhere } from '../sector/sector.where';
import { ProgramKind } from './program.type';

@InputType()
export class ProgramKindFilter extends EnumFilter<ProgramKind>(ProgramKind, 'ProgramKind') {}

@InputType({ description: 'Conditions on programs; all given must hold.' })
export class ProgramWhere {
  @Field(() => [ProgramWhere], { nullable: true }) AND?: ProgramWhere[] | null;
  @Field(() => [ProgramWhere], { nullable: true }) OR?: ProgramWhere[] | null;
  @Field(() => ProgramWhere, { nullable: true }) NOT?: ProgramWhere | null;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter | null;
  @Field(() => TextFilter, { nullable: true }) name?: TextFilter | null;
  @Field(() => ProgramKindFilter, { nullable: true }) kind?: ProgramKindFilter | null;
  @Field(() => IntFilter, { nullable: true, description: 'Year it started.' }) since?: IntFilter | null;
  @Field(() => SectorListFilter, { nullable: true }) sectors?: ListFilterShape<SectorWhere> | null;
  @Field(() => RegencyListFilter, { nullable: true, description: 'Governments running it.' })
  runners?: ListFilterShape<RegencyWhere> | null;
  @Field(() => RegencyListFilter, {
    nullable: true,
    description: 'Governments that adopted it: `{ count: { gte: 2 } }` = adopted by at least two.',
  })
  adopters?: ListFilterShape<RegencyWhere> | null;
  @Field(() => RegencyWhere, { nullable: true, description: 'The government it originated in.' }) origin?: RegencyWhere | null;
}

@InputType()
export class ProgramListFilter extends ListFilter(() => ProgramWhere, 'Program', 'the programs') {}

export const PROGRAM_WHERE: EntitySpec = {
  label: 'Program',
  fields: {
    id: id('id'),
    name: text('name', true),
    kind: enumeration('kind'),
    since: int('$from.since'),
    sectors: many('($from)-[:IN_SECTOR]->($to:Sector)', () => SECTOR_WHERE),
    runners: many('($to:Regency)-[:RUNS]->($from)', () => REGENCY_WHERE),
    adopters: many('($to:Regency)-[:ADOPTED]->($from)', () => REGENCY_WHERE),
    origin: one('($from)-[:ORIGINATED_IN]->($to:Regency)', () => REGENCY_WHERE),
  },
};

export enum ProgramSortField {
  ID = 'ID',
  NAME = 'NAME',
  KIND = 'KIND',
  SINCE = 'SINCE',
}
registerEnumType(ProgramSortField, { name: 'ProgramSortField' });

@InputType()
export class ProgramSort extends SortInputType<ProgramSortField>(ProgramSortField, 'Program') {}

export const PROGRAM_SORT: SortSpec = {
  key: '$n.id',
  defaultField: ProgramSortField.ID,
  fields: {
    ID: { expression: '$n.id', type: 'string' },
    NAME: { expression: '$n.name', type: 'string' },
    KIND: { expression: '$n.kind', type: 'string' },
    SINCE: { expression: '$n.since', type: 'int' },
  },
};
