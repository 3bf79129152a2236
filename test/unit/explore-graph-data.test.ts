import {
  LABEL_COLOURS,
  colourOf,
  cooperationElements,
  diffusionRows,
  graphElements,
  isMissingFromSchema,
  islandOf,
  legendOf,
  pathPositions,
} from '../../explorer/src/graph-data';
import type { DiffusionTreeData, GraphEdgeData, GraphNodeData } from '../../explorer/src/graph-data';

const node = (id: string, label: string, hops: number): GraphNodeData => ({ ref: id, label, kind: null, displayName: id.split(':')[1]!, hops });
const edge = (source: string, type: string, target: string, quoted = false): GraphEdgeData => ({
  id: `${source}|${type}|${target}`,
  type,
  source,
  target,
  provenance: quoted ? [{ quote: 'q', inferred: false, note: null, source: { key: 's', title: 'S' } }] : [],
});

describe('explorer graph data', () => {
  const tatu = 'Official:ratu-tatu-chasanah';
  const serang = 'Regency:36.04';
  const anang = 'Official:anang-mulyana';

  it('makes one cytoscape node per graph node and one edge per relationship, coloured by label', () => {
    const elements = graphElements(
      [node(tatu, 'Official', 0), node(serang, 'REGENCY', 1), node(anang, 'Official', 1)],
      [edge(tatu, 'HOLDS_POSITION', serang, true), edge(anang, 'ACCOMPANIED', tatu, true)],
      tatu,
    );
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(3);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(2);
    const regency = elements.find((e) => e.data.id === serang)!;
    expect(regency.data).toMatchObject({ label: 'Regency', colour: LABEL_COLOURS.Regency, hops: 1 });
    expect(elements.find((e) => e.data.id === tatu)!.classes).toBe('centre');
    expect(elements.find((e) => e.data.id === `${anang}|ACCOMPANIED|${tatu}`)!.data).toMatchObject({ source: anang, target: tatu, curated: true });
  });

  it('drops an edge whose end is not among the nodes, which cytoscape would refuse', () => {
    const elements = graphElements([node(tatu, 'Official', 0)], [edge(tatu, 'HOLDS_POSITION', serang)]);
    expect(elements).toHaveLength(1);
  });

  it('marks backbone edges (no provenance) apart from curated ones', () => {
    const [, , backbone] = graphElements([node(serang, 'Regency', 0), node('Province:36', 'Province', 1)], [edge(serang, 'IN_PROVINCE', 'Province:36')]);
    expect(backbone!.data.curated).toBe(false);
  });

  it('gives every label a colour of its own and unknown labels a neutral one', () => {
    expect(new Set(Object.values(LABEL_COLOURS)).size).toBe(Object.keys(LABEL_COLOURS).length);
    expect(colourOf('Planet')).toBe('#444444');
    expect(legendOf(['Official', 'OFFICIAL', 'Regency'])).toEqual([
      { label: 'Official', colour: LABEL_COLOURS.Official },
      { label: 'Regency', colour: LABEL_COLOURS.Regency },
    ]);
  });

  it('maps the cooperation network to governments and agreement edges labelled by sector', () => {
    const elements = cooperationElements(
      [
        { ref: 'Regency:35.10', agreementCount: 1, partnerCount: 1, regency: { code: '35.10', name: 'Kabupaten Banyuwangi' } },
        { ref: serang, agreementCount: 1, partnerCount: 1, regency: { code: '36.04', name: 'Kabupaten Serang' } },
      ],
      [{ id: 'mou|Regency:35.10|Regency:36.04', source: 'Regency:35.10', target: serang, agreement: { key: 'mou', title: 'MoU', date: '2017-03-22', dateInferred: true }, sectors: [{ key: 'tourism', name: 'Tourism' }, { key: 'health', name: 'Health' }] }],
    );
    expect(elements.map((e) => e.data.name ?? e.data.type)).toEqual(['Kabupaten Banyuwangi', 'Kabupaten Serang', 'Tourism, Health']);
  });

  it('lays a path out in rows that snake, so consecutive nodes stay side by side', () => {
    expect(pathPositions(5, 3, 100, 50)).toEqual([
      { x: 0, y: 0 }, { x: 100, y: 0 }, { x: 200, y: 0 },
      { x: 200, y: 50 }, { x: 100, y: 50 },
    ]);
  });

  describe('diffusion tree', () => {
    const gov = (code: string, name: string): DiffusionTreeData['government'] => ({ code, name });
    const tree: DiffusionTreeData[] = [
      { ref: 'Regency:35.10', parentRef: null, generation: 0, isOrigin: true, runs: true, adoptionStatus: null, government: gov('35.10', 'Banyuwangi') },
      { ref: 'Regency:36.04', parentRef: 'Regency:35.10', generation: 1, isOrigin: false, runs: false, adoptionStatus: 'PLANNED', government: gov('36.04', 'Serang') },
      { ref: 'Regency:11.01', parentRef: null, generation: null, isOrigin: false, runs: true, adoptionStatus: null, government: gov('11.01', 'Unlinked') },
      { ref: 'Regency:12.01', parentRef: 'Regency:99.99', generation: null, isOrigin: false, runs: false, adoptionStatus: 'DONE', government: gov('12.01', 'Parent unknown') },
    ];

    // What d3.stratify asks (d3-hierarchy is an ES module jest cannot load; the browser
    // test draws the tree with it): one root, every parent among the rows.
    it('roots the forest at the program, so it is one tree, keeping every government', () => {
      const rows = diffusionRows('p', 'Tourism programs', tree);
      const ids = new Set(rows.map((r) => r.id));
      expect(rows.filter((r) => r.parentId === null).map((r) => r.id)).toEqual(['Program:p']);
      expect(rows.every((r) => r.parentId === null || ids.has(r.parentId))).toBe(true);
      expect(rows).toHaveLength(5);
      const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
      expect(parentOf.get('Regency:36.04')).toBe('Regency:35.10');
      expect(parentOf.get('Regency:35.10')).toBe('Program:p');
      expect(parentOf.get('Regency:11.01')).toBe('Program:p');
      expect(parentOf.get('Regency:12.01')).toBe('Program:p');
    });
  });

  describe('islands', () => {
    it('reads a position as latitude and longitude fields, a coordinate object or a [lon, lat] pair', () => {
      const expected = { code: 'I1', name: 'Pulau Tunda', longitude: 106.28, latitude: -5.81, populated: true, outermostSmall: false };
      expect(islandOf({ code: 'I1', name: 'Pulau Tunda', latitude: -5.81, longitude: 106.28, populated: true, outermostSmall: false })).toEqual(expected);
      expect(islandOf({ code: 'I1', name: 'Pulau Tunda', coordinate: { latitude: -5.81, longitude: 106.28 }, populated: true, outermostSmall: false })).toEqual(expected);
      expect(islandOf({ code: 'I1', name: 'Pulau Tunda', coordinate: [106.28, -5.81], populated: true, outermostSmall: false })).toEqual(expected);
    });

    it('leaves out an island without a position and keeps unknown flags unknown', () => {
      expect(islandOf({ code: 'I2', name: 'Nowhere', latitude: null, longitude: 106 })).toBeUndefined();
      expect(islandOf({ code: 'I3', name: 'P', latitude: 1, longitude: 2 })).toMatchObject({ populated: null, outermostSmall: null });
    });

    it('tells a field or type the API lacks from other errors', () => {
      expect(isMissingFromSchema('Cannot query field "islands" on type "Regency".', 'islands')).toBe(true);
      expect(isMissingFromSchema('Unknown type "Island".', 'Island')).toBe(true);
      expect(isMissingFromSchema('Cannot query field "latitude" on type "Island".', 'islands')).toBe(false);
    });
  });
});
