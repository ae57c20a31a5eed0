/**
 * A small model of how GitHub's renderer (cmark-gfm) reads what provlog writes into job summaries and release
 * notes, for tests that feed hostile names through the formatters (no markdown parser is a dependency).
 */
import { expect } from 'vitest';

/**
 * How cmark-gfm (GitHub's renderer) reads one table row: a pipe preceded by a backslash never splits a cell
 * (its scanner takes the longest match of `(\\[punct]|[^|])+`), then `\|` becomes `|` in each cell.
 */
export function gfmCells(row: string): string[] {
  expect(row).not.toMatch(/[\r\n]/);
  const inner = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** What a code span shows (CommonMark 6.1): inside the fence, one space dropped from each side if both have one. */
export function codeSpanText(span: string): string {
  const fence = /^`+/.exec(span)?.[0] ?? '';
  expect(fence.length).toBeGreaterThan(0);
  expect(span.endsWith(fence)).toBe(true);
  const body = span.slice(fence.length, span.length - fence.length);
  expect(body).not.toMatch(new RegExp(`(?<!\`)${fence}(?!\`)`));
  return /^ .* $/s.test(body) && body.trim() !== '' ? body.slice(1, -1) : body;
}

/** What plain text shows: backslash escapes of ASCII punctuation resolved, no unescaped inline construct left. */
export function plainText(text: string): string {
  expect(text.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[`*_[\]<>!~&$\\]/);
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The table rows (lines starting with `|`) under the first header whose first cell is `firstHeader` ('' for none). */
export function tableRows(markdown: string, firstHeader: string): string[][] {
  const lines = markdown.split('\n');
  const header = firstHeader === '' ? '| |' : `| ${firstHeader} |`;
  const start = lines.findIndex((l) => l.startsWith(header));
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && (lines[i] ?? '').startsWith('|'); i++)
    rows.push(gfmCells(lines[i] ?? ''));
  return rows;
}
