/** A point on the earth, in degrees. */
export interface LonLat {
  readonly longitude: number;
  readonly latitude: number;
}

export interface Projected {
  readonly x: number;
  readonly y: number;
}

/**
 * An equirectangular projection fitted to a box: longitudes are scaled by the cosine of the
 * middle latitude, so shapes near the equator (all of Indonesia lies within 11° of it) keep
 * their proportions; the points' extent is centred in the box, `padding` pixels from its edges.
 * A single point (or several at one place) lands in the middle.
 */
export function fitEquirectangular(points: readonly LonLat[], width: number, height: number, padding = 20): (point: LonLat) => Projected {
  if (points.length === 0) return () => ({ x: width / 2, y: height / 2 });
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const midLat = (minLat + maxLat) / 2;
  const xScale = Math.cos((midLat * Math.PI) / 180);
  const spanX = (maxLon - minLon) * xScale;
  const spanY = maxLat - minLat;
  const innerW = Math.max(width - 2 * padding, 1);
  const innerH = Math.max(height - 2 * padding, 1);
  const scale = spanX === 0 && spanY === 0 ? 1 : Math.min(spanX === 0 ? Infinity : innerW / spanX, spanY === 0 ? Infinity : innerH / spanY);
  const midLon = (minLon + maxLon) / 2;
  return (point) => ({
    x: width / 2 + (point.longitude - midLon) * xScale * scale,
    y: height / 2 - (point.latitude - midLat) * scale,
  });
}
