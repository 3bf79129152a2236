import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { createSchema } from '../../src/schema';

/** The bench's questions to our API must stay valid as the schema changes (bench/questions/*.ours.graphql). */
describe('bench questions', () => {
  const dir = path.join(__dirname, '..', '..', 'bench', 'questions');
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.ours.graphql'));

  it('has questions to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s validates against the schema', async (file) => {
    const errors = validate(await createSchema(), parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
