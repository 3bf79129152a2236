import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { SECTOR } from '../model/entities/sector';
import type { EntityRow } from '../model/types';
import { ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: SECTOR.description, implements: Node })
export class Sector {}
/** The fields the model declares (src/model/entities/sector.ts). */
export interface Sector extends EntityRow<typeof SECTOR> {}
entityFields(Sector, SECTOR);
