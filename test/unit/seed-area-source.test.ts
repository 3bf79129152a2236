import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { areaDataDir } from '../../src/seed/area-csv';
import { AREA_DATA_VERSION, assertAreaDataVersion, BACKBONE_SOURCE, installedAreaDataVersion } from '../../src/seed/backbone-source';
import { backboneFingerprint } from '../../src/seed/fingerprint';

describe("the backbone's Source", () => {
  it('credits the installed idn-area-data, the version package.json pins', () => {
    const pinned = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { dependencies: Record<string, string> })
      .dependencies['idn-area-data'];
    expect(installedAreaDataVersion()).toBe(AREA_DATA_VERSION);
    expect(pinned).toBe(AREA_DATA_VERSION);
    expect(BACKBONE_SOURCE).toMatchObject({ dataset: 'idn-area-data', datasetVersion: AREA_DATA_VERSION, licence: 'ODbL-1.0', kind: 'REGULATION' });
    expect(() => assertAreaDataVersion()).not.toThrow();
  });

  it('refuses another version with a sentence saying what to check', () => {
    expect(() => assertAreaDataVersion('4.1.0')).toThrow(
      'idn-area-data 4.1.0 is installed, but the backbone\'s Source credits the regulation of 4.0.1: check which regulation 4.1.0 follows and update src/seed/backbone-source.ts.',
    );
  });
});

describe('backboneFingerprint', () => {
  let copy: string;
  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'area-data-'));
    for (const file of fs.readdirSync(areaDataDir())) fs.copyFileSync(path.join(areaDataDir(), file), path.join(copy, file));
  });
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('is the same for the same files, and changes when one row of one file does', () => {
    const before = backboneFingerprint(copy);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(backboneFingerprint(copy)).toBe(before);
    expect(backboneFingerprint(areaDataDir())).toBe(before);
    const villages = path.join(copy, 'villages.csv');
    fs.writeFileSync(villages, fs.readFileSync(villages, 'utf8').replace('Keude Bakongan', 'Keude Bakongan Baru'));
    expect(backboneFingerprint(copy)).not.toBe(before);
  });
});
