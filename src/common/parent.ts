/**
 * The type of a field resolver's `@Root()` parent. type-graphql copies the parent into a new
 * instance of its class for every field it resolves when the parameter's emitted type is that
 * class; a mapped type is emitted as plain Object, so the parent (a row from Cypher) is passed
 * as it is. On 7,277 nested districts that copy was a measurable share of a request's CPU.
 */
export type Parent<T> = Readonly<T>;
