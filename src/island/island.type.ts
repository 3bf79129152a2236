import { Node } from '../node/node.type';
import { ObjectType } from 'type-graphql';
import { Connection, connectionDescription } from '../common/connection';
import { entityFields } from '../common/entity-type';
import { ISLAND } from '../model/entities/island';
import type { EntityRow } from '../model/types';

@ObjectType({ simpleResolvers: true, description: ISLAND.description, implements: Node })
export class Island {}
/** The fields the model declares (src/model/entities/island.ts). */
export interface Island extends EntityRow<typeof ISLAND> {}
entityFields(Island, ISLAND);

@ObjectType({ simpleResolvers: true, description: connectionDescription('Island') })
export class IslandConnection extends Connection(Island, 'Island') {}
