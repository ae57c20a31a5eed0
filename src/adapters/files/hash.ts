/**
 * Streamed SHA-256 of many files, spread over the cores (issue 4, behaviour 1). node:crypto is OpenSSL, so
 * one thread hashes at `openssl dgst` speed; the work is to keep every core busy and every read large.
 *
 * - One file (or little data): hashed on the calling thread, no worker start-up. A file of one chunk or less is
 *   read synchronously (an async open/read/read/close is four thread-pool round trips, which made 1,000 tiny
 *   files take ~300 ms of mostly idle waiting); a bigger one with two 4 MiB buffers, the next read in flight
 *   (libuv thread pool) while the current chunk is hashed, so I/O overlaps hashing.
 * - Sizes come from synchronous stats: ~5 µs each, where 1,000 promise stats cost ~30 ms of round trips.
 * - Many files: a pool of `os.availableParallelism()` worker threads. Files go biggest first (so one huge
 *   file does not start last), small files travel in batches (fewer messages), and workers pull the next
 *   batch as they finish. Workers read synchronously into one reused 4 MiB buffer: no promise per chunk.
 *
 * The worker is an inline CommonJS script (`eval: true`) so it survives bundling into dist/ unchanged.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { CodedError } from '../../core/errors.js';

export interface HashProgress {
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
}

export interface HashOptions {
  /** Worker threads; default os.availableParallelism(). 1 hashes on the calling thread. */
  concurrency?: number;
  /** Read size; default 4 MiB. */
  chunkSize?: number;
  /** Called as bytes are hashed (at most every few MiB, and once per file batch). */
  onProgress?: (progress: HashProgress) => void;
  /** Use worker threads only from this many total bytes (default 32 MiB; tests lower it). */
  poolMinBytes?: number;
}

const DEFAULT_CHUNK = 4 * 1024 * 1024;
/** Below this total a pool costs more (thread start-up, ~30 ms each) than it saves. */
const POOL_MIN_BYTES = 32 * 1024 * 1024;
/** Small files are sent to workers in batches up to this many bytes / files. */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 64;
const PROGRESS_STEP = 16 * 1024 * 1024;

/** Hex SHA-256 of each file, in input order. Throws FILE_UNREADABLE naming the file. */
export async function hashFiles(paths: readonly string[], opts: HashOptions = {}): Promise<string[]> {
  const chunk = opts.chunkSize ?? DEFAULT_CHUNK;
  const sizes = statSizes(paths);
  const progress: HashProgress = {
    bytesDone: 0,
    bytesTotal: sizes.reduce((a, b) => a + b, 0),
    filesDone: 0,
    filesTotal: paths.length,
  };
  const report = (bytes: number, files: number): void => {
    progress.bytesDone += bytes;
    progress.filesDone += files;
    opts.onProgress?.({ ...progress });
  };
  const threads = Math.min(opts.concurrency ?? os.availableParallelism(), paths.length);
  if (threads <= 1 || progress.bytesTotal < (opts.poolMinBytes ?? POOL_MIN_BYTES)) {
    // two buffers for the whole run: fresh 4 MiB allocations per file would page-fault 8 MiB per file
    const buffers = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)] as const;
    const out: string[] = [];
    for (const [i, p] of paths.entries()) {
      const size = sizes[i] ?? 0;
      if (size < chunk) {
        out.push(hashSmallFileSync(p, buffers[0]));
        report(size, 1);
      } else {
        out.push(await hashFileOnThisThread(p, buffers, (n) => report(n, 0)));
        report(0, 1);
      }
    }
    return out;
  }
  return hashOnPool(paths, sizes, threads, chunk, report);
}

/** Hex SHA-256 of one file. */
export async function hashFile(file: string, opts: HashOptions = {}): Promise<string> {
  const [digest] = await hashFiles([file], { ...opts, concurrency: 1 });
  if (digest === undefined) throw new CodedError('INTERNAL', 'no digest computed');
  return digest;
}

function statSizes(paths: readonly string[]): number[] {
  return paths.map((p) => {
    try {
      return statSync(p).size;
    } catch (cause) {
      throw unreadable(p, cause);
    }
  });
}

function unreadable(file: string, cause: unknown): CodedError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new CodedError('FILE_UNREADABLE', `cannot read ${file}: ${message}`, { cause, details: { path: file } });
}

/** A file expected to fit in one chunk: synchronous reads until EOF (it may have grown since the stat). */
function hashSmallFileSync(file: string, buffer: Buffer): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (cause) {
    throw unreadable(file, cause);
  }
  try {
    const hash = createHash('sha256');
    for (let position = 0; ; ) {
      const n = readSync(fd, buffer, 0, buffer.length, position);
      if (n === 0) break;
      position += n;
      hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
    }
    return hash.digest('hex');
  } catch (cause) {
    throw unreadable(file, cause);
  } finally {
    closeSync(fd);
  }
}

async function hashFileOnThisThread(
  file: string,
  buffers: readonly [Buffer, Buffer],
  onBytes: (n: number) => void,
): Promise<string> {
  const chunk = buffers[0].length;
  let handle: import('node:fs/promises').FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (cause) {
    throw unreadable(file, cause);
  }
  try {
    const hash = createHash('sha256');
    let which = 0;
    let position = 0;
    let pending = handle.read(buffers[0], 0, chunk, position);
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) break;
      position += bytesRead;
      which ^= 1;
      pending = handle.read(buffers[which === 0 ? 0 : 1], 0, chunk, position); // overlaps the hash below
      hash.update(bytesRead === chunk ? buffer : buffer.subarray(0, bytesRead));
      onBytes(bytesRead);
    }
    return hash.digest('hex');
  } catch (cause) {
    throw unreadable(file, cause);
  } finally {
    await handle.close();
  }
}

interface Batch {
  id: number;
  indexes: number[];
}

/** Biggest first; small files grouped so one message carries up to BATCH_BYTES / BATCH_FILES. */
export function planBatches(sizes: readonly number[]): Batch[] {
  const order = sizes.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
  const batches: Batch[] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const i of order) {
    const size = sizes[i] ?? 0;
    if (current.length > 0 && (bytes + size > BATCH_BYTES || current.length >= BATCH_FILES)) {
      batches.push({ id: batches.length, indexes: current });
      current = [];
      bytes = 0;
    }
    current.push(i);
    bytes += size;
  }
  if (current.length > 0) batches.push({ id: batches.length, indexes: current });
  return batches;
}

type WorkerReply =
  | { type: 'progress'; bytes: number }
  | { type: 'done'; batch: number; digests: string[]; bytes: number }
  | { type: 'error'; batch: number; file: string; message: string };

async function hashOnPool(
  paths: readonly string[],
  sizes: readonly number[],
  threads: number,
  chunk: number,
  report: (bytes: number, files: number) => void,
): Promise<string[]> {
  const batches = planBatches(sizes);
  const results: string[] = new Array(paths.length).fill('');
  const workers = Array.from(
    { length: Math.min(threads, batches.length) },
    () =>
      // execArgv: [] — the script is plain CommonJS; inheriting a TS loader (tsx, vitest) costs ~200 ms per worker
      new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { chunk, progressStep: PROGRESS_STEP } }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              const batch = batches[next++];
              if (batch === undefined) {
                resolve();
                return;
              }
              worker.postMessage({ batch: batch.id, files: batch.indexes.map((i) => paths[i]) });
            };
            worker.on('message', (reply: WorkerReply) => {
              if (reply.type === 'progress') {
                report(reply.bytes, 0);
                return;
              }
              if (reply.type === 'error') {
                reject(unreadable(reply.file, new Error(reply.message)));
                return;
              }
              const batch = batches[reply.batch];
              batch?.indexes.forEach((index, k) => {
                results[index] = reply.digests[k] ?? '';
              });
              report(reply.bytes, batch?.indexes.length ?? 0);
              send();
            });
            worker.on('error', (cause) =>
              reject(new CodedError('INTERNAL', `hash worker failed: ${cause.message}`, { cause })),
            );
            worker.on('exit', (code) => {
              if (code !== 0) reject(new CodedError('INTERNAL', `hash worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** The worker: CommonJS, synchronous reads into one reused buffer. Kept tiny and dependency-free. */
const WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const chunk = workerData.chunk;
const step = workerData.progressStep;
const buffer = Buffer.allocUnsafe(chunk);
let pending = 0;
function hashOne(file) {
  const fd = openSync(file, 'r');
  try {
    const hash = createHash('sha256');
    let position = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, chunk, position);
      if (n === 0) break;
      position += n;
      hash.update(n === chunk ? buffer : buffer.subarray(0, n));
      pending += n;
      if (pending >= step) {
        parentPort.postMessage({ type: 'progress', bytes: pending });
        pending = 0;
      }
    }
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}
parentPort.on('message', (msg) => {
  const digests = [];
  for (const file of msg.files) {
    try {
      digests.push(hashOne(file));
    } catch (error) {
      parentPort.postMessage({ type: 'error', batch: msg.batch, file, message: String(error && error.message) });
      return;
    }
  }
  parentPort.postMessage({ type: 'done', batch: msg.batch, digests, bytes: pending });
  pending = 0;
});
`;
