import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { PROVINCE } from '../model/entities/province';
import type { EntityRow } from '../model/types';
import { Field, Int, ObjectType } from 'type-graphql';
import { Connection, connectionDescription } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: PROVINCE.description, implements: Node })
export class Province {}
/** The fields the model declares (src/model/entities/province.ts). */
export interface Province extends EntityRow<typeof PROVINCE> {}
entityFields(Province, PROVINCE);

@ObjectType({ simpleResolvers: true, description: 'How many administrative units a province has.' })
export class ProvinceCounts {
  @Field(() => Int, { description: 'Kabupaten.' }) regencies!: number;
  @Field(() => Int, { description: 'Kota.' }) cities!: number;
  @Field(() => Int, { description: 'Kecamatan.' }) districts!: number;
  @Field(() => Int, { description: 'Desa and kelurahan.' }) villages!: number;
}

@ObjectType({ simpleResolvers: true, description: connectionDescription('Province') })
export class ProvinceConnection extends Connection(Province, 'Province') {}
