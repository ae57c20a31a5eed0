import { describe, expect, it } from 'vitest';
import { repositoryFromUrl } from '../../../src/flows/verify-facts.js';

describe('repositoryFromUrl', () => {
  it.each([
    ['https://github.com/acme/tool', 'acme/tool'],
    ['https://ghe.example.com/acme/tool.git', 'acme/tool'],
    ['file://localhost/local/checkout', 'local/checkout'],
  ])('%s -> %s', (url, repo) => {
    expect(repositoryFromUrl(url)).toBe(repo);
  });

  it.each(['https://github.com/acme', 'https://github.com/a/b/c', 'ftp://x/a/b', 'file:///a/b'])(
    'rejects %s',
    (url) => {
      expect(repositoryFromUrl(url)).toBeUndefined();
    },
  );
});
