/**
 * What the policy check checks (issue 6): files matched by `subject-path`, and every `sha256:<64 hex>` reference
 * found in the text files matched by `digests-in` (lock files, manifests, Dockerfiles pinning images by digest).
 * Each reference is its own subject so its annotation lands on its line. With `only-changed`, both are limited
 * to the files the pull request adds or modifies.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { hashFiles } from '../adapters/files/hash.js';
import {
  findPolicyFiles,
  type LinkProblem,
  type PolicyFile,
  type PolicyFileMatch,
} from '../adapters/files/policy-files.js';
import { readTextFile } from '../adapters/files/read.js';
import type { FileLocation } from './reporter.js';
import { parseBundleText } from './verify-inputs.js';

export interface PolicySubject {
  kind: 'file' | 'reference';
  /** Workspace-relative path (`/` separators) for files; `file:line` for references. */
  name: string;
  /** `sha256:<64 lowercase hex>` */
  digest: string;
  /** Where an annotation goes: the file, and for references the line. */
  location: FileLocation;
  /** Absolute path of a file subject (bundles beside it are looked up from here). */
  path?: string;
}

export interface DigestReference {
  line: number;
  column: number;
  /** `sha256:<64 lowercase hex>` */
  digest: string;
}

/**
 * Every `sha256:<64 hex>` in `text`, with 1-based line and column. A reference must stand alone: hex running on
 * past 64 characters, or letters glued to the front (`xsha256:`), is not one (it would be a different value).
 */
export function scanDigestReferences(text: string): DigestReference[] {
  const out: DigestReference[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  const pattern = /(?<![0-9A-Za-z_])sha256:([0-9a-fA-F]{64})(?![0-9A-Za-z_])/g;
  for (const [i, line] of lines.entries()) {
    for (const m of line.matchAll(pattern)) {
      out.push({ line: i + 1, column: (m.index ?? 0) + 1, digest: `sha256:${(m[1] ?? '').toLowerCase()}` });
    }
  }
  return out;
}

/** Suffixes of provenance files that sit beside an artifact (what OpenSSF Scorecard recognises). */
export const BESIDE_SUFFIXES = ['.sigstore.json', '.intoto.jsonl'] as const;

/**
 * Files that are the provenance OF another subject (`app.sigstore.json` beside `app`) are evidence, not
 * artifacts: these are the names that may be dropped. A lone provenance-looking file (no artifact beside it)
 * stays a subject, and so does one that does not decode as a bundle (see `collectSubjects`): a binary cannot
 * escape the check by being named `x.sigstore.json`.
 */
export function evidenceCandidates(names: readonly string[]): Set<string> {
  const set = new Set(names);
  return new Set(names.filter((n) => BESIDE_SUFFIXES.some((s) => n.endsWith(s) && set.has(n.slice(0, -s.length)))));
}

/** Evidence files are small JSON; anything larger is not a bundle and is checked as a subject. */
const MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;

/** True only when the file reads as Sigstore bundle JSON (or JSON Lines of bundles). */
async function decodesAsBundles(path: string, name: string): Promise<boolean> {
  try {
    return parseBundleText(name, await readTextFile(path, MAX_EVIDENCE_BYTES)).length > 0;
  } catch {
    return false;
  }
}

export function relativeName(file: string, workspace: string): string {
  const rel = relative(workspace, file);
  return rel.split(sep).join('/');
}

export interface SubjectRequest {
  workspace: string;
  /** `subject-path` text (newline/comma separated globs, `!` excludes); '' for none. */
  subjectPath: string;
  /** `digests-in` text; '' for none. */
  digestsIn: string;
  /** Workspace-relative paths the pull request adds or modifies; undefined = no restriction. */
  changedFiles?: ReadonlySet<string>;
}

export interface CollectedSubjects {
  subjects: PolicySubject[];
  /** Links inside the patterns that leave the workspace or dangle: each fails the check. */
  links: LinkProblem[];
}

/**
 * Files for a glob input, workspace-relative, restricted to changed files: a file counts as changed when the
 * pull request touched it, the file behind it, or a link on the way to it. None matching is not an error.
 */
function matchFiles(patterns: string, req: SubjectRequest): PolicyFileMatch {
  if (patterns.trim() === '') return { files: [], links: [] };
  const found = findPolicyFiles(patterns, req.workspace);
  const changed = req.changedFiles;
  if (changed === undefined) return found;
  const touched = (names: readonly string[]) => names.some((n) => changed.has(n));
  return {
    files: found.files.filter((f) => touched([f.name, ...f.aliases])),
    links: found.links.filter((l) => changed.has(l.name)),
  };
}

/** Subjects in a stable order: files (sorted by name), then references (by file, then line). */
export async function collectSubjects(req: SubjectRequest): Promise<CollectedSubjects> {
  const matched = matchFiles(req.subjectPath, req);
  const candidates = evidenceCandidates(matched.files.map((f) => f.name));
  const artifacts: PolicyFile[] = [];
  for (const f of matched.files) {
    if (!candidates.has(f.name) || !(await decodesAsBundles(f.path, f.name))) artifacts.push(f);
  }
  const digests = artifacts.length === 0 ? [] : await hashFiles(artifacts.map((f) => f.path));
  const subjects: PolicySubject[] = artifacts.map((f, i) => ({
    kind: 'file',
    name: f.name,
    digest: `sha256:${digests[i] ?? ''}`,
    location: { file: f.name },
    path: f.path,
  }));
  const references = matchFiles(req.digestsIn, req);
  for (const f of references.files) {
    for (const ref of scanDigestReferences(await readTextFile(f.path))) {
      subjects.push({
        kind: 'reference',
        name: `${f.name}:${ref.line}`,
        digest: ref.digest,
        location: { file: f.name, line: ref.line },
      });
    }
  }
  const links = new Map([...matched.links, ...references.links].map((l) => [l.name, l]));
  return { subjects, links: [...links.values()] };
}

/** Resolves a workspace-relative input path (absolute paths kept). */
export function inWorkspace(workspace: string, path: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path);
}
