import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { AGREEMENT } from '../model/entities/agreement';
import type { EntityRow } from '../model/types';
import { Field, ObjectType } from 'type-graphql';
import { Connection, connectionDescription } from '../common/connection';
import type { Official } from '../official/official.type';
import type { Regency } from '../regency/regency.type';
import type { Sector } from '../sector/sector.type';


@ObjectType({ simpleResolvers: true, description: AGREEMENT.description, implements: Node })
export class Agreement {}
/** The fields the model declares (src/model/entities/agreement.ts). */
export interface Agreement extends EntityRow<typeof AGREEMENT> {}
entityFields(Agreement, AGREEMENT);

@ObjectType({ simpleResolvers: true, description: connectionDescription('Agreement') })
export class AgreementConnection extends Connection(Agreement, 'Agreement') {}

@ObjectType({ simpleResolvers: true, description: 'A government bound by an agreement.' })
export class AgreementParty {
  governmentCode!: string;
  /** The other ends, when the query brought them along (saves a round trip). */
  government?: Regency;
  agreementId!: string;
  /** Its fact and shown value: `provenance` loads the references (src/provenance/sourced.resolver.ts). */
  fact?: string | null;
  valueKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: connectionDescription('AgreementParty') })
export class AgreementPartyConnection extends Connection(AgreementParty, 'AgreementParty') {}

@ObjectType({ simpleResolvers: true, description: 'An official signing an agreement on behalf of a government.' })
export class Signature {
  onBehalfOf!: string | null;
  officialId!: string;
  official?: Official;
  agreementId!: string;
  /** Its fact and shown value: `provenance` loads the references (src/provenance/sourced.resolver.ts). */
  fact?: string | null;
  valueKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: connectionDescription('Signature') })
export class SignatureConnection extends Connection(Signature, 'Signature') {}

@ObjectType({ simpleResolvers: true, description: 'A sector an agreement covers.' })
export class SectorCoverage {
  @Field({ description: 'True when the agreement puts this sector first ("diutamakan").' }) priority!: boolean;
  sectorId!: string;
  sector?: Sector;
  /** Its fact and shown value: `provenance` loads the references (src/provenance/sourced.resolver.ts). */
  fact?: string | null;
  valueKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: connectionDescription('SectorCoverage') })
export class SectorCoverageConnection extends Connection(SectorCoverage, 'SectorCoverage') {}
