import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A field of government work (education, health, tourism, ...).' })
export class Sector {
  @Field(() => ID, { description: 'Slug, e.g. "education".' }) id!: string;
  @Field({ description: 'English name, e.g. "Education".' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Indonesian name, e.g. "Pendidikan".' }) localName!: string | null;
}
