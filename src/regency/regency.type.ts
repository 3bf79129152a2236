import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { REGENCY } from '../model/entities/regency';
import type { EntityRow } from '../model/types';
import { ObjectType } from 'type-graphql';
import { Connection, connectionDescription } from '../common/connection';
import type { Province } from '../province/province.type';


@ObjectType({ simpleResolvers: true, description: REGENCY.description, implements: Node })
export class Regency {
  /** The province, when the query brought it along (saves a round trip). */
  province?: Province;
}
/** The fields the model declares (src/model/entities/regency.ts). */
export interface Regency extends EntityRow<typeof REGENCY> {}
entityFields(Regency, REGENCY);

@ObjectType({ simpleResolvers: true, description: connectionDescription('Regency') })
export class RegencyConnection extends Connection(Regency, 'Regency') {}
