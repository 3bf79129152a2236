import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from './enums';
import { LocalDate } from './scalars';
import { DATE_PRECISION } from '../model/enums';
import type { DatePrecision } from '../model/enums';

/** A date as a source gives it: to the day, month or year, stated or inferred (Wikidata's time value). */
@ObjectType({ simpleResolvers: true, description: 'A date as a source gives it: to the day, the month or the year, stated or inferred.' })
export class TimeValue {
  @Field(() => LocalDate, { description: 'The date; to the month or year, written as its first day (see precision).' })
  date!: string;
  @Field(() => graphqlEnum(DATE_PRECISION), { description: 'How much of the date the source gives.' })
  precision!: DatePrecision;
  @Field({ description: 'True when the date was read between the lines (the references\' note says how).' })
  inferred!: boolean;
  @Field(() => String, { nullable: true, description: 'The date as the source writes it ("Rabu (22/3)"), when recorded.' })
  text!: string | null;
}

/** A TimeValue from a row's flat properties, or null when the source gives no date. */
export function timeValue(date: string | null | undefined, precision: DatePrecision | null | undefined, inferred: boolean | null | undefined, text: string | null = null): TimeValue | null {
  if (!date) return null;
  return { date, precision: precision ?? 'DAY', inferred: inferred ?? false, text };
}
