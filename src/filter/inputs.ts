import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { LocalDate } from '../common/scalars';

/**
 * Operator inputs shared by every `where` argument. Each operator given must hold (AND);
 * combine alternatives with the `OR` of the entity's where input.
 */

@InputType({ description: 'Conditions on a code or id: exact matches.' })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: 'Exactly this.' }) eq?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Any of these.' }) in?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Code prefix, e.g. "36." for everything in Banten.' })
  startsWith?: string | null;
}

@InputType({ description: 'Conditions on a name or text; case-insensitive, and `contains` also ignores accents and punctuation.' })
export class TextFilter {
  @Field(() => String, { nullable: true, description: 'The whole text, ignoring case.' }) eq?: string | null;
  @Field(() => String, { nullable: true, description: 'Somewhere in the text, ignoring case, accents and punctuation.' }) contains?: string | null;
  @Field(() => String, { nullable: true, description: 'The start of the text, ignoring case.' }) startsWith?: string | null;
}

@InputType({ description: 'Conditions on a whole number.' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Equal to.' }) eq?: number | null;
  @Field(() => [Int], { nullable: true, description: 'Any of these.' }) in?: number[] | null;
  @Field(() => Int, { nullable: true, description: 'Greater than.' }) gt?: number | null;
  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' }) gte?: number | null;
  @Field(() => Int, { nullable: true, description: 'Less than.' }) lt?: number | null;
  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' }) lte?: number | null;
}

@InputType({ description: 'Conditions on a calendar date ("2017-03-22").' })
export class DateFilter {
  @Field(() => LocalDate, { nullable: true, description: 'On this day.' }) eq?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'After this day.' }) gt?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'On or after this day.' }) gte?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Before this day.' }) lt?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'On or before this day.' }) lte?: string | null;
}

/** `{ eq, in }` for an enum, named `<Enum>Filter`. */
export function EnumFilter<T extends string>(enumType: object, name: string) {
  @InputType(`${name}Filter`, { description: `Conditions on a ${name}.` })
  class EnumFilterInput {
    @Field(() => enumType, { nullable: true, description: 'Exactly this value.' }) eq?: T | null;
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
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Which way a sort key runs.',
  valuesConfig: { ASC: { description: 'Ascending: A to Z, smallest and earliest first; missing values first.' }, DESC: { description: 'Descending: Z to A, largest and latest first; missing values last.' } },
});

/** The direction of one sort key, said once for every sort input. */
const DIRECTION = 'Which way it runs (ascending by default).';

/** `{ field, direction }` for a list's sort, named `<Name>Sort`. */
export function SortInputType<F extends string>(fieldEnum: object, name: string) {
  @InputType(`${name}Sort`, { description: `One sort key for ${name} lists; ties are always broken by the unique key.` })
  class SortInputClass {
    @Field(() => fieldEnum, { description: 'The field to sort by.' }) field!: F;
    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: DIRECTION }) direction!: SortDirection;
  }
  return SortInputClass;
}
