/**
 * Whole-file reads for small inputs (bundles, trust roots, keys, policies, checkpoint files) with one error
 * shape: FILE_UNREADABLE naming the file, so the CLI prints one line and exits 2. Sizes are capped: these files
 * are kilobytes, and a verifier handed a multi-gigabyte "bundle" must not try to hold it in memory.
 */
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CodedError } from '../../core/errors.js';

/** Bundles of big releases (thousands of subjects) stay well below this. */
export const MAX_INPUT_FILE_BYTES = 64 * 1024 * 1024;

/** UTF-8 text of a file; FILE_UNREADABLE (missing, unreadable, a directory, too large). */
export async function readTextFile(path: string, maxBytes = MAX_INPUT_FILE_BYTES): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > maxBytes) throw new Error(`${info.size} bytes is more than the ${maxBytes}-byte limit`);
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new CodedError('FILE_UNREADABLE', `cannot read ${path}: ${reason(cause)}`, { cause, details: { path } });
  }
}

/** The text, or undefined when the file does not exist (first use of a state file). */
export async function readOptionalTextFile(path: string, maxBytes = MAX_INPUT_FILE_BYTES): Promise<string | undefined> {
  try {
    return await readTextFile(path, maxBytes);
  } catch (error) {
    // readTextFile keeps the fs error as the cause: one stat, and "missing" told apart from "unreadable".
    if ((error as { cause?: NodeJS.ErrnoException }).cause?.code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Replaces a file atomically: write a temporary file beside it, then rename over it (rename is atomic within a
 * directory on POSIX), so a crash or a concurrent reader sees either the old content or the new, never half.
 */
export async function writeTextFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx', mode: 0o644 });
    await rename(temp, path);
  } catch (cause) {
    await unlink(temp).catch(() => undefined);
    throw new CodedError('FILE_UNREADABLE', `cannot write ${path}: ${reason(cause)}`, { cause, details: { path } });
  }
}

function reason(cause: unknown): string {
  const error = cause as NodeJS.ErrnoException;
  if (error?.code === 'ENOENT') return 'no such file';
  if (error?.code === 'EACCES') return 'permission denied';
  if (error?.code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(cause);
}
