/**
 * Joins a `where` input with the shorthand arguments some lists keep for convenience
 * (`regencies(provinceCode: "36")` = `where: { provinceCode: { eq: "36" } }`).
 */
export function withShorthands<W extends object>(where: W | null | undefined, ...shorthands: Array<W | null>): W | null {
  const parts = [where, ...shorthands].filter((w): w is W => w !== null && w !== undefined);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : ({ AND: parts } as unknown as W);
}
