import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ClaimKind {
  ASSESSMENT = 'ASSESSMENT',
  COMMITMENT = 'COMMITMENT',
  STATEMENT = 'STATEMENT',
}
registerEnumType(ClaimKind, { name: 'ClaimKind', description: 'What kind of thing a source says.' });

@ObjectType({
  simpleResolvers: true,
  description: 'Something a source says (an assessment, a commitment): reported, not asserted by the graph.',
})
export class Claim {
  @Field(() => ID) id!: string;
  @Field({ description: 'The claim in English.' }) text!: string;
  @Field(() => ClaimKind) kind!: ClaimKind;
}
