import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { DISTRICT } from '../model/entities/district';
import type { EntityRow } from '../model/types';
import { ObjectType } from 'type-graphql';
import { Connection, connectionDescription } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: DISTRICT.description, implements: Node })
export class District {
  /** How many villages, when the query brought it along (saves a round trip). */
  villageCount?: number;
}
/** The fields the model declares (src/model/entities/district.ts). */
export interface District extends EntityRow<typeof DISTRICT> {}
entityFields(District, DISTRICT);

@ObjectType({ simpleResolvers: true, description: connectionDescription('District') })
export class DistrictConnection extends Connection(District, 'District') {}
