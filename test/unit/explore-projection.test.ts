import { fitEquirectangular } from '../../explorer/src/projection';

describe('explorer map projection', () => {
  const islands = [
    { longitude: 106.0, latitude: -6.0 },
    { longitude: 106.4, latitude: -6.2 },
    { longitude: 106.2, latitude: -5.8 },
  ];

  it('fits the points inside the box, padding from the edges, and centres them', () => {
    const project = fitEquirectangular(islands, 600, 400, 20);
    const points = islands.map(project);
    for (const { x, y } of points) {
      expect(x).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(x).toBeLessThanOrEqual(580 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(y).toBeLessThanOrEqual(380 + 1e-9);
    }
    const xs = points.map((p) => p.x);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(300);
  });

  it('puts north up and east right', () => {
    const project = fitEquirectangular(islands, 600, 400);
    const [west, east, north] = islands.map(project);
    expect(east!.x).toBeGreaterThan(west!.x);
    expect(north!.y).toBeLessThan(west!.y);
  });

  it('keeps proportions: a degree of longitude is cos(latitude) of a degree of latitude', () => {
    // A square of one degree on the equator and one at 60° south.
    const atEquator = fitEquirectangular([{ longitude: 0, latitude: 0 }, { longitude: 1, latitude: 1 }], 1000, 1000, 0);
    const a = atEquator({ longitude: 1, latitude: 1 });
    const b = atEquator({ longitude: 0, latitude: 0 });
    expect(Math.abs(a.x - b.x) / Math.abs(a.y - b.y)).toBeCloseTo(Math.cos((0.5 * Math.PI) / 180), 5);
    const south = fitEquirectangular([{ longitude: 0, latitude: -60 }, { longitude: 1, latitude: -59 }], 1000, 1000, 0);
    const c = south({ longitude: 1, latitude: -59 });
    const d = south({ longitude: 0, latitude: -60 });
    expect(Math.abs(c.x - d.x) / Math.abs(c.y - d.y)).toBeCloseTo(Math.cos((59.5 * Math.PI) / 180), 5);
  });

  it('puts a single point, or none, in the middle', () => {
    expect(fitEquirectangular([{ longitude: 120, latitude: -8 }], 300, 200)({ longitude: 120, latitude: -8 })).toEqual({ x: 150, y: 100 });
    expect(fitEquirectangular([], 300, 200)({ longitude: 0, latitude: 0 })).toEqual({ x: 150, y: 100 });
  });

  it('fits points along one meridian by their latitudes alone', () => {
    const project = fitEquirectangular([{ longitude: 100, latitude: 0 }, { longitude: 100, latitude: 2 }], 300, 200, 0);
    expect(project({ longitude: 100, latitude: 2 })).toEqual({ x: 150, y: 0 });
    expect(project({ longitude: 100, latitude: 0 })).toEqual({ x: 150, y: 200 });
  });
});
