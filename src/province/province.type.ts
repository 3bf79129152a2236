import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: 'A province (Provinsi), the first administrative level; 38 in all.' })
export class Province {
  @Field(() => ID, { description: 'Official code, e.g. "36" (Banten).' }) code!: string;
  @Field({ description: 'Display name, e.g. "Banten".' }) name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'How many administrative units a province has.' })
export class ProvinceCounts {
  @Field(() => Int, { description: 'Kabupaten.' }) regencies!: number;
  @Field(() => Int, { description: 'Kota.' }) cities!: number;
  @Field(() => Int, { description: 'Kecamatan.' }) districts!: number;
  @Field(() => Int, { description: 'Desa and kelurahan.' }) villages!: number;
}

@ObjectType({ simpleResolvers: true })
export class ProvinceConnection extends Connection(Province, 'Province') {}
