import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

@ObjectType({ simpleResolvers: true, description: 'A village (Desa) or urban village (Kelurahan), the fourth administrative level.' })
export class Village {
  @Field(() => ID, { description: 'Official code, e.g. "36.04.01.2001".' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'Code of its district.' }) districtCode!: string;
}

@ObjectType({ simpleResolvers: true })
export class VillageConnection extends Connection(Village, 'Village') {}
