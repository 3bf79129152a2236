import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { AGENCY } from '../model/entities/agency';
import type { EntityRow } from '../model/types';
import { ObjectType } from 'type-graphql';
import { Connection, connectionDescription } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: AGENCY.description, implements: Node })
export class Agency {}
/** The fields the model declares (src/model/entities/agency.ts). */
export interface Agency extends EntityRow<typeof AGENCY> {}
entityFields(Agency, AGENCY);

@ObjectType({ simpleResolvers: true, description: connectionDescription('Agency') })
export class AgencyConnection extends Connection(Agency, 'Agency') {}
