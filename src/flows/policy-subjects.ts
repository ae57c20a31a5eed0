/**
 * What the policy check checks (issue 6): files matched by `subject-path`, and every `sha256:<64 hex>` reference
 * found in the text files matched by `digests-in` (lock files, manifests, Dockerfiles pinning images by digest).
 * Each reference is its own subject so its annotation lands on its line. With `only-changed`, both are limited
 * to the files the pull request adds or modifies.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { hashFiles } from '../adapters/files/hash.js';
import { readTextFile } from '../adapters/files/read.js';
import { findSubjectFiles } from '../adapters/files/subjects.js';
import { isCodedError } from '../core/errors.js';
import type { FileLocation } from './reporter.js';

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
 * Drops files that are the provenance OF another subject (`app.sigstore.json` beside `app`): they are evidence,
 * not artifacts. A lone provenance-looking file (no artifact beside it) stays a subject: a binary cannot escape
 * the check by being named `x.sigstore.json`.
 */
export function withoutEvidenceFiles(names: readonly string[]): string[] {
  const set = new Set(names);
  return names.filter((n) => !BESIDE_SUFFIXES.some((s) => n.endsWith(s) && set.has(n.slice(0, -s.length))));
}

export function relativeName(file: string, workspace: string): string {
  const rel = relative(workspace, file);
  return rel.split(sep).join('/');
}

function isInside(file: string, workspace: string): boolean {
  const rel = relative(workspace, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
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

/** Files for a glob input, workspace-relative, restricted to changed files; none matching is not an error. */
async function matchFiles(patterns: string, req: SubjectRequest): Promise<{ path: string; name: string }[]> {
  if (patterns.trim() === '') return [];
  let files: { path: string }[];
  try {
    files = await findSubjectFiles(patterns, { baseDir: req.workspace });
  } catch (error) {
    if (isCodedError(error, 'NO_SUBJECTS')) return [];
    throw error;
  }
  return files
    .filter((f) => isInside(f.path, req.workspace))
    .map((f) => ({ path: f.path, name: relativeName(f.path, req.workspace) }))
    .filter((f) => req.changedFiles === undefined || req.changedFiles.has(f.name));
}

/** Subjects in a stable order: files (sorted by name), then references (by file, then line). */
export async function collectSubjects(req: SubjectRequest): Promise<PolicySubject[]> {
  const files = await matchFiles(req.subjectPath, req);
  const kept = new Set(withoutEvidenceFiles(files.map((f) => f.name)));
  const artifacts = files.filter((f) => kept.has(f.name));
  const digests = artifacts.length === 0 ? [] : await hashFiles(artifacts.map((f) => f.path));
  const subjects: PolicySubject[] = artifacts.map((f, i) => ({
    kind: 'file',
    name: f.name,
    digest: `sha256:${digests[i] ?? ''}`,
    location: { file: f.name },
    path: f.path,
  }));
  for (const f of await matchFiles(req.digestsIn, req)) {
    for (const ref of scanDigestReferences(await readTextFile(f.path))) {
      subjects.push({
        kind: 'reference',
        name: `${f.name}:${ref.line}`,
        digest: ref.digest,
        location: { file: f.name, line: ref.line },
      });
    }
  }
  return subjects;
}

/** Resolves a workspace-relative input path (absolute paths kept). */
export function inWorkspace(workspace: string, path: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path);
}
