import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/validation/check-body.ts';
import { checkBodies, PARALLEL_FROM } from '../../src/lib/validation/check-bodies.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const context = {
  urls: new Set(['/', '/netwerken/delfshaven/']),
  projectRoot,
  fileExists: (p: string) => existsSync(path.resolve(projectRoot, p)),
  siteHost: 'zorgwelzijn-rotterdam.nl',
};

describe('checking many bodies', () => {
  it('gives the same problems in worker threads as in one thread, in order', async () => {
    const inputs = Array.from({ length: PARALLEL_FROM + 50 }, (_, i) => ({
      path: `content/news/b${i}.md`,
      bodyLine: 8,
      body: i % 97 === 0 ? `Tekst\n\n[kapot](/netwerken/nergens-${i}/)\n\n<iframe src="x"></iframe>` : `Tekst met [een link](/netwerken/delfshaven/) ${i}.`,
    }));
    const sequential = inputs.flatMap((input) => checkBody(input, context));
    const parallel = await checkBodies(inputs, context);
    expect(sequential.length).toBe(10);
    expect(parallel).toEqual(sequential);
  });
});
