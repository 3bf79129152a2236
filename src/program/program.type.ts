import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../common/connection';
import { LocalDate } from '../common/scalars';
import type { Regency } from '../regency/regency.type';

export enum ProgramKind {
  PROGRAM = 'PROGRAM',
  POLICY = 'POLICY',
  PRACTICE = 'PRACTICE',
}
registerEnumType(ProgramKind, {
  name: 'ProgramKind',
  description: 'A program (with beneficiaries), a policy (a rule), or a practice (a way of working).',
});

export enum AdoptionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(AdoptionStatus, { name: 'AdoptionStatus', description: 'How far an adoption has gone.' });

@ObjectType({ simpleResolvers: true, description: 'A program, policy or practice a local government runs.' })
export class Program {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ProgramKind) kind!: ProgramKind;
  @Field(() => Int, { nullable: true, description: 'Year it started, when the source says.' }) since!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class ProgramConnection extends Connection(Program, 'Program') {}

@ObjectType({ simpleResolvers: true, description: 'A government running a program.' })
export class ProgramRun {
  @Field(() => Int, { nullable: true }) since!: number | null;
  programId!: string;
  governmentCode!: string;
  /** The other ends, when the query brought them along (saves a round trip). */
  program?: Program;
  government?: Regency;
  sourceId?: string | null;
  quote?: string | null;
  inferred?: boolean | null;
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A government adopting a program from another (studi tiru).' })
export class Adoption {
  @Field(() => AdoptionStatus) status!: AdoptionStatus;
  @Field(() => LocalDate, { nullable: true }) date!: string | null;
  fromCode!: string | null;
  programId!: string;
  governmentCode!: string;
  program?: Program;
  government?: Regency;
  sourceId?: string | null;
  quote?: string | null;
  inferred?: boolean | null;
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Where a program originated.' })
export class ProgramOrigin {
  governmentCode!: string;
  government?: Regency;
  sourceId?: string | null;
  quote?: string | null;
  inferred?: boolean | null;
  note?: string | null;
}
