/**
 * Glob patterns for policy values (repositories, refs, workflow paths): `*` matches within one path segment,
 * `**` across segments, `?` one character; everything else is literal. Anchored at both ends, so
 * `refs/tags/v*` never matches `refs/heads/x/refs/tags/v1`.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*') {
      if (glob.charAt(i + 1) === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Compiled policy globs (a policy has a handful, checked for every bundle). The regexes carry no `g`/`y` flag, so
 * `test` keeps no state and one object can be shared; the cache starts over when full rather than grow unbounded.
 */
const compiled = new Map<string, RegExp>();
const COMPILED_LIMIT = 256;

function compiledGlob(glob: string): RegExp {
  let re = compiled.get(glob);
  if (re === undefined) {
    if (compiled.size >= COMPILED_LIMIT) compiled.clear();
    re = globToRegExp(glob);
    compiled.set(glob, re);
  }
  return re;
}

export function matchesAny(value: string, globs: readonly string[]): boolean {
  return globs.some((g) => compiledGlob(g).test(value));
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** An OWNER/REPO pattern (either part may be a glob): the shape `--repo` and the policy's `repositories` take. */
export function isRepositoryPattern(text: string): boolean {
  return /^[^/\s]+\/[^/\s]+$/.test(text);
}

/** `90s`, `15m`, `12h`, `30d`, `2w` -> seconds; anything else is null. */
export function parseDuration(text: string): number | null {
  const m = /^([1-9][0-9]{0,8})([smhdw])$/.exec(text.trim());
  if (m === null) return null;
  return Number(m[1]) * (UNITS[m[2] ?? ''] ?? 0);
}
