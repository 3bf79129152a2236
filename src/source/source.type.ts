import { Node } from '../node/node.type';
import { entityFields } from '../common/entity-type';
import { SOURCE } from '../model/entities/source';
import type { EntityRow } from '../model/types';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: SOURCE.description, implements: Node })
export class Source {}
/** The fields the model declares (src/model/entities/source.ts). */
export interface Source extends EntityRow<typeof SOURCE> {}
entityFields(Source, SOURCE);

@ObjectType({ simpleResolvers: true, description: 'One curated relationship a source states, with its quote.' })
export class SourcedFact {
  @Field({ description: 'Relationship type, e.g. SIGNED_MOU, ACCOMPANIED, ADOPTED.' }) type!: string;
  @Field() fromLabel!: string;
  @Field() fromKey!: string;
  @Field(() => String, { nullable: true }) fromName!: string | null;
  @Field() toLabel!: string;
  @Field() toKey!: string;
  @Field(() => String, { nullable: true }) toName!: string | null;
  @Field(() => String, { nullable: true }) quote!: string | null;
  @Field(() => Boolean, { nullable: true }) inferred!: boolean | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}
