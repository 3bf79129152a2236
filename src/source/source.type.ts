import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars';

@ObjectType({ simpleResolvers: true, description: 'A document the curated facts come from (a news article, a regulation).' })
export class Source {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'NEWS_ARTICLE, PRESS_RELEASE, ...' }) kind!: string | null;
  @Field(() => String, { nullable: true, description: 'Place named at the head of the article ("SERANG").' })
  dateline!: string | null;
  @Field(() => LocalDate, { nullable: true }) publishedOn!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True when publishedOn was inferred, not printed.' })
  publishedOnInferred!: boolean | null;
  @Field(() => String, { nullable: true, description: 'Editor\'s code printed at the end ("Red – 05").' })
  editorCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the text came from, e.g. "press release".' })
  origin!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1 language of the quotes ("id").' })
  language!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
}

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
