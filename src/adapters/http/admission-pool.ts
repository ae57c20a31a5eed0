/**
 * Entry admission on worker threads (issue 3 §9): JSON decoding, signature checks and canonicalization are pure
 * and CPU-bound, so the event loop hands them to `availableParallelism() - 1` workers (at least one) and keeps
 * HTTP, sequencing and SQLite to itself. Answers are exactly what admission.ts gives inline; if a worker cannot
 * start or dies, its requests (and later ones, when none is left) are admitted inline instead: slower, same result.
 *
 * How a worker finds the code: this module starts workers on ITS OWN file (`import.meta.url`) and, inside a
 * worker it recognises by `workerData`, serves admissions and then holds its top-level await forever. That works
 * from TypeScript sources (tsx, vitest: the worker registers tsx first) and from the ncc CLI bundle, where the
 * worker starts on the CLI entry and src/cli/index.ts imports this module instead of running a command when it
 * is not on the main thread (see startWorker).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CodedError } from '../../core/errors.js';
import type { AdmitOptions, AdmittedEntry } from '../../core/rekor/entry.js';
import {
  type AdmitReply,
  admitEntryBody,
  answerAdmitRequest,
  errorFromReply,
  isAdmitReply,
  isAdmitRequest,
} from './admission.js';

const WORKER_KIND = 'provlog-admission';
/** Sent once by a worker when its code has loaded; until then its share is admitted inline. */
const READY = 'ready';

function isAdmissionWorker(): boolean {
  const data: unknown = workerData;
  return !isMainThread && typeof data === 'object' && data !== null && 'kind' in data && data.kind === WORKER_KIND;
}

if (isAdmissionWorker() && parentPort !== null) {
  const port = parentPort;
  port.on('message', (message: unknown) => {
    if (!isAdmitRequest(message)) return;
    const reply = answerAdmitRequest(message);
    try {
      port.postMessage(reply);
    } catch {
      // Details that cannot be cloned (never expected): keep the code and message.
      port.postMessage(reply.ok ? reply : { id: reply.id, ok: false, code: reply.code, message: reply.message });
    }
  });
  port.postMessage(READY);
  // Hold every importer (in the bundle: the rest of the program, the CLI included) until the thread ends.
  await new Promise<never>(() => {});
}

export interface AdmissionPoolOptions {
  /** Worker threads; default availableParallelism() - 1, at least 1. 0 admits everything inline. */
  threads?: number;
  /** Most admissions waiting for a worker before QUEUE_FULL (503 + Retry-After); default 4096. */
  maxPending?: number;
}

export const DEFAULT_MAX_PENDING_ADMISSIONS = 4096;

interface Pending {
  body: Uint8Array;
  opts: AdmitOptions;
  resolve(entry: AdmittedEntry): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  inflight: Map<number, Pending>;
}

/** Entry admission spread over worker threads; `admit` behaves like admitEntryBody, asynchronously. */
export class AdmissionPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private waiting = 0;
  private closed = false;
  private readonly maxPending: number;

  constructor(options: AdmissionPoolOptions = {}) {
    const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
    this.maxPending = options.maxPending ?? DEFAULT_MAX_PENDING_ADMISSIONS;
    for (let i = 0; i < threads; i++) {
      try {
        const worker = startWorker();
        if (worker === undefined) break;
        this.slots.push(this.startSlot(worker));
      } catch {
        break; // no workers here (e.g. a restricted runtime): admit inline
      }
    }
  }

  /** Threads currently able to take work. */
  get readyThreads(): number {
    return this.slots.filter((s) => s.ready && !s.dead).length;
  }

  admit(body: Uint8Array, opts: AdmitOptions): Promise<AdmittedEntry> {
    const slot = this.pick();
    if (slot === undefined) return Promise.resolve().then(() => admitEntryBody(body, opts));
    if (this.waiting >= this.maxPending) {
      return Promise.reject(
        new CodedError('QUEUE_FULL', `${this.maxPending} entries are waiting for admission; retry shortly`, {
          details: { maxPending: this.maxPending },
        }),
      );
    }
    return new Promise<AdmittedEntry>((resolve, reject) => {
      const id = this.nextId++;
      slot.inflight.set(id, { body, opts, resolve, reject });
      this.waiting++;
      // The body is copied (not transferred): request bodies may share Node's pooled buffer memory.
      slot.worker.postMessage({ id, body, maxAttestationBytes: opts.maxAttestationBytes });
    });
  }

  /** Stops the workers; admissions still in flight finish inline. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.dead = true;
        this.finishInline(slot);
        await slot.worker.terminate();
      }),
    );
  }

  /** The ready worker with the least work, or undefined to admit inline. */
  private pick(): Slot | undefined {
    if (this.closed) return undefined;
    let best: Slot | undefined;
    for (const slot of this.slots) {
      if (!slot.ready || slot.dead) continue;
      if (best === undefined || slot.inflight.size < best.inflight.size) best = slot;
    }
    return best;
  }

  private startSlot(worker: Worker): Slot {
    const slot: Slot = { worker, ready: false, dead: false, inflight: new Map() };
    worker.unref(); // an idle pool never keeps the process alive
    worker.on('message', (message: unknown) => {
      if (message === READY) {
        slot.ready = !slot.dead;
        return;
      }
      if (!isAdmitReply(message)) return;
      this.settle(slot, message);
    });
    const fail = (): void => {
      slot.dead = true;
      this.finishInline(slot);
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    return slot;
  }

  private settle(slot: Slot, reply: AdmitReply): void {
    const job = slot.inflight.get(reply.id);
    if (job === undefined) return;
    slot.inflight.delete(reply.id);
    this.waiting--;
    if (reply.ok) job.resolve(reply.entry);
    else job.reject(errorFromReply(reply));
  }

  /** A worker is gone: what it still owed is admitted here (admission is pure, so redoing it is safe). */
  private finishInline(slot: Slot): void {
    for (const job of slot.inflight.values()) {
      this.waiting--;
      try {
        job.resolve(admitEntryBody(job.body, job.opts));
      } catch (error) {
        job.reject(error);
      }
    }
    slot.inflight.clear();
  }
}

/**
 * A worker that ends up evaluating this very module (see the header), or undefined when there is no way here.
 * - TypeScript sources (tsx, vitest): Node cannot load TypeScript itself and workers do not inherit loader
 *   hooks, so the worker registers tsx and imports this file.
 * - This module's own file (a bundle that holds it in its entry file): the file as is.
 * - The ncc CLI bundle, where `provlog serve` is a lazily loaded chunk (NNN.index.js) beside the CLI entry
 *   index.js: the worker runs the entry, which on a worker thread imports only this module (src/cli/index.ts).
 */
function startWorker(): Worker | undefined {
  const self = new URL(import.meta.url);
  const options = { workerData: { kind: WORKER_KIND } };
  if (self.pathname.endsWith('.ts')) {
    const source = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(self.href)}); })`;
    return new Worker(source, { ...options, eval: true });
  }
  if (self.protocol !== 'file:') return undefined;
  const file = fileURLToPath(self);
  if (!CHUNK_RE.test(basename(file))) return new Worker(self, options);
  const entry = join(dirname(file), 'index.js');
  return existsSync(entry) ? new Worker(pathToFileURL(entry), options) : undefined;
}

/** File names ncc gives lazily loaded chunks. */
const CHUNK_RE = /^[0-9]+\.index\.js$/;
