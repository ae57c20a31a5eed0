/**
 * Turns what the user named (globs, a checksums file, or a digest + name) into in-toto subjects. Files are hashed
 * with streamed node:crypto SHA-256 spread over the cores. Shared by the action and `provlog attest`.
 */
import { type HashProgress, hashFiles } from '../adapters/files/hash.js';
import {
  dedupeSubjects,
  findSubjectFiles,
  parseSubjectDigest,
  readChecksumsSubjects,
} from '../adapters/files/subjects.js';
import { CodedError } from '../core/errors.js';
import type { Subject } from '../core/intoto/statement.js';

export interface SubjectSpec {
  /** Newline- or comma-separated globs; `!` excludes. */
  paths?: string;
  /** sha256sum-format file path (or its text). */
  checksums?: string;
  /** One subject by digest: `sha256:<hex>` + its name. */
  digest?: { digest: string; name: string };
}

export async function resolveSubjects(
  spec: SubjectSpec,
  opts: { baseDir: string; onProgress?: (p: HashProgress) => void },
): Promise<Subject[]> {
  const out: Subject[] = [];
  if (spec.paths !== undefined && spec.paths.trim() !== '') {
    const files = await findSubjectFiles(spec.paths, { baseDir: opts.baseDir });
    const digests = await hashFiles(
      files.map((f) => f.path),
      opts.onProgress === undefined ? {} : { onProgress: opts.onProgress },
    );
    files.forEach((f, i) => {
      out.push({ name: f.name, digest: { sha256: digests[i] ?? '' } });
    });
  }
  if (spec.checksums !== undefined && spec.checksums.trim() !== '') {
    out.push(...(await readChecksumsSubjects(spec.checksums, { baseDir: opts.baseDir })));
  }
  if (spec.digest !== undefined) out.push(parseSubjectDigest(spec.digest.digest, spec.digest.name));
  if (out.length === 0) {
    throw new CodedError(
      'NO_SUBJECTS',
      'nothing to attest: give subject-path (globs), subject-checksums, or subject-digest with subject-name',
    );
  }
  return dedupeSubjects(out);
}
