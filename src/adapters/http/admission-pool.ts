/**
 * Admission on worker threads (issue 3 §9, issue 11 §2): decoding proposed entries, checking their signatures and
 * canonicalizing them is pure and CPU-bound, so the event loop hands every such request (POSTed entries and the
 * proposed entries of a retrieve) to worker threads and keeps HTTP, sequencing and SQLite to itself. Answers are
 * exactly what admission.ts gives inline.
 *
 * Bounded: each worker runs one request at a time, with a time budget from the moment it starts; a request over
 * budget is answered ADMISSION_TIMEOUT (503) and its worker is terminated and replaced, so a stuck or slow
 * request never holds a worker, and the others keep serving. With two workers or more, one only takes small
 * requests (bodies up to SMALL_REQUEST_BYTES, whose admission is cheap whatever they hold), so large requests,
 * the only ones that can be slow, never hold every worker. Requests wait in a FIFO queue of at most maxPending
 * (QUEUE_FULL past it); as each runs for at most the budget, the wait is bounded too. Only a pool that has no
 * worker at all (threads: 0, or none could start here) admits inline, on the caller's thread.
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
  type AdmitRequest,
  answerAdmitRequest,
  errorFromReply,
  isAdmitReply,
  isAdmitRequest,
  type SearchPlan,
} from './admission.js';

const WORKER_KIND = 'provlog-admission';
/** Sent once by a worker when its code has loaded; until then it is given no work. */
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
  /** Worker threads; default availableParallelism() - 1, at least 2 (one slow request never holds them all). */
  threads?: number;
  /** Most requests waiting for a worker before QUEUE_FULL (503 + Retry-After); default 4096. */
  maxPending?: number;
  /** Milliseconds one request may run on a worker; default 2000. */
  timeoutMs?: number;
}

export const DEFAULT_MAX_PENDING_ADMISSIONS = 4096;
/** The longest ready() waits for workers to load. */
const READY_WAIT_MS = 30_000;
/**
 * The most expensive request the limits allow (8 x 8 signature checks over a PAE near the 4 MiB body cap, or
 * ten such entries in one retrieve) takes well under a second on one core; 2 s leaves room for a loaded host.
 */
export const DEFAULT_ADMISSION_TIMEOUT_MS = 2000;

type Job =
  | { job: 'entry'; body: Uint8Array; opts: AdmitOptions }
  | { job: 'entry-v2'; body: Uint8Array }
  | { job: 'search'; body: Uint8Array };

interface Pending {
  job: Job;
  resolve(reply: AdmitReply): void;
}

/**
 * Bodies up to this size are "small": a sigstore-style entry is 2-10 KiB, and within the limits (limits.ts) even
 * the costliest small entry needs only milliseconds.
 */
export const SMALL_REQUEST_BYTES = 64 * 1024;

interface Slot {
  worker: Worker;
  /** Takes only small requests (the lane that keeps small entries moving while large ones run). */
  smallOnly: boolean;
  ready: boolean;
  dead: boolean;
  /** The request it is running, with its budget timer. */
  current?: { id: number; pending: Pending; timer: NodeJS.Timeout };
}

/** Entry admission spread over worker threads; `admit` behaves like admitEntryBody, asynchronously. */
export class AdmissionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly maxPending: number;
  private readonly timeoutMs: number;

  constructor(options: AdmissionPoolOptions = {}) {
    const threads = options.threads ?? Math.max(2, availableParallelism() - 1);
    this.maxPending = options.maxPending ?? DEFAULT_MAX_PENDING_ADMISSIONS;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_ADMISSION_TIMEOUT_MS;
    for (let i = 0; i < threads; i++) {
      if (!this.addSlot(threads >= 2 && i === threads - 1)) break;
    }
  }

  /**
   * Resolves once every worker started by the constructor has loaded or failed, so a server can start serving
   * with its admission capacity in place (workers load in ~0.1 s from the bundle, ~1 s from TypeScript sources).
   */
  ready(): Promise<void> {
    const starting = this.slots.filter((s) => !s.ready && !s.dead);
    let timer: NodeJS.Timeout | undefined;
    // A worker that neither loads nor fails does not hold start-up forever; requests then wait for it.
    const giveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, READY_WAIT_MS);
      timer.unref();
    });
    const loaded = Promise.all(
      starting.map(
        (slot) =>
          new Promise<void>((resolve) => {
            const done = (): void => resolve();
            slot.worker.once('message', done);
            slot.worker.once('exit', done);
            slot.worker.once('error', done);
          }),
      ),
    );
    return Promise.race([loaded, giveUp]).then(() => clearTimeout(timer));
  }

  /** Threads currently able to take work. */
  get readyThreads(): number {
    return this.slots.filter((s) => s.ready && !s.dead).length;
  }

  admit(body: Uint8Array, opts: AdmitOptions): Promise<AdmittedEntry> {
    return this.run({ job: 'entry', body, opts }).then((reply) => {
      if (!reply.ok) throw errorFromReply(reply);
      if (!('entry' in reply)) throw new CodedError('INTERNAL', 'admission worker answered another request kind');
      return reply.entry;
    });
  }

  /** admitV2EntryBody off the event loop (Rekor v2 writes). */
  admitV2(body: Uint8Array): Promise<AdmittedEntry> {
    return this.run({ job: 'entry-v2', body }).then((reply) => {
      if (!reply.ok) throw errorFromReply(reply);
      if (!('entry' in reply)) throw new CodedError('INTERNAL', 'admission worker answered another request kind');
      return reply.entry;
    });
  }

  /** planSearchBody off the event loop. */
  planSearch(body: Uint8Array): Promise<SearchPlan> {
    return this.run({ job: 'search', body }).then((reply) => {
      if (!reply.ok) throw errorFromReply(reply);
      if (!('plan' in reply)) throw new CodedError('INTERNAL', 'admission worker answered another request kind');
      return reply.plan;
    });
  }

  /** Stops the workers; requests still queued or running are admitted inline. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.dead = true;
      const current = slot.current;
      if (current !== undefined) {
        clearTimeout(current.timer);
        slot.current = undefined;
        this.queue.unshift(current.pending);
      }
    }
    for (const pending of this.queue.splice(0)) pending.resolve(answerInline(pending.job, 0));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private run(job: Job): Promise<AdmitReply> {
    if (this.closed || this.slots.length === 0) return Promise.resolve().then(() => answerInline(job, 0));
    const running = this.slots.filter((s) => s.current !== undefined).length;
    if (this.queue.length + running >= this.maxPending) {
      return Promise.reject(
        new CodedError('QUEUE_FULL', `${this.maxPending} entries are waiting for admission; retry shortly`, {
          details: { maxPending: this.maxPending },
        }),
      );
    }
    return new Promise<AdmitReply>((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  /** Hands queued requests to idle ready workers, oldest first (the small lane: the oldest small one). */
  private dispatch(): void {
    // Should every general worker be gone (one that fails to load is not replaced), the lane takes anything.
    const lanes = this.slots.some((s) => !s.smallOnly);
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.dead || slot.current !== undefined) continue;
      const small = lanes && slot.smallOnly;
      const index = small ? this.queue.findIndex((p) => p.job.body.byteLength <= SMALL_REQUEST_BYTES) : 0;
      const [pending] = index < 0 ? [] : this.queue.splice(index, 1);
      if (pending !== undefined) this.start(slot, pending);
    }
  }

  private start(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    const timer = setTimeout(() => this.overBudget(slot), this.timeoutMs);
    slot.current = { id, pending, timer };
    const { job } = pending;
    // The body is copied (not transferred): request bodies may share Node's pooled buffer memory.
    slot.worker.postMessage(wireRequest(job, id));
  }

  /** The running request took longer than its budget: answer it, and replace the worker that is stuck on it. */
  private overBudget(slot: Slot): void {
    const current = slot.current;
    if (current === undefined) return;
    slot.current = undefined;
    current.pending.resolve(timeoutReply(current.id, this.timeoutMs, 'admitting this request'));
    this.retire(slot);
    this.addSlot(slot.smallOnly);
    this.afterSlotsChanged();
  }

  /** Starts a worker in a new slot; false when none can start here. */
  private addSlot(smallOnly: boolean): boolean {
    if (this.closed) return false;
    let worker: Worker | undefined;
    try {
      worker = startWorker();
    } catch {
      worker = undefined; // no workers here (e.g. a restricted runtime)
    }
    if (worker === undefined) return false;
    const slot: Slot = { worker, smallOnly, ready: false, dead: false };
    this.slots.push(slot);
    worker.unref(); // an idle pool never keeps the process alive
    worker.on('message', (message: unknown) => {
      if (slot.dead) return;
      if (message === READY) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      if (!isAdmitReply(message) || slot.current?.id !== message.id) return;
      const { pending, timer } = slot.current;
      clearTimeout(timer);
      slot.current = undefined;
      pending.resolve(message);
      this.dispatch();
    });
    const fail = (): void => {
      if (slot.dead) return;
      const current = slot.current;
      slot.current = undefined;
      // A worker that dies on a request (never expected: admission throws only CodedErrors) fails that request
      // rather than retrying it on the next worker; one that dies before it is ready is not replaced.
      if (current !== undefined) {
        clearTimeout(current.timer);
        current.pending.resolve({ id: current.id, ok: false, code: 'INTERNAL', message: 'admission worker stopped' });
      }
      const wasReady = slot.ready;
      this.retire(slot);
      if (wasReady) this.addSlot(slot.smallOnly);
      this.afterSlotsChanged();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    return true;
  }

  private retire(slot: Slot): void {
    slot.dead = true;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
  }

  /** With no worker left at all, what is queued is admitted inline (as a pool without threads does). */
  private afterSlotsChanged(): void {
    if (this.slots.length > 0) {
      this.dispatch();
      return;
    }
    for (const pending of this.queue.splice(0)) pending.resolve(answerInline(pending.job, 0));
  }
}

function wireRequest(job: Job, id: number): AdmitRequest {
  return job.job === 'entry'
    ? { id, job: 'entry', body: job.body, maxAttestationBytes: job.opts.maxAttestationBytes }
    : { id, job: job.job, body: job.body };
}

function answerInline(job: Job, id: number): AdmitReply {
  return answerAdmitRequest(wireRequest(job, id));
}

function timeoutReply(id: number, timeoutMs: number, what: string): AdmitReply {
  return {
    id,
    ok: false,
    code: 'ADMISSION_TIMEOUT',
    message: `${what} took longer than the server's ${timeoutMs} ms budget; retry later, or send a smaller entry`,
    details: { timeoutMs },
  };
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
