import fs from 'node:fs';
import path from 'node:path';
import { readRegencies } from '../../src/seed/area-csv';
import { declarationsOf, nodesOf, propertyStatementsOf } from '../../src/seed/property-statements';
import { factRows, loadSources, readSourceDir, relationshipQuery, sourcesDir, statementsOfSources } from '../../src/seed/sources';
import { factsOf } from '../../src/seed/statements';
import { findQuote, SourceValidationError, validateSources } from '../../src/seed/source-validate';
import type { CheckedSource, RawSource } from '../../src/seed/source-validate';
import type { SourceFile } from '../../src/seed/source-file';

const regencyCodes: ReadonlySet<string> = new Set(readRegencies().map((r) => r.code));
const ARTICLE_FILE = 'bantenheadline-2017-03-22-mou-serang-banyuwangi';

function article(): CheckedSource {
  const found = loadSources(sourcesDir(), regencyCodes).find((s) => s.file.endsWith(`${ARTICLE_FILE}.json`));
  if (!found) throw new Error(`seed/sources/${ARTICLE_FILE}.json is missing`);
  return found;
}

/** The raw article with one change applied to a deep copy of its JSON. */
function articleWith(change: (json: Record<string, unknown> & { relationships: Array<Record<string, unknown>> }) => void): RawSource[] {
  const raw = readSourceDir().find((s) => s.file.endsWith(`${ARTICLE_FILE}.json`));
  if (!raw) throw new Error('article missing');
  const json = JSON.parse(JSON.stringify(raw.json)) as Record<string, unknown> & { relationships: Array<Record<string, unknown>> };
  change(json);
  return [{ ...raw, json }];
}

function problemsOf(raw: RawSource[]): string[] {
  try {
    validateSources(raw, regencyCodes);
  } catch (error) {
    if (error instanceof SourceValidationError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('the seed article (seed/sources)', () => {
  let data: SourceFile;
  beforeAll(() => {
    data = article().data;
  });

  it('passes validation: every quote is in the text, every reference resolves', () => {
    expect(() => loadSources(sourcesDir(), regencyCodes)).not.toThrow();
  });

  it('keeps the document text beside the JSON, identical to the article', () => {
    const text = fs.readFileSync(path.join(sourcesDir(), `${ARTICLE_FILE}.txt`), 'utf8');
    expect(text.startsWith('SERANG, BantenHeadline.com – Untuk memperbanyak program pro masyarakat')).toBe(true);
    expect(text.endsWith('(Red – 05).')).toBe(true);
  });

  it('finds every quote of every node and relationship verbatim', () => {
    const { text } = article();
    const quotes = [
      ...data.officials.map((o) => o.sourcedFrom.quote),
      ...data.agencies.map((a) => a.sourcedFrom.quote),
      ...data.programs.map((p) => p.sourcedFrom.quote),
      ...data.agreements.map((a) => a.sourcedFrom.quote),
      ...data.sectors.map((s) => s.sourcedFrom.quote),
      ...data.claims.map((c) => c.sourcedFrom.quote),
      ...data.relationships.map((r) => r.quote),
      ...Object.values(data.source.evidence),
    ];
    expect(quotes.length).toBeGreaterThan(60);
    for (const quote of quotes) expect(findQuote(text, quote)).toBeNull();
  });

  it('describes the source', () => {
    expect(data.source).toMatchObject({
      id: 'bantenheadline-2017-03-mou-serang-banyuwangi',
      publisher: 'BantenHeadline.com',
      kind: 'NEWS_ARTICLE',
      dateline: 'SERANG',
      editorCode: 'Red – 05',
      origin: 'press release',
      language: 'id',
      publishedOn: null,
    });
  });

  it('keeps Abdullah (Kepala DPMD, Serang) and Abdullah Azwar Anas (Bupati Banyuwangi) apart', () => {
    const abdullahs = data.officials.filter((o) => o.name?.startsWith('Abdullah'));
    expect(abdullahs.map((o) => o.id).sort()).toEqual(['abdullah-azwar-anas', 'abdullah-dpmd-serang']);
    const positions = data.relationships.filter((r) => r.type === 'HOLDS_POSITION');
    expect(positions.find((r) => r.from === 'Official:abdullah-dpmd-serang')?.to).toBe('Agency:36.04-dpmd');
    expect(positions.find((r) => r.from === 'Official:abdullah-azwar-anas')?.to).toBe('Regency:35.10');
  });

  it('puts Serang\'s agencies and officials in Kabupaten Serang (36.04), never Kota Serang (36.73)', () => {
    expect(data.agencies).toHaveLength(6);
    for (const agency of data.agencies) expect(agency.governmentCode).toBe('36.04');
    expect(JSON.stringify(data)).not.toContain('36.73"');
    expect(data.relationships.some((r) => r.from.endsWith(':36.73') || r.to.endsWith(':36.73'))).toBe(false);
    const tatu = data.relationships.find((r) => r.type === 'HOLDS_POSITION' && r.from === 'Official:ratu-tatu-chasanah');
    expect(tatu).toMatchObject({ to: 'Regency:36.04', title: 'Regent', localTitle: 'Bupati' });
  });

  it('records the MoU with its inferred year, signers and priority sectors', () => {
    expect(data.agreements).toEqual([
      expect.objectContaining({
        id: 'mou-serang-banyuwangi-2017',
        kind: 'MOU',
        date: '2017-03-22',
        dateText: 'Rabu (22/3)',
        dateInferred: true,
        place: 'Pendopo Bupati Banyuwangi',
      }),
    ]);
    expect(data.agreements[0]?.dateInference).toMatch(/Wednesday.*2017.*2021/s);
    const signed = data.relationships.filter((r) => r.type === 'SIGNED_MOU');
    expect(signed.map((r) => (r.type === 'SIGNED_MOU' ? [r.from, r.onBehalfOf] : [])).sort()).toEqual([
      ['Official:abdullah-azwar-anas', '35.10'],
      ['Official:ratu-tatu-chasanah', '36.04'],
    ]);
    const covers = data.relationships.filter((r) => r.type === 'COVERS');
    expect(covers.map((r) => r.to).sort()).toEqual(['Sector:education', 'Sector:health', 'Sector:tourism']);
    expect(covers.every((r) => r.type === 'COVERS' && r.priority)).toBe(true);
    expect(data.sectors.map((s) => s.localName).sort()).toEqual(['Kesehatan', 'Pariwisata', 'Pendidikan']);
  });

  it('has six companions of Tatu on 21 March (five heads and the unnamed group)', () => {
    const accompanied = data.relationships.filter((r) => r.type === 'ACCOMPANIED');
    expect(accompanied).toHaveLength(6);
    for (const r of accompanied) {
      expect(r).toMatchObject({ to: 'Official:ratu-tatu-chasanah', date: '2017-03-21', dateText: 'Selasa (21/3)', dateInferred: true });
    }
    const group = data.officials.find((o) => o.isGroup);
    expect(group?.name).toBe('Kepala bagian Setda Kabupaten Serang (several, unnamed)');
    expect(accompanied.some((r) => r.from === `Official:${group?.id}`)).toBe(true);
  });

  it('has the planned adoption of Banyuwangi\'s tourism programs and the claims of the article', () => {
    const adopted = data.relationships.filter((r) => r.type === 'ADOPTED');
    expect(adopted).toEqual([
      expect.objectContaining({ from: 'Regency:36.04', to: 'Program:35.10-tourism-development-programs', status: 'PLANNED', fromCode: '35.10' }),
    ]);
    expect(data.claims.map((c) => [c.id, c.kind])).toEqual([
      ['banyuwangi-best-regency-government', 'ASSESSMENT'],
      ['anas-offers-help-to-serang', 'COMMITMENT'],
    ]);
    expect(data.programs.find((p) => p.kind === 'POLICY')).toMatchObject({ id: '36.04-comparative-study-ban', since: 2016 });
  });

  it('explains every inference', () => {
    const evidence = [
      ...data.relationships,
      ...[...data.officials, ...data.agencies, ...data.programs, ...data.agreements, ...data.sectors, ...data.claims].map((n) => n.sourcedFrom),
    ];
    for (const e of evidence) if (e.inferred) expect(e.note).toBeTruthy();
  });

  it('builds searchText for officials, agencies and programs', () => {
    const declarations = declarationsOf([article()]);
    const nodes = nodesOf(declarations, declarations.flatMap(propertyStatementsOf));
    const searchText = (label: string): Map<string, unknown> =>
      new Map(nodes.filter((n) => n.label === label).map((n) => [n.key, n.properties.searchText]));
    expect(searchText('Official').get('ratu-tatu-chasanah')).toBe('ratu tatu chasanah');
    expect(searchText('Agency').get('36.04-bappeda')).toContain('bappeda');
    expect([...searchText('Program').values()].every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
    expect(searchText('Sector').get('education')).toBeUndefined();
  });

  it('sends each relationship to a query file of cypher/seed/relationships', () => {
    const grouped = factRows(factsOf(statementsOfSources([article()])));
    for (const query of grouped.keys()) {
      expect(fs.existsSync(path.join(__dirname, '../../cypher', `${query}.cypher`))).toBe(true);
    }
    expect(relationshipQuery({ type: 'HOLDS_POSITION', to: 'Agency:36.04-bappeda' })).toBe('seed/relationships/holds-position-agency');
    expect(relationshipQuery({ type: 'HOLDS_POSITION', to: 'Regency:36.04' })).toBe('seed/relationships/holds-position-regency');
    expect(relationshipQuery({ type: 'SIGNED_MOU', to: 'Agreement:x' })).toBe('seed/relationships/signed-mou');
    const rows = grouped.get('seed/relationships/signed-mou') as Array<Record<string, unknown>>;
    expect(rows[0]).toMatchObject({
      from: 'ratu-tatu-chasanah',
      to: 'mou-serang-banyuwangi-2017',
      fact: 'SIGNED_MOU|Official:ratu-tatu-chasanah|Agreement:mou-serang-banyuwangi-2017',
      properties: { onBehalfOf: '36.04' },
    });
    // The relationship carries values only: the quote lives on the source's Statement.
    expect(rows[0]?.properties).not.toHaveProperty('quote');
  });
});

describe('validateSources: problems name the file and the field', () => {
  const file = `seed/sources/${ARTICLE_FILE}.json`;

  it('reports a quote that is not in the text', () => {
    const problems = problemsOf(
      articleWith((json) => {
        (json.relationships[0] as { quote: string }).quote = 'Bupati Serang Ratu Tatu Chasanah menandatangani';
      }),
    );
    expect(problems).toEqual([`${file}: relationships[0].quote: the passage "Bupati Serang Ratu Tatu Chasanah menandatangani" is not in the text verbatim.`]);
  });

  it('reports passages joined by … out of the text\'s order', () => {
    expect(findQuote('one two three', 'three … one')).toMatch(/comes before/);
    expect(findQuote('one two three', 'one … three')).toBeNull();
  });

  it('reports a reference to a missing regency code or a missing id', () => {
    const problems = problemsOf(
      articleWith((json) => {
        json.relationships[0] = { ...json.relationships[0], to: 'Regency:36.99' };
        json.relationships[1] = { ...json.relationships[1], from: 'Official:abdullah' };
      }),
    );
    expect(problems).toContain(`${file}: relationships[0].to: "Regency:36.99": no regency or city has the code 36.99 in idn-area-data.`);
    expect(problems).toContain(`${file}: relationships[1].from: "Official:abdullah": no Official with the id "abdullah" is declared in seed/sources.`);
  });

  it('reports a label the relationship type does not allow, and a malformed reference', () => {
    const problems = problemsOf(
      articleWith((json) => {
        json.relationships[0] = { ...json.relationships[0], to: 'Sector:education' };
        json.relationships[1] = { ...json.relationships[1], to: '35.10' };
      }),
    );
    expect(problems.some((p) => p.startsWith(`${file}: relationships[0].to: "Sector:education": this relationship cannot point at Sector`))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${file}: relationships[1].to: "35.10" is not a reference`))).toBe(true);
  });

  it('reports an agency of another government, a misspelt field and a wrong enum value', () => {
    const problems = problemsOf(
      articleWith((json) => {
        const agencies = json.agencies as Array<Record<string, unknown>>;
        agencies[0] = { ...agencies[0], governmentCode: '36.73', nickName: 'x' };
        const programs = json.programs as Array<Record<string, unknown>>;
        programs[0] = { ...programs[0], kind: 'PROJECT' };
      }),
    );
    expect(problems).toContain(`${file}: agencies[0].nickName: is not a known field (misspelt?).`);
    expect(problems).toContain(`${file}: programs[0].kind: must be one of PROGRAM, POLICY, PRACTICE, not "PROJECT".`);
    expect(problems.some((p) => p.includes('must be PART_OF Regency:36.73'))).toBe(true);
  });

  it('reports an inference without a note and a signer for a government that is not a party', () => {
    const problems = problemsOf(
      articleWith((json) => {
        const index = json.relationships.findIndex((r) => r.type === 'SIGNED_MOU');
        json.relationships[index] = { ...json.relationships[index], onBehalfOf: '36.73', inferred: true };
      }),
    );
    expect(problems.some((p) => p.includes('.onBehalfOf: no source file states Regency:36.73 PARTY_TO'))).toBe(true);
    expect(problems.some((p) => p.includes('.note: explain the inference'))).toBe(true);
  });

  it('reports the same id declared twice in a file', () => {
    const problems = problemsOf(
      articleWith((json) => {
        const officials = json.officials as Array<Record<string, unknown>>;
        officials.push({ ...officials[0] });
      }),
    );
    expect(problems.some((p) => p.includes('"ratu-tatu-chasanah" is declared twice in this file'))).toBe(true);
  });

  it('puts every problem in one error message', () => {
    const raw = articleWith((json) => {
      delete json.claims;
    });
    expect(() => validateSources(raw, regencyCodes)).toThrow(
      /problems? in seed\/sources: .*claims: is missing \(use \[\] for none\)\./,
    );
  });
});
