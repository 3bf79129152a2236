import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { LocalDate } from '../common/scalars';
import type { Official } from '../official/official.type';
import type { Regency } from '../regency/regency.type';
import type { Sector } from '../sector/sector.type';

@ObjectType({ simpleResolvers: true, description: 'An agreement between governments, e.g. an MoU (nota kesepahaman).' })
export class Agreement {
  @Field(() => ID) id!: string;
  @Field({ description: '"MOU" for a memorandum of understanding.' }) kind!: string;
  @Field() title!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Date of signing; see dateInferred.' }) date!: string | null;
  @Field(() => String, { nullable: true, description: 'The date as the source gives it: "Rabu (22/3)".' })
  dateText!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True when part of the date (e.g. the year) was inferred.' })
  dateInferred!: boolean | null;
  @Field(() => String, { nullable: true, description: 'How the date was inferred.' }) dateInference!: string | null;
  @Field(() => String, { nullable: true, description: 'Where it was signed.' }) place!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class AgreementConnection extends Connection(Agreement, 'Agreement') {}

@ObjectType({ simpleResolvers: true, description: 'A government bound by an agreement.' })
export class AgreementParty {
  governmentCode!: string;
  /** The other ends, when the query brought them along (saves a round trip). */
  government?: Regency;
  agreementId!: string;
  sourceId?: string | null;
  quote?: string | null;
  inferred?: boolean | null;
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'An official signing an agreement on behalf of a government.' })
export class Signature {
  onBehalfOf!: string | null;
  officialId!: string;
  official?: Official;
  agreementId!: string;
  sourceId?: string | null;
  quote?: string | null;
  inferred?: boolean | null;
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A sector an agreement covers.' })
export class SectorCoverage {
  @Field({ description: 'True when the agreement puts this sector first ("diutamakan").' }) priority!: boolean;
  sectorId!: string;
  sector?: Sector;
  sourceId?: string | null;
  quote?: string | null;
  inferred?: boolean | null;
  note?: string | null;
}
