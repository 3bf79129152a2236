import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { VILLAGE } from '../model/entities/village';
import type { EntityRow } from '../model/types';
import { ObjectType } from 'type-graphql';
import { Connection, connectionDescription } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: VILLAGE.description, implements: Node })
export class Village {}
/** The fields the model declares (src/model/entities/village.ts). */
export interface Village extends EntityRow<typeof VILLAGE> {}
entityFields(Village, VILLAGE);

@ObjectType({ simpleResolvers: true, description: connectionDescription('Village') })
export class VillageConnection extends Connection(Village, 'Village') {}
