import path from 'node:path';
import { QueryFileNotFoundError, resolveQuery } from '../../src/cli/cypher-source';

describe('what the command runs', () => {
  const examplesDir = '/repo/cypher/examples';
  const files = new Set(['/home/me/q.cypher', '/repo/cypher/examples/mou-network.cypher', '/home/me/notes/query']);
  const options = { cwd: '/home/me', examplesDir, exists: (file: string) => files.has(path.normalize(file)) };

  it('is a file named relative to where the command was called', () => {
    expect(resolveQuery('q.cypher', options)).toEqual({ kind: 'file', path: '/home/me/q.cypher' });
    expect(resolveQuery('notes/query', options)).toEqual({ kind: 'file', path: '/home/me/notes/query' });
  });

  it('is an example by its file name, with or without .cypher', () => {
    expect(resolveQuery('mou-network.cypher', options)).toEqual({ kind: 'file', path: '/repo/cypher/examples/mou-network.cypher' });
    expect(resolveQuery('mou-network', options)).toEqual({ kind: 'file', path: '/repo/cypher/examples/mou-network.cypher' });
  });

  it('is Cypher text otherwise', () => {
    expect(resolveQuery('MATCH (n) RETURN count(n)', options)).toEqual({ kind: 'inline', text: 'MATCH (n) RETURN count(n)' });
  });

  it('is an error for a .cypher file that does not exist, not a query', () => {
    expect(() => resolveQuery('missing.cypher', options)).toThrow(QueryFileNotFoundError);
    expect(() => resolveQuery('missing.cypher', options)).toThrow(
      'No such file: /home/me/missing.cypher (nor /repo/cypher/examples/missing.cypher).',
    );
  });
});
