import { createUnionType, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from '../agency/agency.type';
import { Official } from '../official/official.type';
import { Program } from '../program/program.type';
import { Regency } from '../regency/regency.type';


/** GraphQL names the kinds in ALL_CAPS; the values are the labels. */
export enum SearchType {
  REGENCY = 'Regency',
  OFFICIAL = 'Official',
  AGENCY = 'Agency',
  PROGRAM = 'Program',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'Kinds of entity the name search covers.',
  valuesConfig: {
    REGENCY: { description: 'Regencies and cities (kabupaten and kota), by name, "Kab." and "Pemkab" forms included.' },
    OFFICIAL: { description: 'Officials, by name or nickname.' },
    AGENCY: { description: 'Agencies (SKPD / OPD), by name or short name ("Dinkes").' },
    PROGRAM: { description: 'Programs, policies and practices, by name.' },
  },
});

/** Each search row carries its label, so the union can tell its type without guessing from fields. */
export interface Labelled {
  readonly __label: SearchType;
}

const TYPES = { Regency, Official, Agency, Program } as const;

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A regency or city, an official, an agency or a program.',
  types: () => [Regency, Official, Agency, Program] as const,
  resolveType: (value) => TYPES[(value as unknown as Labelled).__label],
});

@ObjectType({ simpleResolvers: true, description: 'One match of a name search.' })
export class SearchHit {
  @Field(() => SearchType, { description: 'What kind of entity it is.' }) type!: SearchType;
  @Field(() => Float, { description: 'Relevance; higher is better.' }) score!: number;
  @Field(() => SearchResult, { description: 'The entity found.' }) node!: typeof SearchResult;
}
