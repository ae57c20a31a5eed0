/**
 * The release-notes "Provenance" section, kept between two HTML comments (invisible when rendered) so a
 * re-run replaces it instead of appending a second copy. Pure string functions.
 */

export const PROVENANCE_START = '<!-- provlog:provenance:start -->';
export const PROVENANCE_END = '<!-- provlog:provenance:end -->';

/**
 * Returns `body` with the marked section set to `section`: replaced in place when the markers are there
 * (everything between the first start marker and the next end marker), else appended after a blank line.
 * Line ends in the user's text are left alone; the section itself uses `\n`.
 */
export function replaceMarkedSection(body: string, section: string): string {
  const block = `${PROVENANCE_START}\n${section.trim()}\n${PROVENANCE_END}`;
  const start = body.indexOf(PROVENANCE_START);
  const end = start === -1 ? -1 : body.indexOf(PROVENANCE_END, start);
  if (start !== -1 && end !== -1) {
    return body.slice(0, start) + block + body.slice(end + PROVENANCE_END.length);
  }
  const trimmed = body.replace(/\s+$/, '');
  return trimmed === '' ? `${block}\n` : `${trimmed}\n\n${block}\n`;
}

/** The current marked section's content, if any (for tests and `verify-release`). */
export function extractMarkedSection(body: string): string | undefined {
  const start = body.indexOf(PROVENANCE_START);
  const end = start === -1 ? -1 : body.indexOf(PROVENANCE_END, start);
  if (start === -1 || end === -1) return undefined;
  return body.slice(start + PROVENANCE_START.length, end).trim();
}
