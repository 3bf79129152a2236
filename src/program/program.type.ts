import { Node } from '../node/node.type';
import { graphqlEnum } from '../common/enums';
import { ADOPTION_STATUS } from '../model/enums';
import type { AdoptionStatus } from '../model/enums';
import { entityFields } from '../common/entity-type';
import { PROGRAM } from '../model/entities/program';
import type { EntityRow } from '../model/types';
import { Field, Int, ObjectType } from 'type-graphql';
import { Connection, connectionDescription } from '../common/connection';
import { LocalDate } from '../common/scalars';
import type { Regency } from '../regency/regency.type';


@ObjectType({ simpleResolvers: true, description: PROGRAM.description, implements: Node })
export class Program {}
/** The fields the model declares (src/model/entities/program.ts). */
export interface Program extends EntityRow<typeof PROGRAM> {}
entityFields(Program, PROGRAM);

@ObjectType({ simpleResolvers: true, description: connectionDescription('Program') })
export class ProgramConnection extends Connection(Program, 'Program') {}

@ObjectType({ simpleResolvers: true, description: 'A government running a program.' })
export class ProgramRun {
  @Field(() => Int, { nullable: true, description: 'Year it began running it, when the source says.' }) since!: number | null;
  programId!: string;
  governmentCode!: string;
  /** The other ends, when the query brought them along (saves a round trip). */
  program?: Program;
  government?: Regency;
  /** Its fact and shown value: `provenance` loads the references (src/provenance/sourced.resolver.ts). */
  fact?: string | null;
  valueKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: connectionDescription('ProgramRun') })
export class ProgramRunConnection extends Connection(ProgramRun, 'ProgramRun') {}

@ObjectType({ simpleResolvers: true, description: 'A government adopting a program from another (studi tiru).' })
export class Adoption {
  @Field(() => graphqlEnum(ADOPTION_STATUS), { description: 'Where the adoption stands: planned, in progress or done.' }) status!: AdoptionStatus;
  @Field(() => LocalDate, { nullable: true, description: 'When it was adopted, if a source says.' }) date!: string | null;
  fromCode!: string | null;
  programId!: string;
  governmentCode!: string;
  program?: Program;
  government?: Regency;
  /** Its fact and shown value: `provenance` loads the references (src/provenance/sourced.resolver.ts). */
  fact?: string | null;
  valueKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: connectionDescription('Adoption') })
export class AdoptionConnection extends Connection(Adoption, 'Adoption') {}

@ObjectType({ simpleResolvers: true, description: 'Where a program originated.' })
export class ProgramOrigin {
  governmentCode!: string;
  government?: Regency;
  /** Its fact and shown value: `provenance` loads the references (src/provenance/sourced.resolver.ts). */
  fact?: string | null;
  valueKey?: string | null;
}
