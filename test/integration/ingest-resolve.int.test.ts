import { resolveInGraph } from '../../src/ingest/candidates';
import { useTestApi } from '../helpers/api';

/**
 * Entity resolution against the seeded graph (the article's officials and the backbone's
 * regencies): the names a curator's second source about the MoU would use.
 */
const api = useTestApi();
const resolve = (label: string, text: string, context: { government?: string; title?: string; agency?: string } = {}) =>
  resolveInGraph(api.database.executor, { label, text, ...context });

describe('entity resolution in the graph (src/ingest/candidates.ts)', () => {
  it('links Ratu Tatu Chasanah by name, nickname and address, and Kabupaten Serang by its Indonesian forms', async () => {
    for (const text of ['Ratu Tatu Chasanah', 'Tatu', 'Bu Ratu Tatu']) {
      expect(await resolve('Official', text)).toMatchObject({ kind: 'linked', ref: 'Official:ratu-tatu-chasanah' });
    }
    for (const text of ['Pemkab Serang', 'Kab. Serang', 'Kabupaten Serang', 'Regency:36.04']) {
      expect(await resolve('Regency', text)).toMatchObject({ kind: 'linked', ref: 'Regency:36.04' });
    }
    expect(await resolve('Regency', 'Pemkot Serang')).toMatchObject({ kind: 'linked', ref: 'Regency:36.73' });
  });

  it('refuses "Serang" alone, listing both governments with what tells them apart', async () => {
    const serang = await resolve('Regency', 'Serang');
    expect(serang.kind).toBe('ambiguous');
    const refs = serang.kind === 'ambiguous' ? serang.candidates.map((c) => c.ref) : [];
    expect(refs).toEqual(expect.arrayContaining(['Regency:36.04', 'Regency:36.73']));
  });

  it('keeps the Kepala DPMD Abdullah and Bupati Abdullah Azwar Anas apart by the context a source gives', async () => {
    expect(await resolve('Official', 'Abdullah', { government: '36.04', title: 'Kepala DPMD' })).toMatchObject({ ref: 'Official:abdullah-dpmd-serang' });
    expect(await resolve('Official', 'Abdullah', { government: '35.10', title: 'Bupati' })).toMatchObject({ ref: 'Official:abdullah-azwar-anas' });
    expect(await resolve('Official', 'Abdullah', { government: '33.01' })).toEqual({ kind: 'new' });
    expect(await resolve('Official', 'Abdullah', { agency: 'Agency:36.04-dpmd' })).toMatchObject({ kind: 'linked', ref: 'Official:abdullah-dpmd-serang' });
    expect(await resolve('Official', 'Abdullah', { agency: 'Agency:36.04-dinkes' })).toEqual({ kind: 'new' });
    const byTitle = await resolve('Official', 'Abdullah', { title: 'Kepala DPMD' });
    expect(byTitle).toMatchObject({ kind: 'linked', ref: 'Official:abdullah-dpmd-serang' });
  });

  it('says "new" for a name the graph does not hold, and "missing" for a key it does not', async () => {
    expect(await resolve('Official', 'Siti Aminah')).toEqual({ kind: 'new' });
    expect(await resolve('Official', 'Official:nobody-here')).toEqual({ kind: 'missing', ref: 'Official:nobody-here' });
  });
});
