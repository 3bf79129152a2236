import { Connection, connectionDescription } from '../common/connection';
import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { CLAIM } from '../model/entities/claim';
import type { EntityRow } from '../model/types';
import { ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: CLAIM.description, implements: Node })
export class Claim {}
/** The fields the model declares (src/model/entities/claim.ts). */
export interface Claim extends EntityRow<typeof CLAIM> {}
entityFields(Claim, CLAIM);

@ObjectType({ simpleResolvers: true, description: connectionDescription('Claim') })
export class ClaimConnection extends Connection(Claim, 'Claim') {}
