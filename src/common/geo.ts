import { Field, Float, InputType, ObjectType } from 'type-graphql';

/** A place on the earth (WGS-84), as Neo4j's `point({latitude, longitude})` stores it. */
@ObjectType({ simpleResolvers: true, description: 'A place on the earth (WGS-84 degrees).' })
export class GeoPoint {
  @Field(() => Float, { description: 'Degrees north (negative: south), e.g. 3.3176 for 03°19\'03.44" N.' }) latitude!: number;
  @Field(() => Float, { description: 'Degrees east (negative: west), e.g. 97.1283.' }) longitude!: number;
}

/** Largest radius a `near` filter takes: about the width of Indonesia's widest province. */
export const MAX_NEAR_KM = 2000;

@InputType({ description: `Within a radius of a point: \`{ latitude: -8.2, longitude: 114.4, km: 10 }\`; km from 0 to ${MAX_NEAR_KM}.` })
export class NearFilter {
  @Field(() => Float, { description: 'Degrees north, -90 to 90.' }) latitude!: number;
  @Field(() => Float, { description: 'Degrees east, -180 to 180.' }) longitude!: number;
  @Field(() => Float, { description: `Radius in kilometres, 0 to ${MAX_NEAR_KM}.` }) km!: number;
}
