import neo4j from 'neo4j-driver';
import { canonical, diff, formatDiff } from '../../bench/canonical';
import { networkFromAgreements, pathText } from '../../bench/questions';

describe('bench: canonical answers', () => {
  it('ignores list order, key order and the way numbers arrive', () => {
    const ours = { regencies: [{ name: 'B', code: '2', count: 3 }, { code: '1', name: 'A', count: neo4j.int(7) }] };
    const peer = { regencies: [{ code: '1', name: 'A', count: 7 }, { code: '2', name: 'B', count: 3n }] };
    expect(canonical(ours)).toEqual(canonical(peer));
    expect(diff(canonical(ours), canonical(peer))).toEqual([]);
  });

  it('rounds float noise away but keeps real differences', () => {
    expect(canonical(3.0215446949005127)).toBe(canonical(3.02154469490051));
    expect(diff(canonical({ score: 3.02 }), canonical({ score: 2.33 }))).toHaveLength(1);
  });

  it('drops undefined fields but not nulls', () => {
    expect(canonical({ a: undefined, b: null })).toEqual({ b: null });
  });

  it('lists each difference with its path and both values', () => {
    const left = canonical({ code: '36.04', head: { id: 'ratu-tatu-chasanah' }, agencies: [{ id: 'a' }, { id: 'b' }] });
    const right = canonical({ code: '36.04', head: null, agencies: [{ id: 'a' }] });
    const differences = diff(left, right);
    expect(differences).toEqual([
      { path: '$.agencies.length', left: '2', right: '1' },
      { path: '$.agencies[1]', left: '{"id":"b"}', right: '(missing)' },
      { path: '$.head', left: '{"id":"ratu-tatu-chasanah"}', right: 'null' },
    ]);
    expect(formatDiff('ours', 'floor', differences)).toContain('$.head: ours={"id":"ratu-tatu-chasanah"}  floor=null');
  });

  it('stops after the given number of differences', () => {
    const left = canonical(Array.from({ length: 50 }, (_, i) => ({ code: String(i).padStart(2, '0'), n: i })));
    const right = canonical(Array.from({ length: 50 }, (_, i) => ({ code: String(i).padStart(2, '0'), n: i + 1 })));
    expect(diff(left, right, 5)).toHaveLength(5);
  });

  it('keeps the order of a path by making it one string', () => {
    const steps = [
      { label: 'Official', key: 'a', name: 'A', next: 'ACCOMPANIED' },
      { label: 'Official', key: 'b', name: 'B', next: null },
    ];
    expect(pathText(steps)).toBe('(Official:a "A")-[ACCOMPANIED]-(Official:b "B")');
    expect(canonical(pathText(steps))).not.toEqual(canonical(pathText([...steps].reverse())));
  });

  it('builds the cooperation network from agreements the way a client of the peer must', () => {
    const agreement = { title: 'MoU', date: '2017-03-22' };
    const serang = { code: '36.04', name: 'Serang' };
    const banyuwangi = { code: '35.10', name: 'Banyuwangi' };
    const lebak = { code: '36.02', name: 'Lebak' };
    const network = networkFromAgreements({
      agreements: [
        { id: 'mou-1', ...agreement, parties: [serang, banyuwangi], sectors: [{ id: 'health' }] },
        { id: 'mou-2', ...agreement, parties: [lebak, serang, banyuwangi], sectors: [] },
        { id: 'mou-alone', ...agreement, parties: [lebak], sectors: [] },
      ],
    });
    expect(network.edges.map((e) => `${e.agreement.id} ${e.source}-${e.target}`)).toEqual([
      'mou-1 35.10-36.04',
      'mou-2 35.10-36.02',
      'mou-2 35.10-36.04',
      'mou-2 36.02-36.04',
    ]);
    expect(network.edges[0].sectors).toEqual(['health']);
    expect(canonical(network.nodes)).toEqual(
      canonical([
        { code: '35.10', name: 'Banyuwangi', agreementCount: 2, partnerCount: 2 },
        { code: '36.02', name: 'Lebak', agreementCount: 1, partnerCount: 2 },
        { code: '36.04', name: 'Serang', agreementCount: 2, partnerCount: 2 },
      ]),
    );
  });
});
