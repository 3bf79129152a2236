import fs from 'node:fs';
import path from 'node:path';
import { MissingCypherError } from '../errors';

/**
 * The Cypher the API runs, read once from `cypher/` (`cypher/<entity>/<name>.cypher`,
 * keyed as `<entity>/<name>`). Researchers read and reuse the same files, so queries
 * never live as strings inside TypeScript.
 */
export class CypherCatalog {
  private constructor(
    private readonly dir: string,
    private readonly queries: ReadonlyMap<string, string>,
  ) {}

  /** Reads every `.cypher` file under `dir`, except the researchers' `examples/`. */
  static load(dir: string): CypherCatalog {
    const queries = new Map<string, string>();
    const walk = (folder: string): void => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'examples') walk(full);
        } else if (entry.name.endsWith('.cypher')) {
          const key = path.relative(dir, full).replace(/\\/g, '/').replace(/\.cypher$/, '');
          queries.set(key, fs.readFileSync(full, 'utf8'));
        }
      }
    };
    walk(dir);
    return new CypherCatalog(dir, queries);
  }

  /** Throws at start-up if any query the code declares has no file. */
  verify(names: Iterable<string>): void {
    for (const name of names) this.get(name);
  }

  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new MissingCypherError(name, this.dir);
    return text;
  }

  /** The names of a query's `{{name}}` slots (none for a query run as written). */
  slotsOf(name: string): string[] {
    return [...this.get(name).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
  }

  /**
   * A query whose `{{name}}` slots are filled with compiled fragments (the WHERE and ORDER BY
   * of list queries, built by src/filter from whitelisted fields; values stay parameters).
   */
  render(name: string, fragments: Readonly<Record<string, string>>): string {
    const text = this.get(name).replace(/\{\{(\w+)\}\}/g, (_slot, key: string) => {
      const fragment = fragments[key];
      if (fragment === undefined) throw new Error(`The query ${name} has a slot {{${key}}} that nothing fills.`);
      return fragment;
    });
    return text;
  }

  /**
   * `render` with fragments fixed for the life of the process (derived from the model, or one of
   * a few bounded choices such as a path's length): each text is rendered once, on first use,
   * and kept, keyed by the fragments object itself, so a request only looks it up.
   */
  renderFixed(name: string, fragments: Readonly<Record<string, string>>): string {
    let texts = this.fixed.get(fragments);
    if (!texts) {
      texts = new Map();
      this.fixed.set(fragments, texts);
    }
    let text = texts.get(name);
    if (text === undefined) {
      text = this.render(name, fragments);
      texts.set(name, text);
    }
    return text;
  }

  private readonly fixed = new WeakMap<object, Map<string, string>>();

  /** Files of a folder in name order (e.g. `schema/` statements, applied one by one). */
  folder(prefix: string): Array<{ name: string; text: string }> {
    return [...this.queries.entries()]
      .filter(([name]) => name.startsWith(`${prefix}/`))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, text]) => ({ name, text }));
  }
}
