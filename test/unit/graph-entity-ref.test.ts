import fs from 'node:fs';
import path from 'node:path';
import { EntityLabel, formatEntityRef, parseEntityRef } from '../../src/graph/entity-ref';
import { MODEL } from '../../src/model';
import { countsCypher } from '../../src/model/cypher';
import { DEFAULT_NEIGHBOURHOOD_TYPES, DEFAULT_PATH_TYPES, RelationshipType, relationshipTypes } from '../../src/graph/relationship-type';

const root = path.resolve(__dirname, '..', '..');

/** The labels and types the seed counts (countsCypher): every one of the model. */
function countedNames(): { labels: string[]; types: string[] } {
  const text = countsCypher(MODEL);
  return {
    labels: [...text.matchAll(/(\w+): COUNT \{ \(:(\w+)\) \}/g)].map((m) => m[2] ?? ''),
    types: [...text.matchAll(/(\w+): COUNT \{ \(\)-\[:(\w+)\]->\(\) \}/g)].map((m) => m[2] ?? ''),
  };
}

describe('entity references', () => {
  it('cover every label of the model', () => {
    expect(Object.values(EntityLabel).sort()).toEqual(countedNames().labels.sort());
    expect(countedNames().labels).toContain('Island');
  });

  it('read a code for areas and an id for curated entities', () => {
    expect(parseEntityRef('Regency:36.04', 'from')).toEqual({ label: 'Regency', key: '36.04' });
    expect(parseEntityRef('Province:36', 'from')).toEqual({ label: 'Province', key: '36' });
    expect(parseEntityRef('District:36.04.33', 'from')).toEqual({ label: 'District', key: '36.04.33' });
    expect(parseEntityRef('Village:36.04.33.2002', 'from')).toEqual({ label: 'Village', key: '36.04.33.2002' });
    expect(parseEntityRef('Official:ratu-tatu-chasanah', 'of')).toEqual({ label: 'Official', key: 'ratu-tatu-chasanah' });
    expect(parseEntityRef('Program:35.10-tourism-development-programs', 'of')).toEqual({
      label: 'Program',
      key: '35.10-tourism-development-programs',
    });
    expect(parseEntityRef('Source:bantenheadline-2017-03-mou-serang-banyuwangi', 'of').label).toBe('Source');
    expect(formatEntityRef('Regency', '36.04')).toBe('Regency:36.04');
  });

  it('refuse an unknown label, a missing colon and a key in the wrong format, naming the argument', () => {
    const problem = (ref: string): { message: string; extensions: Record<string, unknown> } => {
      try {
        parseEntityRef(ref, 'from');
      } catch (error) {
        return error as { message: string; extensions: Record<string, unknown> };
      }
      throw new Error(`${ref} was accepted`);
    };
    expect(problem('regency:36.04').message).toMatch(/"regency" is not a label of the graph \(Province, Regency, District/);
    expect(problem('36.04').message).toMatch(/not an entity reference: write Label:key, e.g. "Regency:36.04"/);
    expect(problem('Regency:36.04.01').message).toMatch(/not a regency code: expected the form "36.04"/);
    expect(problem('Province:Banten').message).toMatch(/not a province code/);
    expect(problem('Official:Ratu_Tatu').message).toMatch(/lower-case slugs/);
    expect(problem('Official:').message).toMatch(/lower-case slugs/);
    expect(problem('Kabupaten:36.04').extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
  });
});

describe('relationship types', () => {
  it('are the types of the model', () => {
    expect(Object.values(RelationshipType).sort()).toEqual(countedNames().types.sort());
    const model = fs.readFileSync(path.join(root, 'docs', 'model.md'), 'utf8');
    for (const type of Object.values(RelationshipType)) expect(model).toContain(type);
  });

  it('default to facts for paths and to all but SOURCED_FROM for neighbourhoods', () => {
    expect(DEFAULT_PATH_TYPES).not.toContain('SOURCED_FROM');
    expect(DEFAULT_PATH_TYPES).not.toContain('ABOUT');
    expect(DEFAULT_PATH_TYPES).not.toContain('STATED_BY');
    expect(DEFAULT_PATH_TYPES).toContain('ACCOMPANIED');
    expect(DEFAULT_NEIGHBOURHOOD_TYPES).toHaveLength(Object.values(RelationshipType).length - 1);
    expect(DEFAULT_NEIGHBOURHOOD_TYPES).not.toContain('SOURCED_FROM');
  });

  it('take the given ones without repeats, refuse an empty list and a forbidden type', () => {
    const { ACCOMPANIED, SOURCED_FROM } = RelationshipType;
    expect(relationshipTypes(null, DEFAULT_PATH_TYPES)).toEqual(DEFAULT_PATH_TYPES);
    expect(relationshipTypes([ACCOMPANIED, ACCOMPANIED], DEFAULT_PATH_TYPES)).toEqual([ACCOMPANIED]);
    expect(() => relationshipTypes([], DEFAULT_PATH_TYPES)).toThrow(/is empty/);
    expect(() => relationshipTypes([ACCOMPANIED, SOURCED_FROM], DEFAULT_PATH_TYPES, [SOURCED_FROM], 'no.')).toThrow(
      /may not contain SOURCED_FROM: no\./,
    );
  });
});
