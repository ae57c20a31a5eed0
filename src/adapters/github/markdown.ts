/**
 * GitHub-flavoured markdown for text nobody vouches for (file names from a pull request, refs, workflow inputs,
 * error messages that quote them) in job summaries and release notes. Such text must render as exactly itself:
 * it must not end a table row or cell, open a link, image, emphasis or HTML tag, or close the code span it sits in.
 * The rules follow cmark-gfm, GitHub's renderer: a table row is split on `|` before inline parsing and `\|` is the
 * only way to keep a pipe in a cell (also inside a code span, where other backslashes stay literal); a code span
 * ends at a backtick run of its own length and drops one space on each side. Pure string functions.
 */

/**
 * Characters that would change how a line renders or reads: C0 controls and DEL (a line feed ends a table row)
 * become their Unicode control pictures (U+2400 + code, U+2421); C1 controls (NEL is a line break to some
 * readers) and the bidirectional overrides and isolates that can make `gpj.exe` read as `exe.jpg` are shown as
 * `<U+202E>`. The result is one line, and what it shows
 * can be told apart from plain text.
 */
export function showControls(text: string): string {
  return text.replace(/\p{Cc}|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * `text` as an inline code span that shows it verbatim: the fence is one backtick longer than any run inside,
 * and a space pads each side when the text starts or ends with a backtick or a space (the renderer removes
 * exactly one from each side). Code spans are never linked, emphasised or scanned for @mentions.
 * In a table cell pass `{ table: true }`: pipes become `\|`, which the table splitter turns back into `|`.
 */
export function mdCode(text: string, opts: { table?: boolean } = {}): string {
  let body = showControls(text);
  if (opts.table === true) body = body.replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(body) + 1);
  const pad = body === '' || /^[` ]|[` ]$/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * `text` as plain markdown text on one line: every character that starts an inline construct (code, emphasis,
 * strikethrough, links and images, autolinks and HTML, entities, math, the backslash itself) and the table's
 * pipe is backslash-escaped, so it renders literally (in a table cell too: `\|` keeps the pipe in the cell).
 */
export function mdText(text: string): string {
  return showControls(text).replace(/[\\`*_[\]<>!|~&$]/g, (c) => `\\${c}`);
}

/**
 * A URL as a link destination (`[text](…)`): whitespace, controls and the characters that would end the
 * destination, the cell or the line (`(`, `)`, `<`, `>`, `|`, backslash, backtick) are percent-encoded, which a
 * URL reads the same and markdown leaves alone.
 */
export function mdUrl(url: string): string {
  return url.replace(/[\s\p{Cc}()<>|\\`]/gu, (c) =>
    Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}
