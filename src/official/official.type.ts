import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { OFFICIAL } from '../model/entities/official';
import type { EntityRow } from '../model/types';
import { Field, ObjectType } from 'type-graphql';
import { Connection, connectionDescription } from '../common/connection';
import { LocalDate } from '../common/scalars';
import { HOLDS_ON_RULE } from '../common/as-of';
import type { FactFields } from '../provenance/provenance.type';
import type { DatePrecision, Holder } from '../model/enums';
import type { Agency } from '../agency/agency.type';
import type { Regency } from '../regency/regency.type';


@ObjectType({ simpleResolvers: true, description: OFFICIAL.description, implements: Node })
export class Official {}
/** The fields the model declares (src/model/entities/official.ts). */
export interface Official extends EntityRow<typeof OFFICIAL> {}
entityFields(Official, OFFICIAL);

@ObjectType({ simpleResolvers: true, description: connectionDescription('Official') })
export class OfficialConnection extends Connection(Official, 'Official') {}

@ObjectType({ simpleResolvers: true, description: 'A position an official holds: a title at a government or one of its agencies.' })
export class Position implements FactFields {
  @Field({ description: 'English title, e.g. "Regent", "Head".' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Indonesian title, e.g. "Bupati", "Kepala Bappeda".' })
  localTitle!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'First day in office, when a source gives it (never guessed).' })
  startDate!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last day in office, when a source gives it.' }) endDate!: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: `A day a source shows the position held, for sources that give no term (see attestedOnInferred). ${HOLDS_ON_RULE}`,
  })
  attestedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'That day as the source gives it: "Rabu (22/3)".' }) attestedOnText!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True when part of attestedOn (the year) was inferred; provenance.note says how.' })
  attestedOnInferred!: boolean | null;
  /** The bounds' precision and inference, read by `start` and `end` (position.resolver.ts). */
  startPrecision?: DatePrecision | null;
  startInferred?: boolean | null;
  endPrecision?: DatePrecision | null;
  endInferred?: boolean | null;
  /** KNOWN unless the row is a post's statement of an UNKNOWN or NONE holder (src/official/holders.ts). */
  holder?: Holder;
  /** Null when the holder is UNKNOWN or NONE. */
  officialId!: string | null;
  governmentCode!: string;
  agencyId!: string | null;
  /** The other ends, when the query brought them along (saves a round trip). */
  official?: Official | null;
  government?: Regency | null;
  agency?: Agency | null;
  /** Its fact and shown value: `provenance` loads the references (src/provenance/sourced.resolver.ts). */
  fact?: string | null;
  valueKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: connectionDescription('Position') })
export class PositionConnection extends Connection(Position, 'Position') {}

@ObjectType({ simpleResolvers: true, description: 'One official accompanying another (on a visit, a studi tiru).' })
export class Accompaniment implements FactFields {
  @Field(() => LocalDate, { nullable: true, description: 'The day of the visit; see dateInferred.' }) date!: string | null;
  @Field(() => String, { nullable: true, description: 'The date as the source gives it: "Selasa (21/3)".' })
  dateText!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True when part of the date (the year) was inferred.' })
  dateInferred!: boolean | null;
  @Field(() => String, { nullable: true, description: 'What the visit was for, as the source says.' }) purpose!: string | null;
  @Field(() => String, { nullable: true, description: 'Where they went.' }) place!: string | null;
  /** The other official: the companion or the one accompanied, depending on the field. */
  officialId!: string;
  official?: Official;
  /** Its fact and shown value: `provenance` loads the references (src/provenance/sourced.resolver.ts). */
  fact?: string | null;
  valueKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: connectionDescription('Accompaniment') })
export class AccompanimentConnection extends Connection(Accompaniment, 'Accompaniment') {}
