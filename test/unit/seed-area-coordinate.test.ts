import { CoordinateError, parseDmsCoordinate } from '../../src/seed/coordinate';

describe('parseDmsCoordinate', () => {
  it('reads degrees, minutes and seconds north and east as positive decimal degrees', () => {
    const { latitude, longitude } = parseDmsCoordinate(`03°19'03.44" N 097°07'41.73" E`);
    expect(latitude).toBeCloseTo(3 + 19 / 60 + 3.44 / 3600, 12);
    expect(longitude).toBeCloseTo(97 + 7 / 60 + 41.73 / 3600, 12);
  });

  it('makes south and west negative', () => {
    const { latitude, longitude } = parseDmsCoordinate(`06°07'00" S 106°48'30.5" W`);
    expect(latitude).toBeCloseTo(-(6 + 7 / 60), 12);
    expect(longitude).toBeCloseTo(-(106 + 48 / 60 + 30.5 / 3600), 12);
  });

  it('takes whole seconds, single-digit parts and extra spaces', () => {
    expect(parseDmsCoordinate(` 0°0'0" N  0°0'1" E `)).toEqual({ latitude: 0, longitude: 1 / 3600 });
    expect(parseDmsCoordinate(`90°00'00" S 180°00'00" E`)).toEqual({ latitude: -90, longitude: 180 });
  });

  it.each([
    ['an empty text', '', /is not a coordinate in degrees, minutes and seconds such as/],
    ['decimal degrees', '3.3176 97.1282', /is not a coordinate in degrees/],
    ['a missing hemisphere', `03°19'03.44" 097°07'41.73" E`, /is not a coordinate/],
    ['longitude first', `097°07'41.73" E 03°19'03.44" N`, /the latitude must end in N or S, not E/],
    ['a latitude hemisphere on the longitude', `03°19'03.44" N 097°07'41.73" S`, /the longitude must end in E or W, not S/],
    ['60 minutes', `03°60'03.44" N 097°07'41.73" E`, /minutes and seconds must be below 60/],
    ['60 seconds', `03°19'60" N 097°07'41.73" E`, /minutes and seconds must be below 60/],
    ['a latitude beyond 90°', `91°00'00" N 097°07'41.73" E`, /a latitude is at most 90°/],
    ['a longitude beyond 180°', `03°19'03.44" N 180°00'00.01" E`, /a longitude is at most 180°/],
    ['a comma for the decimal point', `03°19'03,44" N 097°07'41.73" E`, /is not a coordinate/],
    ['trailing text', `03°19'03.44" N 097°07'41.73" E x`, /is not a coordinate/],
  ])('refuses %s with a sentence', (_what, text, message) => {
    expect(() => parseDmsCoordinate(text)).toThrow(CoordinateError);
    expect(() => parseDmsCoordinate(text)).toThrow(message);
  });
});
