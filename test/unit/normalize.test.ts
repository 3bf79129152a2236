import { buildSearchText, foldText, nameFilter, searchTokens, toLuceneQuery } from '../../src/common/normalize';

describe('search normalisation', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldText('  KABUPATEN  Sérang. ')).toBe('kabupaten serang');
  });

  it('expands the usual abbreviations the same way for names and queries', () => {
    expect(searchTokens('Kab. Serang')).toEqual(['kabupaten', 'serang']);
    expect(searchTokens('Pemkab Serang')).toEqual(['kabupaten', 'serang']);
    expect(searchTokens('Pemkot Serang')).toEqual(['kota', 'serang']);
    expect(searchTokens('Kota Serang')).toEqual(['kota', 'serang']);
  });

  it('builds searchText from several names without repeats', () => {
    expect(buildSearchText('Dinas Kesehatan Kabupaten Serang', 'Dinkes')).toBe('dinas kesehatan kabupaten serang dinkes');
  });

  it('makes Lucene queries that require every word and let the last be a prefix', () => {
    expect(toLuceneQuery('Kab. Serang')).toBe('+kabupaten +(serang OR serang*)');
    expect(toLuceneQuery('Banyu')).toBe('+(banyu OR banyu*)');
  });

  it('lets no Lucene syntax through', () => {
    expect(toLuceneQuery('serang AND (x:y)~2 "quoted" *')).toBe('+serang +and +x +y +2 +(quoted OR quoted*)');
    expect(toLuceneQuery('*** ')).toBeNull();
  });

  it('treats an empty name filter as no filter', () => {
    expect(nameFilter('  ')).toBeNull();
    expect(nameFilter(undefined)).toBeNull();
    expect(nameFilter('Kab. Serang')).toBe('kabupaten serang');
  });
});
