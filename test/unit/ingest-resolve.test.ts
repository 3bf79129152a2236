import { nameWords } from '../../src/common/normalize';
import { describeResolution, resolveMention } from '../../src/ingest/resolve';
import type { Candidate, Mention } from '../../src/ingest/resolve';

/** Candidates as the graph holds them after the seed article (src/ingest/resolve.ts). */
const OFFICIALS: Candidate[] = [
  { ref: 'Official:ratu-tatu-chasanah', name: 'Ratu Tatu Chasanah', aliases: ['Tatu'], governments: ['36.04'], titles: ['Regent', 'Bupati'], places: ['Regency:36.04'], description: 'Bupati at Kabupaten Serang (36.04)' },
  { ref: 'Official:abdullah-azwar-anas', name: 'Abdullah Azwar Anas', aliases: ['Anas'], governments: ['35.10'], titles: ['Regent', 'Bupati'], places: ['Regency:35.10'], description: 'Bupati at Kabupaten Banyuwangi (35.10)' },
  { ref: 'Official:abdullah-dpmd-serang', name: 'Abdullah', aliases: [], governments: ['36.04'], titles: ['Head', 'Kepala DPMD'], places: ['Agency:36.04-dpmd'], description: 'Kepala DPMD at Kabupaten Serang (36.04)' },
];
const REGENCIES: Candidate[] = [
  { ref: 'Regency:36.04', name: 'Kabupaten Serang', aliases: [], governments: [], titles: [], places: [], description: 'Kabupaten Serang, Banten' },
  { ref: 'Regency:36.73', name: 'Kota Serang', aliases: [], governments: [], titles: [], places: [], description: 'Kota Serang, Banten' },
  { ref: 'Regency:35.10', name: 'Kabupaten Banyuwangi', aliases: [], governments: [], titles: [], places: [], description: 'Kabupaten Banyuwangi, Jawa Timur' },
];

const official = (text: string, context: Partial<Mention> = {}) => resolveMention({ label: 'Official', text, ...context }, OFFICIALS);
const regency = (text: string) => resolveMention({ label: 'Regency', text }, REGENCIES);

describe('entity resolution (src/ingest/resolve.ts)', () => {
  it('links by explicit key, and says when the key names nothing', () => {
    expect(regency('Regency:36.04')).toEqual({ kind: 'linked', ref: 'Regency:36.04', by: 'key' });
    expect(official('Official:ratu-tatu-chasanah')).toEqual({ kind: 'linked', ref: 'Official:ratu-tatu-chasanah', by: 'key' });
    expect(official('Official:nobody')).toEqual({ kind: 'missing', ref: 'Official:nobody' });
  });

  it('links a name, an alias or nickname, and the words of a name, case- and accent-insensitive, honorifics aside', () => {
    expect(official('RATU TATU CHASANAH')).toEqual({ kind: 'linked', ref: 'Official:ratu-tatu-chasanah', by: 'name' });
    expect(official('Ratú Tatu Chasanah')).toMatchObject({ kind: 'linked', ref: 'Official:ratu-tatu-chasanah' });
    expect(official('Tatu')).toEqual({ kind: 'linked', ref: 'Official:ratu-tatu-chasanah', by: 'alias' });
    expect(official('Anas')).toEqual({ kind: 'linked', ref: 'Official:abdullah-azwar-anas', by: 'alias' });
    expect(official('Bu Ratu Tatu')).toEqual({ kind: 'linked', ref: 'Official:ratu-tatu-chasanah', by: 'words of the name' });
    expect(nameWords('H. Abdullah Azwar Anas')).toEqual(['abdullah', 'azwar', 'anas']);
  });

  it('reads the Indonesian forms of a government and never confuses Kabupaten Serang with Kota Serang', () => {
    expect(regency('Pemkab Serang')).toMatchObject({ kind: 'linked', ref: 'Regency:36.04' });
    expect(regency('Kab. Serang')).toMatchObject({ kind: 'linked', ref: 'Regency:36.04' });
    expect(regency('KABUPATEN SERANG')).toMatchObject({ kind: 'linked', ref: 'Regency:36.04' });
    expect(regency('Pemkot Serang')).toMatchObject({ kind: 'linked', ref: 'Regency:36.73' });
    expect(regency('Kota Serang')).toMatchObject({ kind: 'linked', ref: 'Regency:36.73' });
    const serang = regency('Serang');
    expect(serang).toEqual({
      kind: 'ambiguous',
      candidates: [
        { ref: 'Regency:36.04', description: 'Kabupaten Serang, Banten' },
        { ref: 'Regency:36.73', description: 'Kota Serang, Banten' },
      ],
    });
    expect(describeResolution({ label: 'Regency', text: 'Serang' }, serang)).toBe(
      '"Serang" could be 2 Regency nodes; write the key of the one meant: Regency:36.04 (Kabupaten Serang, Banten); Regency:36.73 (Kota Serang, Banten)',
    );
  });

  it('never merges the Kepala DPMD Abdullah and Bupati Abdullah Azwar Anas: the context decides, and a context neither fits is a new person', () => {
    expect(official('Abdullah', { government: '36.04', title: 'Kepala DPMD' })).toEqual({ kind: 'linked', ref: 'Official:abdullah-dpmd-serang', by: 'name' });
    expect(official('Abdullah', { government: '35.10', title: 'Bupati' })).toEqual({ kind: 'linked', ref: 'Official:abdullah-azwar-anas', by: 'words of the name' });
    expect(official('Abdullah', { government: '33.01', title: 'Kepala Dinas Kesehatan' })).toEqual({ kind: 'new' });
    expect(official('Abdullah Azwar Anas')).toEqual({ kind: 'linked', ref: 'Official:abdullah-azwar-anas', by: 'name' });
    // Both hold posts at governments a source may name: at 36.04, only the Kepala DPMD.
    expect(official('Abdullah', { government: '36.04' })).toMatchObject({ ref: 'Official:abdullah-dpmd-serang' });
  });

  it('is ambiguous rather than guessing between two people a mention fits equally', () => {
    const twins: Candidate[] = [
      { ref: 'Official:budi-santoso-a', name: 'Budi Santoso', aliases: [], governments: ['33.01'], titles: ['Kepala Dinkes'], places: ['Agency:33.01-dinkes'], description: 'Kepala Dinkes at 33.01' },
      { ref: 'Official:budi-santoso-b', name: 'Budi Santoso', aliases: [], governments: ['33.02'], titles: ['Kepala Bappeda'], places: ['Agency:33.02-bappeda'], description: 'Kepala Bappeda at 33.02' },
    ];
    expect(resolveMention({ label: 'Official', text: 'Budi Santoso' }, twins)).toMatchObject({ kind: 'ambiguous' });
    expect(resolveMention({ label: 'Official', text: 'Budi Santoso', government: '33.02' }, twins)).toMatchObject({ kind: 'linked', ref: 'Official:budi-santoso-b' });
    expect(resolveMention({ label: 'Official', text: 'Budi Santoso', agency: 'Agency:33.01-dinkes' }, twins)).toMatchObject({ kind: 'linked', ref: 'Official:budi-santoso-a' });
    expect(resolveMention({ label: 'Official', text: 'Budi Santoso', agency: 'Agency:33.03-bappeda' }, twins)).toEqual({ kind: 'new' });
    expect(resolveMention({ label: 'Official', text: 'Siti Aminah' }, twins)).toEqual({ kind: 'new' });
  });
});
