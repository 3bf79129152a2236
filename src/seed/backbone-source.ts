/**
 * Where the backbone comes from: one Source node for the regulation idn-area-data follows
 * and the package version it was read from (docs/model.md, "The backbone's source").
 */
import fs from 'node:fs';
import path from 'node:path';

export const AREA_DATA_PACKAGE = 'idn-area-data';

/**
 * The package version this regulation belongs to. package.json pins the same version; the
 * seed refuses any other, because a new version may follow a new regulation, and the Source
 * below would then credit the wrong one.
 */
export const AREA_DATA_VERSION = '4.0.1';

/** The Source node's properties (cypher/seed/backbone/source.cypher). */
export interface BackboneSource {
  readonly id: string;
  readonly kind: 'REGULATION';
  readonly title: string;
  readonly publisher: string;
  readonly language: string;
  readonly url: string;
  readonly dataset: string;
  readonly datasetVersion: string;
  readonly licence: string;
  readonly note: string;
}

export const BACKBONE_SOURCE: BackboneSource = {
  id: 'kepmendagri-300.2.2-2138-2025',
  kind: 'REGULATION',
  title:
    'Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 tentang Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi Pemerintahan, dan Pulau',
  publisher: 'Kementerian Dalam Negeri',
  language: 'id',
  // As the package's docs/references.md (REF-2025-1) gives it.
  url: 'https://jdih.kemendagri.go.id/dokumen/view?id=1937',
  dataset: AREA_DATA_PACKAGE,
  datasetVersion: AREA_DATA_VERSION,
  licence: 'ODbL-1.0',
  note: `Provinces, regencies and cities, districts, villages and islands with their codes, read from the CSV files of the npm package ${AREA_DATA_PACKAGE} ${AREA_DATA_VERSION} by Fityan Nugroho, which follows this regulation. The data is under the Open Database License (ODbL 1.0).`,
};

/** The version npm installed, read from the package's own package.json. */
export function installedAreaDataVersion(): string {
  const file = require.resolve(`${AREA_DATA_PACKAGE}/package.json`);
  const { version } = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`${path.relative(process.cwd(), file)} names no version.`);
  return version;
}

/** Throws a sentence when the installed package is not the version BACKBONE_SOURCE credits. */
export function assertAreaDataVersion(installed: string = installedAreaDataVersion()): void {
  if (installed !== AREA_DATA_VERSION) {
    throw new Error(
      `${AREA_DATA_PACKAGE} ${installed} is installed, but the backbone's Source credits the regulation of ${AREA_DATA_VERSION}: check which regulation ${installed} follows and update src/seed/backbone-source.ts.`,
    );
  }
}
