import { Connection, connectionDescription } from '../common/connection';
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
  @Field({ description: 'Label of the node the relationship starts from ("Official").' }) fromLabel!: string;
  @Field({ description: 'Key of the node it starts from.' }) fromKey!: string;
  @Field(() => String, { nullable: true, description: 'Name (or title) of the node it starts from.' }) fromName!: string | null;
  @Field({ description: 'Label of the node it points to.' }) toLabel!: string;
  @Field({ description: 'Key of the node it points to.' }) toKey!: string;
  @Field(() => String, { nullable: true, description: 'Name (or title) of the node it points to.' }) toName!: string | null;
  @Field(() => String, { nullable: true, description: 'The sentence of the source that states it, verbatim.' }) quote!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True when part of the fact is inferred rather than read (note says how).' }) inferred!: boolean | null;
  @Field(() => String, { nullable: true, description: 'A curator\'s remark: how something was inferred, what the source leaves open.' }) note!: string | null;
}

@ObjectType({ simpleResolvers: true, description: connectionDescription('SourcedFact') })
export class SourcedFactConnection extends Connection(SourcedFact, 'SourcedFact') {}

@ObjectType({ simpleResolvers: true, description: connectionDescription('Source') })
export class SourceConnection extends Connection(Source, 'Source') {}
