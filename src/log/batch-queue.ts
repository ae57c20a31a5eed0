/**
 * Group commit's queue: submissions wait here; the consumer takes up to `maxBatch` at a time. Batches start
 * from `setImmediate`, i.e. after pending I/O callbacks have run, so requests that arrived while one batch was
 * being committed all join the next one (one fsync for many entries). The queue is bounded: past `maxPending`
 * waiting jobs a submission fails at once with QUEUE_FULL (the HTTP layer answers 503 + Retry-After) instead of
 * letting memory and latency grow without limit.
 */
import { CodedError } from '../core/errors.js';

export interface Job<T, R> {
  readonly item: T;
  resolve(value: R): void;
  reject(error: unknown): void;
}

export type BatchProcessor<T, R> = (jobs: Job<T, R>[]) => void | Promise<void>;

export interface BatchQueueOptions {
  maxBatch: number;
  maxPending: number;
}

export class BatchQueue<T, R> {
  private pending: Job<T, R>[] = [];
  private scheduled = false;
  private busy = false;
  private closing = false;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly process: BatchProcessor<T, R>,
    private readonly opts: BatchQueueOptions,
  ) {
    for (const [name, value] of [
      ['maxBatch', opts.maxBatch],
      ['maxPending', opts.maxPending],
    ] as const) {
      if (!Number.isSafeInteger(value) || value < 1) {
        throw new CodedError('INVALID_FIELD', `${name} must be a positive integer`, { details: { path: name } });
      }
    }
  }

  submit(item: T): Promise<R> {
    if (this.closing) {
      return Promise.reject(new CodedError('SHUTTING_DOWN', 'the log is shutting down and accepts no new entries'));
    }
    if (this.pending.length >= this.opts.maxPending) {
      return Promise.reject(
        new CodedError(
          'QUEUE_FULL',
          `the write queue is full (${this.opts.maxPending} entries waiting); retry shortly`,
          {
            details: { maxPending: this.opts.maxPending },
          },
        ),
      );
    }
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Stops accepting; resolves once every job already queued has been processed. */
  close(): Promise<void> {
    this.closing = true;
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return !this.busy && !this.scheduled && this.pending.length === 0;
  }

  private schedule(): void {
    if (this.scheduled || this.busy) return;
    this.scheduled = true;
    setImmediate(() => {
      void this.runBatch();
    });
  }

  private async runBatch(): Promise<void> {
    this.scheduled = false;
    this.busy = true;
    const batch = this.pending.splice(0, this.opts.maxBatch);
    try {
      await this.process(batch);
    } catch (error) {
      // The processor settles its jobs; this only catches its bugs. Settling twice is a no-op.
      for (const job of batch) job.reject(error);
    } finally {
      this.busy = false;
      if (this.pending.length > 0) this.schedule();
      else if (this.isIdle()) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }
}
