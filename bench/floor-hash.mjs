// The floor for `provlog attest` on this machine (bench/attest-hash.ts): a bare node process that only hashes
// the files named on the command line on os.availableParallelism() worker threads and exits. Same I/O as
// src/adapters/files/hash.ts (synchronous 4 MiB reads per worker); no arguments, signing, log or output.
import os from 'node:os';
import { Worker } from 'node:worker_threads';

const files = process.argv.slice(2);
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(4 << 20);
parentPort.on('message', (batch) => {
  parentPort.postMessage(batch.map((file) => {
    const fd = openSync(file, 'r');
    const hash = createHash('sha256');
    for (let position = 0; ; ) {
      const n = readSync(fd, buffer, 0, buffer.length, position);
      if (n === 0) break;
      position += n;
      hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
    }
    closeSync(fd);
    return hash.digest('hex');
  }));
});`;

let next = 0;
await Promise.all(
  Array.from(
    { length: os.availableParallelism() },
    () =>
      new Promise((done) => {
        const worker = new Worker(WORKER, { eval: true });
        const send = () => {
          if (next >= files.length) {
            void worker.terminate().then(done);
            return;
          }
          worker.postMessage(files.slice(next, next + 16));
          next += 16;
        };
        worker.on('message', send);
        send();
      }),
  ),
);
