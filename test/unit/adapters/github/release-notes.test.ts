import { describe, expect, it } from 'vitest';
import {
  extractMarkedSection,
  PROVENANCE_END,
  PROVENANCE_START,
  replaceMarkedSection,
} from '../../../../src/adapters/github/release-notes.js';

describe('replaceMarkedSection', () => {
  it('appends once, then replaces in place (idempotent)', () => {
    const first = replaceMarkedSection('Release notes\r\n\r\n', '### Provenance\n| a | b |');
    expect(first).toBe(`Release notes\n\n${PROVENANCE_START}\n### Provenance\n| a | b |\n${PROVENANCE_END}\n`);
    expect(replaceMarkedSection(first, '### Provenance\n| a | b |')).toBe(first);
    const second = replaceMarkedSection(`${first}\nFooter`, '### Provenance\n| c |');
    expect(second.split(PROVENANCE_START)).toHaveLength(2);
    expect(extractMarkedSection(second)).toBe('### Provenance\n| c |');
    expect(second.endsWith('\nFooter')).toBe(true);
    expect(second.startsWith('Release notes\n\n')).toBe(true);
  });

  it('works on an empty body', () => {
    expect(replaceMarkedSection('', 'x')).toBe(`${PROVENANCE_START}\nx\n${PROVENANCE_END}\n`);
    expect(extractMarkedSection('no markers')).toBeUndefined();
  });
});
