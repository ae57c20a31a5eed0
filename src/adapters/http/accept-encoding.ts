/**
 * `Accept-Encoding` (RFC 9110 §12.5.3) read by splitting, never by a backtracking regex: the header is up to
 * Node's 16 KiB header limit of attacker-chosen text, and a regex with nested optional whitespace took
 * ~300 ms on `gzip` followed by 16,000 spaces (issue 11 §9). Work here is one pass over the value.
 */

/** RFC 9110 §12.4.2 qvalue: `0` with up to three decimals, or `1` with up to three zeros. */
const QVALUE_RE = /^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Whether the client accepts `coding` (e.g. "gzip"): it is listed (case-insensitively) with no q parameter or a
 * q above 0. A listed coding with q=0, or with a q that is not a valid qvalue, is not accepted; a coding that is
 * not listed is not accepted either (a `*` wildcard is not taken as consent: plain bytes are always acceptable).
 * Several headers are read as one comma-separated list.
 */
export function acceptsEncoding(header: string | readonly string[] | undefined, coding: string): boolean {
  if (header === undefined) return false;
  const text = typeof header === 'string' ? header : header.join(',');
  const wanted = coding.toLowerCase();
  let accepted = false;
  for (const element of text.split(',')) {
    const [name = '', ...params] = element.split(';');
    if (name.trim().toLowerCase() !== wanted) continue;
    const q = qOf(params);
    // A coding listed twice is accepted only if no mention of it refuses it.
    if (q === undefined || q <= 0) return false;
    accepted = true;
  }
  return accepted;
}

/** The q of one element's parameters: 1 when absent, undefined when malformed. */
function qOf(params: readonly string[]): number | undefined {
  let q = 1;
  for (const param of params) {
    const eq = param.indexOf('=');
    const name = (eq < 0 ? param : param.slice(0, eq)).trim().toLowerCase();
    if (name !== 'q') continue;
    const value = eq < 0 ? '' : param.slice(eq + 1).trim();
    if (!QVALUE_RE.test(value)) return undefined;
    q = Number(value);
  }
  return q;
}
