import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/paths';
import { areaDataDir } from './area-csv';
import { BACKBONE_SOURCE } from './backbone-source';
import type { CheckedSource } from './source-validate';

/** Every file of cypher/seed/, in name order: a change to how the seed writes counts as new data. */
function seedCypherText(dir: string): string {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  return files
    .sort()
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
}

function defaultSeedCypherDir(): string {
  return path.join(projectRoot(), 'cypher', 'seed');
}

/**
 * What a seeded Source node records of its file, so `isSeeded` notices an edited source
 * (a new property, a corrected quote) and not only a missing one: a hash of the file's
 * facts, its text and the seed's Cypher.
 */
export function seedFingerprint(source: CheckedSource, cypherSeedDir = defaultSeedCypherDir()): string {
  return createHash('sha256')
    .update(JSON.stringify(source.data))
    .update(source.text)
    .update(seedCypherText(cypherSeedDir))
    .digest('hex')
    .slice(0, 16);
}

/**
 * What the backbone's Source node records of the data it was written from: a hash of its
 * properties (the package version among them), every CSV file of the dataset, and the seed's
 * Cypher. So `isSeeded` notices a new package version or edited rows even when no count changes.
 */
export function backboneFingerprint(dataDir: string = areaDataDir(), cypherSeedDir = defaultSeedCypherDir()): string {
  const hash = createHash('sha256').update(JSON.stringify(BACKBONE_SOURCE));
  for (const file of fs.readdirSync(dataDir).filter((name) => name.endsWith('.csv')).sort()) {
    hash.update(file).update(fs.readFileSync(path.join(dataDir, file)));
  }
  return hash.update(seedCypherText(cypherSeedDir)).digest('hex').slice(0, 16);
}
