/**
 * The release-notes "Provenance" section, kept between two HTML comments (invisible when rendered) so a
 * re-run replaces it instead of appending a second copy. Pure string functions.
 */

export const PROVENANCE_START = '<!-- provlog:provenance:start -->';
export const PROVENANCE_END = '<!-- provlog:provenance:end -->';

/**
 * The first start marker and the LAST end marker after it. The section quotes artifact names, and a file name
 * can be `<!-- provlog:provenance:end -->`: stopping at the first end marker would let such a name cut the
 * section short on the next run and leave the rest of the old table behind in the notes.
 */
function markedRange(body: string): { start: number; end: number } {
  const start = body.indexOf(PROVENANCE_START);
  const end = start === -1 ? -1 : body.lastIndexOf(PROVENANCE_END);
  return { start, end: end < start ? -1 : end };
}

/**
 * Returns `body` with the marked section set to `section`: replaced in place when the markers are there
 * (everything between the first start marker and the last end marker), else appended after a blank line.
 * Line ends in the user's text are left alone; the section itself uses `\n`.
 */
export function replaceMarkedSection(body: string, section: string): string {
  const block = `${PROVENANCE_START}\n${section.trim()}\n${PROVENANCE_END}`;
  const { start, end } = markedRange(body);
  if (start !== -1 && end !== -1) {
    return body.slice(0, start) + block + body.slice(end + PROVENANCE_END.length);
  }
  const trimmed = body.replace(/\s+$/, '');
  return trimmed === '' ? `${block}\n` : `${trimmed}\n\n${block}\n`;
}

/** The current marked section's content, if any (for tests and `verify-release`). */
export function extractMarkedSection(body: string): string | undefined {
  const { start, end } = markedRange(body);
  if (start === -1 || end === -1) return undefined;
  return body.slice(start + PROVENANCE_START.length, end).trim();
}
