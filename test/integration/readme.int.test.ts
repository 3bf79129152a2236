import { readmeExamples } from '../../scripts/readme-examples';
import { useTestApi } from '../helpers/api';

/** The README's GraphQL examples are run as written, so the docs cannot drift from the API. */
const examples = readmeExamples().map((example) => example.query);

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
