/**
 * A small, dependency-free glob for `subject-path`. Why not @actions/glob: it logs through @actions/core
 * (`::debug::` lines on stdout, which would corrupt `provlog attest --json`), and its directory matches pull
 * in every descendant of `*`. Why not minimatch: it is only a transitive dependency here.
 *
 * Syntax, per path segment: `*` (any run of characters except `/`), `?` (one character), `[abc]`, `[a-z]`,
 * `[!a]` / `[^a]`; a whole segment `**` matches zero or more directories. Dotfiles ARE matched by `*`
 * (a release often ships `.sig` / `.intoto.jsonl` files; skipping them silently leaves artifacts unsigned).
 * Backslash escapes the next character. Patterns are relative to a base directory unless absolute.
 */
import path from 'node:path';

export interface CompiledPattern {
  /** The pattern as the user wrote it (for messages). */
  source: string;
  /** Absolute directory holding the literal (magic-free) leading segments. */
  root: string;
  /** Matchers for the segments after `root`; empty when the pattern is a literal path. */
  segments: SegmentMatcher[];
  /** True when some segment is `**` (walk without depth limit). */
  recursive: boolean;
}

export type SegmentMatcher = { kind: 'globstar' } | { kind: 'regex'; regex: RegExp };

const MAGIC = /[*?[]/;

/** Compiles one pattern (without its `!` prefix) against a base directory. */
export function compilePattern(source: string, baseDir: string): CompiledPattern {
  // On Windows a backslash is a separator; elsewhere it escapes the next character.
  const normalized = path.sep === '\\' ? source.replaceAll('\\', '/') : source;
  const absolute = path.isAbsolute(normalized);
  const parts = normalized.split('/').filter((p) => p !== '' && p !== '.');
  let root = absolute ? path.parse(path.resolve(normalized)).root : baseDir;
  let i = 0;
  for (; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (hasMagic(part)) break;
    root = path.resolve(root, unescapeLiteral(part));
  }
  const segments = parts.slice(i).map(compileSegment);
  return { source, root, segments, recursive: segments.some((s) => s.kind === 'globstar') };
}

export function hasMagic(segment: string): boolean {
  let escaped = false;
  for (const c of segment) {
    if (escaped) escaped = false;
    else if (c === '\\') escaped = true;
    else if (MAGIC.test(c)) return true;
  }
  return false;
}

function unescapeLiteral(segment: string): string {
  return segment.replace(/\\(.)/g, '$1');
}

function compileSegment(segment: string): SegmentMatcher {
  if (segment === '**') return { kind: 'globstar' };
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === '\\' && i + 1 < segment.length) {
      re += escapeRegex(segment.charAt(++i));
    } else if (c === '*') {
      while (segment.charAt(i + 1) === '*') i++; // `a**b` inside a segment behaves like `a*b`
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else {
      re += escapeRegex(c);
    }
  }
  return { kind: 'regex', regex: new RegExp(`^${re}$`, 'u') };
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Does the path (segments relative to the pattern's root) match? `**` may absorb zero or more segments.
 * Iterative with a single backtrack point per globstar, the classic wildcard algorithm lifted to segments,
 * so hostile patterns like `**` `/` `**` `/…` stay linear-ish rather than exponential.
 */
export function matchSegments(matchers: readonly SegmentMatcher[], parts: readonly string[]): boolean {
  let m = 0;
  let p = 0;
  let starM = -1;
  let starP = 0;
  while (p < parts.length) {
    const matcher = matchers[m];
    if (matcher?.kind === 'globstar') {
      starM = m++;
      starP = p;
    } else if (matcher?.regex.test(parts[p] ?? '')) {
      m++;
      p++;
    } else if (starM !== -1) {
      m = starM + 1;
      p = ++starP;
    } else {
      return false;
    }
  }
  while (matchers[m]?.kind === 'globstar') m++;
  return m === matchers.length;
}

/**
 * Could a directory at `parts` (relative to the root) contain a match? Used to prune the walk: without a
 * globstar the walk never goes deeper than the pattern; with one it may.
 */
export function mayDescend(pattern: CompiledPattern, parts: readonly string[]): boolean {
  if (pattern.recursive) return true;
  if (parts.length >= pattern.segments.length) return false;
  return matchSegments(pattern.segments.slice(0, parts.length), parts);
}
