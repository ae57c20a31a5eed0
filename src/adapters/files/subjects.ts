/**
 * Subjects of an attestation from the three inputs of the attest action (issue 4): `subject-path` globs,
 * `subject-digest` + `subject-name`, or a `subject-checksums` file.
 *
 * Subject names are the file's path RELATIVE TO THE BASE DIRECTORY (the workspace in the action, the cwd
 * in the CLI), with `/` separators — e.g. `dist/linux/app`. actions/attest uses the basename instead; we do
 * not, because two artifacts with one basename (`linux/app`, `darwin/app`) would become indistinguishable
 * subjects, and the path is what a reader of the provenance needs to find the file. Verifiers match on the
 * digest, so the longer name costs nothing. A file outside the base directory (an absolute pattern or
 * `../`) gets its basename, so no runner directory layout leaks into a public log.
 */
import { statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CodedError } from '../../core/errors.js';
import { MAX_CHECKSUMS_BYTES, parseChecksums } from '../../core/intoto/checksums.js';
import type { Subject } from '../../core/intoto/statement.js';
import { DIGEST_BYTES, type HashAlgorithm } from '../../core/keys/keys.js';
import { type CompiledPattern, compilePattern, matchSegments, mayDescend } from './glob.js';

export interface SubjectFile {
  /** Absolute path on disk. */
  path: string;
  /** Subject name (see the module comment). */
  name: string;
}

export interface SubjectPatterns {
  include: string[];
  exclude: string[];
}

/**
 * Splits the input on newlines and commas (as actions/attest does), trims, drops empties; `!x` excludes.
 * Excludes apply to every include regardless of order (a file is in when some include matches it and no
 * exclude does), so the result never depends on how the YAML list happens to be ordered.
 */
export function parseSubjectPatterns(text: string): SubjectPatterns {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const raw of text.split(/[\r\n,]+/)) {
    const p = raw.trim();
    if (p === '') continue;
    if (p.startsWith('!')) {
      const rest = p.slice(1).trim();
      if (rest !== '') exclude.push(rest);
    } else include.push(p);
  }
  return { include, exclude };
}

/**
 * Resolves `subject-path` to files (never directories), sorted by name (UTF-16 code unit order, so the
 * statement is byte-identical across machines). A literal pattern naming a directory means every file below
 * it. Symlinked files are followed; symlinked directories are not descended (no cycles).
 * Throws NO_SUBJECTS listing the patterns when nothing matches.
 */
export async function findSubjectFiles(patternsText: string, opts: { baseDir: string }): Promise<SubjectFile[]> {
  const baseDir = path.resolve(opts.baseDir);
  const { include, exclude } = parseSubjectPatterns(patternsText);
  if (include.length === 0) {
    throw new CodedError('NO_SUBJECTS', 'subject-path holds no patterns (only excludes or blanks)', {
      details: { patterns: [...include, ...exclude.map((e) => `!${e}`)] },
    });
  }
  const excludes = exclude.map((p) => compilePattern(p, baseDir));
  // Patterns are resolved concurrently: a release listing 1,000 files by name is 1,000 independent stats.
  const found = new Set((await Promise.all(include.map((p) => walkPattern(compilePattern(p, baseDir))))).flat());
  const files = [...found]
    .filter((f) => !excludes.some((e) => patternMatches(e, f)))
    .map((f) => ({ path: f, name: subjectName(f, baseDir) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.path < b.path ? -1 : 1));
  if (files.length === 0) {
    const listed = [...include, ...exclude.map((e) => `!${e}`)];
    throw new CodedError(
      'NO_SUBJECTS',
      `no files matched subject-path (${listed.map((p) => `"${p}"`).join(', ')}) under ${baseDir}; ` +
        'check that the build step ran first and that the paths are relative to the workspace',
      { details: { patterns: listed, baseDir } },
    );
  }
  return files;
}

export function subjectName(file: string, baseDir: string): string {
  const rel = path.relative(baseDir, file);
  if (rel === '' || isOutside(rel)) return path.basename(file);
  return rel.split(path.sep).join('/');
}

function patternMatches(pattern: CompiledPattern, file: string): boolean {
  const rel = path.relative(pattern.root, file);
  if (rel === '') return pattern.segments.length === 0;
  if (isOutside(rel)) return false;
  if (pattern.segments.length === 0) return true; // literal directory: everything below it
  return matchSegments(pattern.segments, rel.split(path.sep));
}

async function walkPattern(pattern: CompiledPattern): Promise<string[]> {
  // Synchronous: a release naming 1,000 files is 1,000 of these, ~5 µs each, where promise stats cost
  // ~30 ms of thread-pool round trips and CPU that the hashing workers want.
  const rootStat = statSyncOrUndefined(pattern.root);
  if (rootStat === undefined) return [];
  if (pattern.segments.length === 0) {
    if (rootStat.isFile()) return [pattern.root];
    return rootStat.isDirectory()
      ? walkDir(
          pattern.root,
          [],
          () => true,
          () => true,
        )
      : [];
  }
  if (!rootStat.isDirectory()) return [];
  return walkDir(
    pattern.root,
    [],
    (parts) => mayDescend(pattern, parts),
    (parts) => matchSegments(pattern.segments, parts),
  );
}

async function walkDir(
  dir: string,
  parts: string[],
  descend: (parts: string[]) => boolean,
  accept: (parts: string[]) => boolean,
): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw new CodedError('FILE_UNREADABLE', `cannot list directory ${dir}: ${(cause as Error).message}`, { cause });
  }
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const childParts = [...parts, entry.name];
    let isFile = entry.isFile();
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      const target = await statOrUndefined(full);
      isFile = target?.isFile() ?? false;
      isDir = false; // never descend through links: no cycles, no escaping the tree
    }
    if (isFile && accept(childParts)) out.push(full);
    else if (isDir && descend(childParts)) out.push(...(await walkDir(full, childParts, descend, accept)));
  }
  return out;
}

function statSyncOrUndefined(p: string): import('node:fs').Stats | undefined {
  try {
    return statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

async function statOrUndefined(p: string): Promise<import('node:fs').Stats | undefined> {
  try {
    return await stat(p);
  } catch {
    return undefined;
  }
}

const DIGEST = /^(sha256|sha384|sha512):([0-9a-f]+)$/;

/** `subject-digest` (`sha256:<hex>`, also sha384/sha512) + `subject-name` -> one subject. */
export function parseSubjectDigest(digest: string, name: string): Subject {
  const trimmed = digest.trim();
  const m = DIGEST.exec(trimmed.toLowerCase());
  const fail = (problem: string): never => {
    throw new CodedError('INVALID_FIELD', `subject-digest ${problem}`, { details: { path: 'subject-digest' } });
  };
  if (m === null) return fail(`must look like "sha256:<64 hex characters>", got "${trimmed}"`);
  const [, alg = '', hex = ''] = m;
  const length = 2 * DIGEST_BYTES[alg as HashAlgorithm]; // the regex admits only sha256/sha384/sha512
  if (hex.length !== length) fail(`${alg} needs ${length} hex characters, got ${hex.length}`);
  if (name.trim() === '') {
    throw new CodedError('INVALID_FIELD', 'subject-name is required with subject-digest', {
      details: { path: 'subject-name' },
    });
  }
  return { name: name.trim(), digest: { [alg]: hex } };
}

/**
 * `subject-checksums`: a path to a sha256sum file, or (as actions/attest allows) the checksum lines
 * themselves. Names are kept as written in the file: they describe the artifacts, not files on this disk.
 */
export async function readChecksumsSubjects(value: string, opts: { baseDir: string }): Promise<Subject[]> {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}[ \t]/.test(trimmed)) return checksumsToSubjects(parseChecksums(value));
  const file = path.resolve(opts.baseDir, trimmed);
  let info: import('node:fs').Stats;
  try {
    info = await stat(file); // follows a symlink, as reading it will
  } catch (cause) {
    throw new CodedError('FILE_UNREADABLE', `subject-checksums file ${trimmed} cannot be read`, { cause });
  }
  if (!info.isFile()) throw new CodedError('FILE_UNREADABLE', `subject-checksums ${trimmed} is not a file`);
  if (info.size > MAX_CHECKSUMS_BYTES) {
    throw new CodedError('TOO_LARGE', `subject-checksums file is ${info.size} bytes; the limit is 512 KiB`, {
      details: { size: info.size, limit: MAX_CHECKSUMS_BYTES },
    });
  }
  const text = await readFile(file, 'utf8');
  return checksumsToSubjects(parseChecksums(text, `subject-checksums (${trimmed})`));
}

function checksumsToSubjects(lines: ReturnType<typeof parseChecksums>): Subject[] {
  return dedupeSubjects(lines.map((l) => ({ name: l.name, digest: { sha256: l.sha256 } })));
}

/** Drops exact repeats (same name and same digests), keeping the first; order otherwise unchanged. */
export function dedupeSubjects(subjects: readonly Subject[]): Subject[] {
  const seen = new Set<string>();
  const out: Subject[] = [];
  for (const s of subjects) {
    const key = JSON.stringify([s.name, Object.entries(s.digest).sort(([a], [b]) => (a < b ? -1 : 1))]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

function isOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}
