import { describe, expect, it } from 'vitest';
import { mdCode, mdText, mdUrl, showControls } from '../../../../src/adapters/github/markdown.js';
import { codeSpanText, gfmCells, plainText } from '../../../helpers/gfm.js';
import { HOSTILE } from '../../../helpers/hostile-names.js';

describe('markdown for untrusted text', () => {
  it.each(HOSTILE)('a code cell shows %j verbatim in its own cell', (name) => {
    const row = `| ${mdCode(name, { table: true })} | after |`;
    const cells = gfmCells(row);
    expect(cells).toHaveLength(2);
    expect(codeSpanText(cells[0] ?? '')).toBe(showControls(name));
    expect(cells[1]).toBe('after');
  });

  it.each(HOSTILE)('a text cell shows %j verbatim in its own cell', (name) => {
    const cells = gfmCells(`| ${mdText(name)} | after |`);
    expect(cells).toHaveLength(2);
    expect(plainText(cells[0] ?? '')).toBe(showControls(name).trim());
  });

  it('keeps a code span outside tables verbatim, pipes included', () => {
    expect(mdCode('x|y`z')).toBe('``x|y`z``');
    expect(mdCode('`a`')).toBe('`` `a` ``');
    expect(codeSpanText(mdCode(' spaced '))).toBe(' spaced ');
    expect(mdCode('dist/app.tar.gz')).toBe('`dist/app.tar.gz`');
  });

  it('shows line breaks, controls and bidi overrides instead of obeying them', () => {
    expect(showControls('a\n::add-mask::x\r\u0000\u007f')).toBe('a\u240a::add-mask::x\u240d\u2400\u2421');
    expect(showControls('rlo\u202eexe nel\u0085')).toBe('rlo<U+202E>exe nel<U+0085>');
    expect(showControls('plain ünïcode ✓')).toBe('plain ünïcode ✓');
  });

  it('percent-encodes what would end a link destination or a cell', () => {
    expect(mdUrl('https://log.example/api/v1/log/entries/ab')).toBe('https://log.example/api/v1/log/entries/ab');
    expect(mdUrl('https://x.example/a b)(|<>\n`\\')).toBe('https://x.example/a%20b%29%28%7C%3C%3E%0A%60%5C');
  });
});
