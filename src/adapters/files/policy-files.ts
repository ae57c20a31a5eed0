/**
 * The files a policy check's globs match, with symbolic links made visible (issue 11, item 4). The attest
 * walker (subjects.ts) never descends through a linked directory, which is right for signing but lets
 * `vendor/lib -> ../hidden` hide `vendor/lib/evil.bin` from a check. Here every link inside the patterns is
 * resolved:
 *   - a link (to a file or a directory) whose target lies inside the workspace is checked as what it resolves
 *     to: the file is hashed through the link, the directory is walked (cycles cut by real path);
 *   - a link whose target leaves the workspace, or does not exist, is a problem naming the link and its
 *     target, and the caller fails the check.
 * Each file also carries its aliases: the real path, and every link on the way to it, all workspace-relative,
 * so `only-changed` can tell that a file changed when the PR changed the link or the file behind it.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { CodedError } from '../../core/errors.js';
import { type CompiledPattern, compilePattern, matchSegments, mayDescend } from './glob.js';
import { parseSubjectPatterns } from './subjects.js';

export interface PolicyFile {
  /** Absolute path as matched (through links). */
  path: string;
  /** Workspace-relative name as matched, `/` separators. */
  name: string;
  /** Workspace-relative names that stand for this file: its real path and every link traversed. */
  aliases: string[];
}

export interface LinkProblem {
  /** Workspace-relative name of the link. */
  name: string;
  /** What the link points to, as written in the link. */
  target: string;
  reason: 'leaves-workspace' | 'dangling';
}

export interface PolicyFileMatch {
  files: PolicyFile[];
  links: LinkProblem[];
}

/** Directory entries visited per check: a walk over a hostile tree (or a link farm) stays bounded. */
export const MAX_WALK_ENTRIES = 200_000;

function relName(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

class Walk {
  /** Real path -> every way the walk reached it. */
  private readonly found = new Map<string, { name: string; path: string; via: string[] }[]>();
  /** Link problems by the link's real location (a link reached twice is one problem). */
  readonly links = new Map<string, LinkProblem>();
  private entries = 0;

  constructor(
    private readonly workspace: string,
    private readonly realWorkspace: string,
  ) {}

  /** One problem per link, named by the shortest way to it (the same rule as files). */
  private recordLink(key: string, problem: LinkProblem): void {
    const known = this.links.get(key);
    if (known === undefined || problem.name.length < known.name.length) this.links.set(key, problem);
  }

  /** The real path of a link inside the workspace, or undefined after recording why not. */
  resolveLink(full: string): string | undefined {
    const name = relName(this.workspace, full);
    let key = full;
    try {
      key = path.join(realpathSync(path.dirname(full)), path.basename(full));
    } catch {
      // the directory vanished while walking; the name as reached will do
    }
    let target = '';
    try {
      target = readlinkSync(full);
    } catch {
      // not a link after all (raced); realpath below decides
    }
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      this.recordLink(key, { name, target, reason: 'dangling' });
      return undefined;
    }
    if (!inside(this.realWorkspace, real)) {
      this.recordLink(key, { name, target, reason: 'leaves-workspace' });
      return undefined;
    }
    return real;
  }

  /**
   * Links among the literal leading directories of a pattern (`vendor/lib/x.bin` with `vendor/lib` a link):
   * their names, or undefined when one of them dangles or leaves the workspace (recorded as a problem).
   */
  linksOnTheWay(root: string): string[] | undefined {
    const via: string[] = [];
    let at = this.workspace;
    for (const part of relName(this.workspace, root).split('/')) {
      if (part === '') continue;
      at = path.join(at, part);
      const info = lstatOrUndefined(at);
      if (info === undefined) return via;
      if (info.isSymbolicLink()) {
        if (this.resolveLink(at) === undefined) return undefined;
        via.push(relName(this.workspace, at));
      }
    }
    return via;
  }

  addFile(full: string, via: readonly string[]): void {
    const name = relName(this.workspace, full);
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      return;
    }
    if (!inside(this.realWorkspace, real)) {
      // Reached through a path whose link we could not see (e.g. a linked pattern root): same rule.
      this.links.set(name, { name, target: real, reason: 'leaves-workspace' });
      return;
    }
    const found = this.found.get(real) ?? [];
    if (!found.some((f) => f.name === name)) found.push({ name, path: full, via: [...via] });
    this.found.set(real, found);
  }

  /**
   * One file per real file (a directory reached through a link and directly is listed once): named by the path
   * with the fewest links on the way, then the shortest, then the first in code-unit order; every other name it
   * was reached by, its real path and the links on the way are its aliases.
   */
  files(excluded: (name: string) => boolean): PolicyFile[] {
    const out: PolicyFile[] = [];
    for (const [real, all] of this.found) {
      // Excludes apply to each way the file was reached: a link that re-exposes an excluded file is still matched.
      const found = all.filter((f) => !excluded(f.name));
      const [first, ...rest] = [...found].sort(
        (a, b) => a.via.length - b.via.length || a.name.length - b.name.length || cmp(a.name, b.name),
      );
      if (first === undefined) continue;
      const aliases = new Set([relName(this.realWorkspace, real), ...found.flatMap((f) => f.via)]);
      for (const f of rest) aliases.add(f.name);
      aliases.delete(first.name);
      out.push({ path: first.path, name: first.name, aliases: [...aliases].sort(cmp) });
    }
    return out;
  }

  walk(
    dir: string,
    parts: string[],
    pattern: CompiledPattern | undefined,
    via: readonly string[],
    seen: ReadonlySet<string>,
  ): void {
    let entries: import('node:fs').Dirent[];
    try {
      // Sorted: which name a file reached twice keeps must not depend on the file system's order.
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => cmp(a.name, b.name));
    } catch (cause) {
      throw new CodedError('FILE_UNREADABLE', `cannot list directory ${dir}: ${(cause as Error).message}`, { cause });
    }
    this.entries += entries.length;
    if (this.entries > MAX_WALK_ENTRIES) {
      throw new CodedError(
        'TOO_LARGE',
        `subject-path walks more than ${MAX_WALK_ENTRIES} directory entries; narrow the patterns`,
        { details: { limit: MAX_WALK_ENTRIES } },
      );
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const childParts = [...parts, entry.name];
      const accept = pattern === undefined || matchSegments(pattern.segments, childParts);
      const descend = pattern === undefined || mayDescend(pattern, childParts);
      if (entry.isSymbolicLink()) {
        if (!accept && !descend) continue;
        const real = this.resolveLink(full);
        if (real === undefined) continue;
        const linkName = relName(this.workspace, full);
        const target = statSync(real);
        if (target.isFile() && accept) this.addFile(full, [...via, linkName]);
        else if (target.isDirectory() && descend && !seen.has(real)) {
          this.walk(full, childParts, pattern, [...via, linkName], new Set([...seen, real]));
        }
      } else if (entry.isFile()) {
        if (accept) this.addFile(full, via);
      } else if (entry.isDirectory() && descend) {
        this.walk(full, childParts, pattern, via, seen);
      }
    }
  }
}

/**
 * Files matching `patternsText` (subject-path syntax: globs, `!` excludes) under `workspace`, following links as
 * described above. No match is not an error here (the policy check reports "nothing to check").
 */
export function findPolicyFiles(patternsText: string, workspace: string): PolicyFileMatch {
  const base = path.resolve(workspace);
  let realBase: string;
  try {
    realBase = realpathSync(base);
  } catch (cause) {
    throw new CodedError('FILE_UNREADABLE', `cannot open the workspace ${base}`, { cause });
  }
  const { include, exclude } = parseSubjectPatterns(patternsText);
  const walk = new Walk(base, realBase);
  for (const source of include) {
    const pattern = compilePattern(source, base);
    if (!inside(base, pattern.root)) continue; // patterns name files of the checkout only
    const via = walk.linksOnTheWay(pattern.root);
    if (via === undefined) continue;
    const root = pattern.root;
    if (lstatOrUndefined(root) === undefined || statOrUndefined(root) === undefined) continue;
    const info = statSync(root);
    const seen = new Set([realpathSync(root)]);
    if (pattern.segments.length === 0) {
      if (info.isFile()) walk.addFile(root, via);
      else if (info.isDirectory()) walk.walk(root, [], undefined, via, seen);
    } else if (info.isDirectory()) {
      walk.walk(root, [], pattern, via, seen);
    }
  }
  const excludes = exclude.map((p) => compilePattern(p, base));
  const excluded = (name: string): boolean =>
    excludes.some((e) => {
      const rel = path.relative(e.root, path.join(base, name));
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return rel === '' && e.segments.length === 0;
      return e.segments.length === 0 || matchSegments(e.segments, rel.split(path.sep));
    });
  const files = walk.files(excluded).sort((a, b) => cmp(a.name, b.name));
  const links = [...walk.links.values()].filter((l) => !excluded(l.name)).sort((a, b) => cmp(a.name, b.name));
  return { files, links };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function statOrUndefined(p: string): import('node:fs').Stats | undefined {
  try {
    return statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(p: string): import('node:fs').Stats | undefined {
  try {
    return lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
