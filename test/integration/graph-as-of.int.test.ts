import { listDataOf, useTestApi } from '../helpers/api';

const api = useTestApi();

interface Position {
  title: string;
  localTitle: string | null;
  startDate: string | null;
  endDate: string | null;
  attestedOn: string | null;
  attestedOnText: string | null;
  attestedOnInferred: boolean | null;
  official: { key: string };
}

/**
 * "As of a date": the article gives no terms of office, only the days it shows officials in
 * office, so a position with no start or end holds on the day it is attested and no other.
 */
describe('as of a date', () => {
  it('answers "who headed Kabupaten Serang on 2017-03-22" in one query: Ratu Tatu Chasanah', async () => {
    const response = await api.query<{ regency: { head: { key: string; name: string } | null } }>(
      '{ regency(code: "36.04") { head(asOf: "2017-03-22") { key name } } }',
    );
    expect(listDataOf(response).regency.head).toEqual({ key: 'ratu-tatu-chasanah', name: 'Ratu Tatu Chasanah' });
    expect(response.extensions?.cypherRoundTrips).toBe(2);
  });

  it('answers null for a day with no attested head, and the known head without a day', async () => {
    const response = await api.query<Record<string, { head: { key: string } | null }>>(`{
      before: regency(code: "36.04") { head(asOf: "2017-03-21") { key } }
      after: regency(code: "36.04") { head(asOf: "2020-01-01") { key } }
      anyDay: regency(code: "36.04") { head { key } }
      banyuwangi: regency(code: "35.10") { head(asOf: "2017-03-22") { key } }
    }`);
    const data = listDataOf(response);
    expect(data.before?.head).toBeNull();
    expect(data.after?.head).toBeNull();
    expect(data.anyDay?.head).toEqual({ key: 'ratu-tatu-chasanah' });
    expect(data.banyuwangi?.head).toEqual({ key: 'abdullah-azwar-anas' });
    // The head without a day is compiled with its regency into one query (src/compile/); every
    // day asked shares one batch: regency/by-codes, then regency/head.
    expect(response.extensions?.cypherRoundTrips).toBe(3);
  });

  it('lists the officials of Kabupaten Serang as of a day: the agency heads on 21 March, the Bupati on 22 March', async () => {
    const response = await api.query<Record<string, { officials: Position[] }>>(`{
      on21: regency(code: "36.04") { officials(asOf: "2017-03-21") { nodes { ...position } } }
      on22: regency(code: "36.04") { officials(asOf: "2017-03-22") { nodes { ...position } } }
      on23: regency(code: "36.04") { officials(asOf: "2017-03-23") { nodes { ...position } } }
      all: regency(code: "36.04") { officials { nodes { ...position } } }
    }
    fragment position on Position {
      title localTitle startDate endDate attestedOn attestedOnText attestedOnInferred official { key }
    }`);
    const data = listDataOf(response);
    expect(data.on21?.officials.map((p) => p.official.key).sort()).toEqual([
      '36.04-setda-section-heads',
      'abdullah-dpmd-serang',
      'anang-mulyana',
      'asep-nugrahajaya',
      'sri-nurhayati',
      'tahyudin',
    ]);
    expect(data.on21?.officials.find((p) => p.official.key === 'anang-mulyana')).toEqual({
      title: 'Head',
      localTitle: 'Kepala Bappeda',
      startDate: null,
      endDate: null,
      attestedOn: '2017-03-21',
      attestedOnText: 'Selasa (21/3)',
      attestedOnInferred: true,
      official: { key: 'anang-mulyana' },
    });
    expect(data.on22?.officials).toEqual([
      {
        title: 'Regent',
        localTitle: 'Bupati',
        startDate: null,
        endDate: null,
        attestedOn: '2017-03-22',
        attestedOnText: 'Rabu (22/3)',
        attestedOnInferred: true,
        official: { key: 'ratu-tatu-chasanah' },
      },
    ]);
    expect(data.on23?.officials).toEqual([]);
    expect(data.all?.officials).toHaveLength(7);
    // regency/by-codes, then regency/positions (all four days in one batch, officials brought along).
    expect(response.extensions?.cypherRoundTrips).toBe(2);
  });

  it('gives each position the day the article attests it, with its inferred year explained', async () => {
    const response = await api.query<{ official: { positions: Array<Position & { provenance: Array<{ inferred: boolean; note: string }> }> } }>(
      '{ official(id: "abdullah-azwar-anas") { positions { nodes { attestedOn attestedOnText attestedOnInferred provenance { inferred note } } } } }',
    );
    const [position] = listDataOf(response).official.positions;
    expect(position).toMatchObject({ attestedOn: '2017-03-22', attestedOnText: 'Rabu (22/3)', attestedOnInferred: true });
    expect(position?.provenance[0]?.inferred).toBe(true);
    expect(position?.provenance[0]?.note).toMatch(/no term dates.*2017 is inferred/s);
  });

  it('refuses a day that is not a calendar date', async () => {
    const response = await api.query('{ regency(code: "36.04") { head(asOf: "2017-02-30") { key } } }');
    expect(response.errors?.[0]?.message).toMatch(/LocalDate/);
  });
});
