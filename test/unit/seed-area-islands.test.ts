import { parseAreaCsv } from '../../src/seed/area-csv';
import { readIslands, toIslandRows } from '../../src/seed/island-csv';
import { csvLines, csvRowCount } from '../helpers/area-data';

const HEADER = 'code,regency_code,coordinate,is_populated,is_outermost_small,name';

function islands(...lines: string[]) {
  return toIslandRows(parseAreaCsv([HEADER, ...lines].join('\n'), HEADER, 'islands.csv', ['regency_code']));
}

describe('toIslandRows', () => {
  it('reads an island of a regency: its quoted coordinate, flags and regency', () => {
    expect(islands(`11.01.40001,11.01,"03°19'03.44"" N 097°07'41.73"" E",0,1,Pulau Batukapal`)).toEqual([
      {
        code: '11.01.40001',
        name: 'Pulau Batukapal',
        latitude: 3 + 19 / 60 + 3.44 / 3600,
        longitude: 97 + 7 / 60 + 41.73 / 3600,
        populated: false,
        outermostSmall: true,
        regencyCode: '11.01',
        provinceCode: '11',
      },
    ]);
  });

  it('keeps an island of no regency, in the province its code names', () => {
    expect(islands(`12.00.40004,,"01°04'04.55"" N 097°36'03.35"" E",1,0,Pulau Nias`)[0]).toMatchObject({
      code: '12.00.40004',
      regencyCode: null,
      provinceCode: '12',
      populated: true,
    });
  });

  it.each([
    ['a malformed coordinate', `11.01.40001,11.01,"03°19'03.44"" N",0,0,P`, /^islands\.csv line 3: "03°19'03\.44" N" is not a coordinate/],
    ['a minute out of range', `11.01.40001,11.01,"03°61'03.44"" N 097°07'41.73"" E",0,0,P`, /^islands\.csv line 3: .*below 60/],
    ['a flag that is not 0 or 1', `11.01.40001,11.01,"03°19'03.44"" N 097°07'41.73"" E",yes,0,P`, /^islands\.csv line 3: is_populated must be 0 or 1, not "yes"/],
    ['a code outside its regency', `11.02.40001,11.01,"03°19'03.44"" N 097°07'41.73"" E",0,0,P`, /^islands\.csv line 3: the island code "11\.02\.40001" does not extend its parent code "11\.01"/],
    ['no regency while the code names one', `11.01.40001,,"03°19'03.44"" N 097°07'41.73"" E",0,0,P`, /^islands\.csv line 3: the island "11\.01\.40001" has no regency_code, but its code names the regency 11\.01/],
    ['a malformed code', `11.01.4001,11.01,"03°19'03.44"" N 097°07'41.73"" E",0,0,P`, /^islands\.csv line 3: "11\.01\.4001" is not an island code/],
  ])('refuses %s, naming the file and line', (_what, line, message) => {
    const good = `11.01.40002,11.01,"03°24'55.00"" N 097°04'21.00"" E",0,0,Pulau Batutunggal`;
    expect(() => islands(good, line)).toThrow(message);
  });
});

describe('readIslands (the dataset)', () => {
  const rows = readIslands();

  it('reads every row, with a point inside Indonesia', () => {
    expect(rows).toHaveLength(csvRowCount('islands'));
    expect(rows.every((i) => i.latitude > -12 && i.latitude < 7 && i.longitude > 94 && i.longitude < 142)).toBe(true);
  });

  it('keeps the islands of no regency (code "PP.00.xxxxx") as many as the file has rows with an empty regency_code', () => {
    const noRegency = csvLines('islands', '').filter((line) => /^\d{2}\.\d{2}\.\d{5},,/.test(line));
    expect(rows.filter((i) => i.regencyCode === null)).toHaveLength(noRegency.length);
    expect(noRegency.length).toBeGreaterThan(0);
  });

  it('reads the flags as the file gives them', () => {
    const populated = csvLines('islands', '').filter((line) => /,1,[01],[^,]*$/.test(line)).length;
    expect(rows.filter((i) => i.populated)).toHaveLength(populated);
    expect(rows.some((i) => i.outermostSmall)).toBe(true);
  });
});
