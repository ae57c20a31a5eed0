/**
 * `npm run bench:log` (issue 3 §9): the log server under load, measured from a separate process over real HTTP.
 *
 *   1. durable appends/s: 64 concurrent keep-alive clients posting signed dsse entries (generated up front);
 *   2. submit -> 201 latency p50/p99 at 1,000 submissions/s offered (open loop: latency counts from the
 *      scheduled send time, so a stalled server cannot hide queueing);
 *   3. inclusion-proof GET (entry by index) p50/p99 at 10^4, 10^5, 10^6 entries (pre-filled through the log and
 *      its SQLite storage, not over HTTP), bytes on disk per entry, server RSS.
 *
 * Flags: --sizes 10000,100000,1000000  --seconds 10  --throughput-only  --json (JSON only). Prints a table, then
 * the JSON.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePrivateKeyPem, signerFromPem } from '../src/adapters/crypto/node-signer.js';
import { openSqliteStorage } from '../src/adapters/storage/sqlite.js';
import { formatEnvelope, signEnvelope } from '../src/core/dsse/envelope.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../src/core/intoto/statement.js';
import { canonicalJsonBytes } from '../src/core/json/canonical.js';
import { formatPublicKeyPem } from '../src/core/keys/keys.js';
import { proposeDsseEntry } from '../src/core/rekor/dsse.js';
import type { AdmittedEntry } from '../src/core/rekor/entry.js';
import { TransparencyLog } from '../src/log/log.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHILD = fileURLToPath(new URL('../test/integration/server/child-server.ts', import.meta.url));
const KEY_FILE = 'log-key.pem';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    seconds: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    'throughput-only': { type: 'boolean', default: false },
  },
});
const sizes = values['throughput-only']
  ? []
  : String(values.sizes)
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
const seconds = Number(values.seconds);
const log = (s: string): void => {
  if (!values.json) process.stderr.write(`${s}\n`);
};

interface Child {
  child: ChildProcess;
  url: string;
  exited: Promise<unknown>;
}

async function startServer(dataDir: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stdout = child.stdout;
  if (stdout === null) throw new Error('no stdout');
  const line = await new Promise<string>((resolve) => createInterface({ input: stdout }).once('line', resolve));
  const { url } = JSON.parse(line) as { url: string };
  return { child, url, exited };
}

async function stopServer(c: Child): Promise<void> {
  c.child.kill('SIGTERM');
  await c.exited;
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function send(url: string, method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method, agent, headers: body ? { 'content-type': 'application/json' } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Signed dsse ProposedEntries (each a fresh statement), JSON text ready to POST. */
function generateProposals(n: number): string[] {
  const signer = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
  const pem = formatPublicKeyPem(signer.publicKey);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const statement = buildStatement(
      [{ name: `artifact-${i}.tar.gz`, digest: { sha256: randomBytes(32).toString('hex') } }],
      'https://slsa.dev/provenance/v1',
      { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' }, runDetails: {} },
    );
    const envelope = signEnvelope(IN_TOTO_PAYLOAD_TYPE, serializeStatement(statement), signer);
    out.push(JSON.stringify(proposeDsseEntry(formatEnvelope(envelope), pem)));
  }
  return out;
}

async function throughput(proposals: string[]): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'provlog-bench-'));
  const server = await startServer(dir);
  let next = 0;
  let ok = 0;
  let other = 0;
  const batches = new Set<string>();
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline && next < proposals.length) {
      const body = proposals[next++];
      const res = await send(server.url, 'POST', '/api/v1/log/entries', body);
      if (res.status === 201) {
        ok++;
        // Entries committed together share the tree size of their batch's checkpoint.
        const size = /"treeSize":(\d+)/.exec(res.text)?.[1];
        if (size !== undefined) batches.add(size);
      } else other++;
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  const elapsed = (Date.now() - started) / 1000;
  const rss = rssMb(server.child.pid);
  await stopServer(server);
  const bytes = dirBytes(dir);
  rmSync(dir, { recursive: true, force: true });
  return {
    appendsPerSecond: ok / elapsed,
    acknowledged: ok,
    rejected: other,
    seconds: elapsed,
    meanBatchSize: ok / batches.size,
    bytesPerEntry: bytes / ok,
    rssMb: rss,
  };
}

async function latency(proposals: string[], rate: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'provlog-bench-'));
  const server = await startServer(dir);
  const total = Math.min(proposals.length, rate * seconds);
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; ) {
    const now = performance.now();
    // Launch every request whose scheduled time has come; latency counts from the schedule, not the launch.
    while (i < total && start + (i * 1000) / rate <= now) {
      const scheduled = start + (i * 1000) / rate;
      const body = proposals[i++];
      inflight.push(
        send(server.url, 'POST', '/api/v1/log/entries', body).then((res) => {
          if (res.status === 201) latencies.push(performance.now() - scheduled);
          else failures++;
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inflight);
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  return {
    offeredPerSecond: rate,
    requests: total,
    failures,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

/** Synthetic dsse-shaped canonical bodies (the size of a real one) appended through the log and SQLite. */
async function prefill(dir: string, target: number): Promise<void> {
  const storage = openSqliteStorage(dir);
  const signer = signerFromPem(readFileSync(join(dir, KEY_FILE), 'utf8'));
  const tlog = TransparencyLog.open({
    storage,
    signer,
    name: 'bench',
    clock: () => Date.now(),
    newTreeId: () => '1',
    maxBatch: 4096,
    maxPending: 8192,
  });
  const verifier = Buffer.from(formatPublicKeyPem(signer.publicKey)).toString('base64');
  let size = tlog.head().size;
  while (size < target) {
    const n = Math.min(4096, target - size);
    const adds: Promise<unknown>[] = [];
    for (let i = 0; i < n; i++) {
      const digest = randomBytes(32).toString('hex');
      const entry: AdmittedEntry = {
        kind: 'dsse',
        apiVersion: '0.0.1',
        body: canonicalJsonBytes({
          apiVersion: '0.0.1',
          kind: 'dsse',
          spec: {
            envelopeHash: { algorithm: 'sha256', value: randomBytes(32).toString('hex') },
            payloadHash: { algorithm: 'sha256', value: digest },
            signatures: [{ signature: randomBytes(71).toString('base64'), verifier }],
          },
        }),
        indexKeys: [`sha256:${digest}`],
      };
      adds.push(tlog.add(entry));
    }
    await Promise.all(adds);
    size += n;
  }
  await tlog.close();
}

async function proofReads(sizesToTest: number[]): Promise<Record<string, number>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'provlog-bench-prefill-'));
  // First start creates the key and identity; the prefill then reuses that key so the server accepts the head.
  await stopServer(await startServer(dir));
  const rows: Record<string, number>[] = [];
  for (const size of sizesToTest) {
    const t0 = Date.now();
    await prefill(dir, size);
    log(`  prefilled ${size} entries (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    const server = await startServer(dir);
    const times: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const index = Math.floor(Math.random() * size);
      const t = performance.now();
      const res = await send(server.url, 'GET', `/api/v1/log/entries?logIndex=${index}`);
      if (res.status !== 200) throw new Error(`GET ${index}: ${res.status}`);
      if (i >= 200) times.push(performance.now() - t); // first 200: warm-up
    }
    times.sort((a, b) => a - b);
    rows.push({
      entries: size,
      proofGetP50Ms: percentile(times, 50),
      proofGetP99Ms: percentile(times, 99),
      rssMb: rssMb(server.child.pid),
      bytesPerEntry: dirBytes(dir) / size,
    });
    await stopServer(server);
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

const fmt = (n: number | undefined, digits = 1): string =>
  n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits);

log(`generating ${Math.max(4000 * seconds, 1000 * seconds)} signed dsse entries...`);
const proposals = generateProposals(Math.max(4000 * seconds, 1000 * seconds));
log('1/3 throughput (64 keep-alive clients)...');
const tp = await throughput(proposals);
log('2/3 latency at 1,000/s offered...');
const lat = values['throughput-only']
  ? { offeredPerSecond: 1000, requests: 0, failures: 0, p50Ms: Number.NaN, p99Ms: Number.NaN }
  : await latency(generateProposals(1000 * seconds), 1000);
log('3/3 proof GETs at growing sizes...');
const reads = await proofReads(sizes);
agent.destroy();

const result = {
  throughput: tp,
  latencyAt1000: lat,
  proofReads: reads,
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
};
if (!values.json) {
  const lines = [
    '| measure | value | goal |',
    '| --- | --- | --- |',
    `| durable dsse appends/s (64 keep-alive clients, ${fmt(tp.seconds)} s) | ${fmt(tp.appendsPerSecond, 0)} | >= 3000 |`,
    `| mean entries per commit during that run | ${fmt(tp.meanBatchSize)} | |`,
    `| bytes on disk per dsse entry (with attestation) | ${fmt(tp.bytesPerEntry, 0)} | |`,
    `| submit->201 p50 / p99 at 1,000/s offered | ${fmt(lat.p50Ms)} / ${fmt(lat.p99Ms)} ms (${lat.failures} failed) | p99 <= 100 ms |`,
    ...reads.map(
      (r) =>
        `| proof GET p50 / p99 at ${r.entries} entries | ${fmt(r.proofGetP50Ms, 2)} / ${fmt(r.proofGetP99Ms, 2)} ms; RSS ${fmt(r.rssMb, 0)} MB; ${fmt(r.bytesPerEntry, 0)} B/entry | p99 <= 5 ms, RSS <= 300 MB |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
