/**
 * Coordinates as idn-area-data writes them for islands: degrees, minutes and seconds with a
 * hemisphere, latitude first (`03°19'03.44" N 097°07'41.73" E`). Parsed to decimal degrees,
 * which Neo4j's `point({latitude, longitude})` takes.
 */

export interface Coordinate {
  /** Decimal degrees, north positive. */
  readonly latitude: number;
  /** Decimal degrees, east positive. */
  readonly longitude: number;
}

/** Why a coordinate text was refused; the island reader adds the file and line. */
export class CoordinateError extends Error {
  override name = 'CoordinateError';
}

const EXAMPLE = `03°19'03.44" N 097°07'41.73" E`;

/** One half: degrees°minutes'seconds" and a hemisphere letter; seconds may have decimals. */
const PART = String.raw`(\d{1,3})°\s*(\d{1,2})'\s*(\d{1,2}(?:\.\d+)?)"\s*([NSEW])`;
const COORDINATE = new RegExp(String.raw`^\s*${PART}\s+${PART}\s*$`);

function toDegrees(what: 'latitude' | 'longitude', groups: readonly string[], limit: number, text: string): number {
  const [degrees = '', minutes = '', seconds = '', hemisphere = ''] = groups;
  const allowed = what === 'latitude' ? 'NS' : 'EW';
  if (!allowed.includes(hemisphere)) {
    throw new CoordinateError(`"${text}": the ${what} must end in ${allowed[0]} or ${allowed[1]}, not ${hemisphere}.`);
  }
  const [d, m, s] = [Number(degrees), Number(minutes), Number(seconds)];
  if (m >= 60 || s >= 60) throw new CoordinateError(`"${text}": the ${what}'s minutes and seconds must be below 60.`);
  const value = d + m / 60 + s / 3600;
  if (value > limit) throw new CoordinateError(`"${text}": a ${what} is at most ${limit}°.`);
  return hemisphere === 'S' || hemisphere === 'W' ? -value : value;
}

/** Parses `DD°MM'SS.ss" N DDD°MM'SS.ss" E`; throws CoordinateError with a sentence saying what is wrong. */
export function parseDmsCoordinate(text: string): Coordinate {
  const match = COORDINATE.exec(text);
  if (!match) {
    throw new CoordinateError(`"${text}" is not a coordinate in degrees, minutes and seconds such as ${EXAMPLE}.`);
  }
  const groups = match.slice(1);
  return {
    latitude: toDegrees('latitude', groups.slice(0, 4), 90, text),
    longitude: toDegrees('longitude', groups.slice(4, 8), 180, text),
  };
}
