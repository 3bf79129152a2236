import { csvField, csvFileName, toCsv } from '../../explorer/src/csv';

describe('explorer CSV', () => {
  it('writes RFC 4180: a header row, CRLF line ends, quotes only where needed', () => {
    expect(toCsv(['name', 'hops'], [['Ratu Tatu Chasanah', 0], ['Kabupaten Serang', 1]])).toBe('name,hops\r\nRatu Tatu Chasanah,0\r\nKabupaten Serang,1\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('Serang, Banten')).toBe('"Serang, Banten"');
    expect(csvField('kata "studi tiru"')).toBe('"kata ""studi tiru"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('writes null and undefined as empty fields and keeps booleans and numbers', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, true, 2.5]])).toBe('a,b,c,d\r\n,,true,2.5\r\n');
  });

  it('names files after the table', () => {
    expect(csvFileName('Adoptions (timeline)')).toBe('adoptions-timeline.csv');
    expect(csvFileName('Nodes on the path')).toBe('nodes-on-the-path.csv');
    expect(csvFileName('—')).toBe('table.csv');
  });
});
