import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';

/** A value as the API sees it: Neo4j Integers, temporals, nodes and paths made plain JS. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Converts what the driver returns into plain JS. Integers become numbers (all counts and
 * codes here are far below 2^53; a larger one becomes a string rather than losing digits),
 * dates become ISO strings, nodes and relationships become their property maps.
 * Maps and lists are converted in place: the driver builds them fresh for every record, and
 * not copying them saves allocation on large results (7,277 districts in one request).
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value as Plain;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value as Plain[];
  }
  if (type === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
    return map as { [key: string]: Plain };
  }
  return toPlainSpecial(value);
}

/** Driver classes: Integers, temporals, points, nodes, relationships, paths. */
function toPlainSpecial(value: unknown): Plain {
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    return neo4j.integer.inSafeRange(int) ? int.toNumber() : int.toString();
  }
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isPoint(value)) {
    // WGS-84 points (srid 4326) keep x as longitude and y as latitude.
    const point = value as { x: number; y: number };
    return { latitude: point.y, longitude: point.x };
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain({ ...(value as { properties: Record<string, unknown> }).properties });
  }
  if (neo4j.isPath(value)) {
    const path = value as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return path.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) }));
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}

/**
 * Prepares query parameters: JS numbers that are whole become Neo4j Integers, since the
 * driver sends every JS number as a float and Cypher refuses `LIMIT 10.0`.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}
