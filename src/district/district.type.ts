import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: 'A district (Kecamatan), the third administrative level.' })
export class District {
  @Field(() => ID, { description: 'Official code, e.g. "36.04.01".' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'Code of its regency or city.' }) regencyCode!: string;
  /** How many villages, when the query brought it along (saves a round trip). */
  villageCount?: number;
}

@ObjectType({ simpleResolvers: true })
export class DistrictConnection extends Connection(District, 'District') {}
