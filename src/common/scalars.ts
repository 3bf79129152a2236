import { LocalDateResolver } from 'graphql-scalars';

/** Calendar dates without a time zone ("2017-03-22"), as Neo4j's `date` stores them. */
export const LocalDate = LocalDateResolver;
