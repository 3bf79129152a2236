import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository's root folder: the nearest folder above this file holding package.json.
 * Found by walking up because the code runs both from `src/` (ts-jest) and `dist/src/`.
 */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json found above ${from}.`);
    dir = parent;
  }
  return dir;
}
