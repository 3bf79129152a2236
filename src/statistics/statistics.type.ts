import { graphqlEnum } from '../common/enums';
import { AGENCY_KIND } from '../model/enums';
import type { AgencyKind } from '../model/enums';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../filter/inputs';
import { Program } from '../program/program.type';
import { Province } from '../province/province.type';
import { Sector } from '../sector/sector.type';


/**
 * The root of the grouped counts. It carries no data: each field is one Cypher query
 * that counts in the database (COUNT {} and aggregation), so nothing counted is loaded.
 */
@ObjectType({ simpleResolvers: true, description: 'Grouped counts over the graph, each computed in the database in one query.' })
export class Statistics {}

@ObjectType({ simpleResolvers: true, description: 'How many administrative units a province has.' })
export class ProvinceStatistics {
  @Field(() => Province, { description: 'The province.' }) province!: Province;
  @Field(() => Int, { description: 'Regencies (kabupaten).' }) regencies!: number;
  @Field(() => Int, { description: 'Cities (kota).' }) cities!: number;
  @Field(() => Int, { description: 'Districts (kecamatan).' }) districts!: number;
  @Field(() => Int, { description: 'Villages (desa and kelurahan).' }) villages!: number;
}

export enum ProvinceStatisticsSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  REGENCIES = 'REGENCIES',
  CITIES = 'CITIES',
  DISTRICTS = 'DISTRICTS',
  VILLAGES = 'VILLAGES',
}
registerEnumType(ProvinceStatisticsSortField, {
  name: 'ProvinceStatisticsSortField',
  description: 'What to sort provinces by: their code, name, or one of their counts.',
  valuesConfig: {
    CODE: { description: 'The province code ("36").' },
    NAME: { description: 'The province name.' },
    REGENCIES: { description: 'How many regencies (kabupaten) it has.' },
    CITIES: { description: 'How many cities (kota) it has.' },
    DISTRICTS: { description: 'How many districts (kecamatan) it has.' },
    VILLAGES: { description: 'How many villages (desa and kelurahan) it has.' },
  },
});

@InputType({ description: 'The sort of the province statistics; ties are always broken by the province code.' })
export class ProvinceStatisticsSort {
  @Field(() => ProvinceStatisticsSortField, { description: 'What to sort by.' }) field!: ProvinceStatisticsSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Which way it runs (ascending by default).' }) direction!: SortDirection;
}

@ObjectType({ simpleResolvers: true, description: 'Agreements signed in one year.' })
export class AgreementYearCount {
  @Field(() => Int, { nullable: true, description: 'Year of signing; null for agreements without a date.' })
  year!: number | null;
  @Field(() => Int, { description: 'How many agreements are dated in that year.' }) count!: number;
  @Field(() => Int, {
    description: 'How many of them have an inferred date: the source gave no year (see Agreement.dateInference).',
  })
  inferredCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Agreements covering one sector.' })
export class AgreementSectorCount {
  @Field(() => Sector, { description: 'The sector (bidang).' }) sector!: Sector;
  @Field(() => Int, { description: 'How many agreements cover it.' }) count!: number;
  @Field(() => Int, { description: 'How many of them put this sector first ("diutamakan").' }) priorityCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A program with the number of governments that adopted it and that run it.' })
export class ProgramAdopterCount {
  @Field(() => Program, { description: 'The program.' }) program!: Program;
  @Field(() => Int, { description: 'Governments that adopted it or plan to (studi tiru).' }) adopterCount!: number;
  @Field(() => Int, { description: 'Governments that run it.' }) runnerCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One bar of the adoption histogram: how many programs have this many adopters.' })
export class AdopterHistogramBin {
  @Field(() => Int, { description: 'This many adopters...' }) adopterCount!: number;
  @Field(() => Int, { description: '...is had by this many programs.' }) programCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Officials holding a position at agencies of one kind.' })
export class AgencyKindOfficialCount {
  @Field(() => graphqlEnum(AGENCY_KIND), { description: 'The kind of agency.' }) kind!: AgencyKind;
  @Field(() => Int, { description: 'Distinct officials (one holding two such positions counts once).' }) count!: number;
  @Field(() => Int, { description: 'Of them, unnamed groups such as "several section heads" (Official.isGroup).' })
  groupCount!: number;
}
