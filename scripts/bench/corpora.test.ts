import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, sourceClosure } from './corpora';

describe('sourceClosure', () => {
  it('follows the data build into the parser, and no further than it imports', () => {
    const files = sourceClosure(join(PROJECT_ROOT, 'scripts/build-data.ts')).map((file) => file.slice(PROJECT_ROOT.length + 1));
    expect(files).toContain('scripts/build-data.ts');
    expect(files).toContain('src/parse/parseCorpus.ts');
    expect(files).toContain('src/data/collectionFormat.ts');
    expect(files.some((file) => file.startsWith('src/components/'))).toBe(false);
    expect(files.some((file) => file.endsWith('.test.ts'))).toBe(false);
  });
});
