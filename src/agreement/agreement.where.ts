import { Field, InputType, registerEnumType } from 'type-graphql';
import { DateFilter, IdFilter, ListFilter, SortInputType, TextFilter } from '../filter/inputs';
import type { ListFilterShape } from '../filter/inputs';
import { bool, date, id, many, text } from '../filter/spec';
import type { EntitySpec, SortSpec } from '../filter/spec';
import { OfficialListFilter, OFFICIAL_WHERE } from '../official/official.where';
import type { OfficialWhere } from '../official/official.where';
import { REGENCY_WHERE, RegencyListFilter } from '../regency/regency.where';
import type { RegencyWhere } from '../regency/regency.where';
import { SECTOR_WHERE, SectorListFilter } from '../sector/sector.where';
import type { SectorWhere } from '../sector/sector.where';

@InputType({ description: 'Conditions on agreements (MoUs); all given must hold.' })
export class AgreementWhere {
  @Field(() => [AgreementWhere], { nullable: true }) AND?: AgreementWhere[] | null;
  @Field(() => [AgreementWhere], { nullable: true }) OR?: AgreementWhere[] | null;
  @Field(() => AgreementWhere, { nullable: true }) NOT?: AgreementWhere | null;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter | null;
  @Field(() => IdFilter, { nullable: true, description: '"MOU", ...' }) kind?: IdFilter | null;
  @Field(() => TextFilter, { nullable: true }) title?: TextFilter | null;
  @Field(() => TextFilter, { nullable: true }) place?: TextFilter | null;
  @Field(() => DateFilter, { nullable: true }) date?: DateFilter | null;
  @Field(() => Boolean, { nullable: true }) dateInferred?: boolean | null;
  @Field(() => RegencyListFilter, { nullable: true, description: 'Governments bound by it: `{ some: { provinceCode: { eq: "35" } } }`.' })
  parties?: ListFilterShape<RegencyWhere> | null;
  @Field(() => OfficialListFilter, { nullable: true }) signatories?: ListFilterShape<OfficialWhere> | null;
  @Field(() => SectorListFilter, { nullable: true }) sectors?: ListFilterShape<SectorWhere> | null;
}

@InputType()
export class AgreementListFilter extends ListFilter(() => AgreementWhere, 'Agreement', 'the agreements') {}

export const AGREEMENT_WHERE: EntitySpec = {
  label: 'Agreement',
  fields: {
    id: id('id'),
    kind: id('kind'),
    title: text('title'),
    place: text('place'),
    date: date('date'),
    dateInferred: bool('dateInferred'),
    parties: many('($to:Regency)-[:PARTY_TO]->($from)', () => REGENCY_WHERE),
    signatories: many('($to:Official)-[:SIGNED_MOU]->($from)', () => OFFICIAL_WHERE),
    sectors: many('($from)-[:COVERS]->($to:Sector)', () => SECTOR_WHERE),
  },
};

export enum AgreementSortField {
  ID = 'ID',
  TITLE = 'TITLE',
  DATE = 'DATE',
  PLACE = 'PLACE',
}
registerEnumType(AgreementSortField, { name: 'AgreementSortField' });

@InputType()
export class AgreementSort extends SortInputType<AgreementSortField>(AgreementSortField, 'Agreement') {}

export const AGREEMENT_SORT: SortSpec = {
  key: '$n.id',
  defaultField: AgreementSortField.ID,
  fields: {
    ID: { expression: '$n.id', type: 'string' },
    TITLE: { expression: '$n.title', type: 'string' },
    DATE: { expression: '$n.date', type: 'date' },
    PLACE: { expression: '$n.place', type: 'string' },
  },
};
