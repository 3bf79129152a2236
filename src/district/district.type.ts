import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

@ObjectType({ description: 'A district (Kecamatan), the third administrative level.' })
export class District {
  @Field(() => ID, { description: 'Official code, e.g. "36.04.01".' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'Code of its regency or city.' }) regencyCode!: string;
}

@ObjectType()
export class DistrictConnection extends Connection(District, 'District') {}
