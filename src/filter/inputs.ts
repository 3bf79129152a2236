import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { LocalDate } from '../common/scalars';

/**
 * Operator inputs shared by every `where` argument. Each operator given must hold (AND);
 * combine alternatives with the `OR` of the entity's where input.
 */

@InputType({ description: 'Conditions on a code or id: exact matches.' })
export class IdFilter {
  @Field(() => ID, { nullable: true }) eq?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Any of these.' }) in?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Code prefix, e.g. "36." for everything in Banten.' })
  startsWith?: string | null;
}

@InputType({ description: 'Conditions on a name or text; case-insensitive, and `contains` also ignores accents and punctuation.' })
export class TextFilter {
  @Field(() => String, { nullable: true }) eq?: string | null;
  @Field(() => String, { nullable: true }) contains?: string | null;
  @Field(() => String, { nullable: true }) startsWith?: string | null;
}

@InputType({ description: 'Conditions on a whole number.' })
export class IntFilter {
  @Field(() => Int, { nullable: true }) eq?: number | null;
  @Field(() => [Int], { nullable: true }) in?: number[] | null;
  @Field(() => Int, { nullable: true }) gt?: number | null;
  @Field(() => Int, { nullable: true }) gte?: number | null;
  @Field(() => Int, { nullable: true }) lt?: number | null;
  @Field(() => Int, { nullable: true }) lte?: number | null;
}

@InputType({ description: 'Conditions on a calendar date ("2017-03-22").' })
export class DateFilter {
  @Field(() => LocalDate, { nullable: true }) eq?: string | null;
  @Field(() => LocalDate, { nullable: true }) gt?: string | null;
  @Field(() => LocalDate, { nullable: true }) gte?: string | null;
  @Field(() => LocalDate, { nullable: true }) lt?: string | null;
  @Field(() => LocalDate, { nullable: true }) lte?: string | null;
}

/** `{ eq, in }` for an enum, named `<Enum>Filter`. */
export function EnumFilter<T extends string>(enumType: object, name: string) {
  @InputType(`${name}Filter`, { description: `Conditions on a ${name}.` })
  class EnumFilterInput {
    @Field(() => enumType, { nullable: true }) eq?: T | null;
    @Field(() => [enumType], { nullable: true, description: 'Any of these.' }) in?: T[] | null;
  }
  return EnumFilterInput;
}

/** Conditions on a to-many relationship, named `<Name>ListFilter`. */
export interface ListFilterShape<W> {
  some?: W | null;
  none?: W | null;
  all?: W | null;
  count?: IntFilter | null;
}

/** `some` / `none` / `all` / `count` over a to-many relationship, named `<Name>ListFilter`; `plural` names the other ends ("agencies"). */
export function ListFilter<W extends object>(where: () => ClassType<W>, name: string, plural: string) {
  @InputType(`${name}ListFilter`, { description: `Conditions on related ${plural}.` })
  class ListFilterInput implements ListFilterShape<W> {
    @Field(where, { nullable: true, description: `At least one of the ${plural} matches.` }) some?: W | null;
    @Field(where, { nullable: true, description: `None of the ${plural} matches.` }) none?: W | null;
    @Field(where, { nullable: true, description: `Every one of the ${plural} matches (true when there are none).` })
    all?: W | null;
    @Field(() => IntFilter, { nullable: true, description: `How many ${plural} there are.` }) count?: IntFilter | null;
  }
  return ListFilterInput;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

/** `{ field, direction }` for a list's sort, named `<Name>Sort`. */
export function SortInputType<F extends string>(fieldEnum: object, name: string) {
  @InputType(`${name}Sort`, { description: `One sort key for ${name} lists; ties are always broken by the unique code or id.` })
  class SortInputClass {
    @Field(() => fieldEnum) field!: F;
    @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
  }
  return SortInputClass;
}
