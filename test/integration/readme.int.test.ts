import fs from 'node:fs';
import path from 'node:path';
import { useTestApi } from '../helpers/api';

/** The README's GraphQL examples are run as written, so the docs cannot drift from the API. */
const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

const api = useTestApi();

describe('README GraphQL examples', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((example, i) => [i + 1, example.split('\n').find((l) => l.trim() && !l.trim().startsWith('#'))?.trim() ?? '', example]))(
    'example %i (%s) runs without errors and finds data',
    async (_i, _first, example) => {
      const response = await api.query(example as string);
      expect(response.errors).toBeUndefined();
      expect(JSON.stringify(response.data)).not.toMatch(/^\{("\w+":(null|\[\]),?)*\}$/);
    },
  );
});
