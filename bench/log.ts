/**
 * `npm run bench:log` (issue 3 §9): the log server under load, measured from a separate process over real HTTP.
 *
 *   0. reference: a plain node:http server that answers 201 without doing anything, driven by the same
 *      generator, so the appends/s below can be read against what this box and generator allow at all;
 *   1. durable appends/s: 64 concurrent keep-alive clients posting signed dsse entries (generated up front);
 *   2. submit -> 201 latency p50/p99 at 1,000 submissions/s offered (open loop: latency counts from the
 *      scheduled send time, so a stalled server cannot hide queueing);
 *   Each fresh server (0-2) first gets a closed-loop warm-up of WARMUP entries that is not counted: the log runs
 *   from TypeScript here (tsx), so its admission threads compile the sources first, which the bundle never does;
 *   3. inclusion-proof GET (entry by index) p50/p99 at 10^4, 10^5, 10^6 entries, pre-filled through the storage
 *      layer (prefillForBenchmark: synthetic entries, no SETs), bytes on disk per entry, server RSS.
 *
 * Flags: --sizes 10000,100000,1000000  --seconds 10  --throughput-only  --from-source  --json (JSON only). Prints a markdown
 * table, then the JSON, and writes the JSON to bench/results/log-<timestamp>.json.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePrivateKeyPem, signerFromPem } from '../src/adapters/crypto/node-signer.js';
import { prefillForBenchmark } from '../src/adapters/storage/prefill.js';
import { openSqliteStorage } from '../src/adapters/storage/sqlite.js';
import { formatEnvelope, signEnvelope } from '../src/core/dsse/envelope.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../src/core/intoto/statement.js';
import { formatPublicKeyPem } from '../src/core/keys/keys.js';
import { proposeDsseEntry } from '../src/core/rekor/dsse.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHILD = fileURLToPath(new URL('../test/integration/server/child-server.ts', import.meta.url));
/** What ships: the built CLI. `--from-source` runs the TypeScript sources through tsx instead. */
const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const KEY_FILE = 'log-key.pem';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    seconds: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    'throughput-only': { type: 'boolean', default: false },
    'from-source': { type: 'boolean', default: false },
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

/** What the reference server does: read the body, answer 201 with a tiny JSON body, nothing else. */
const REFERENCE_SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(201, { 'content-type': 'application/json' }); res.end('{}'); });
});
server.keepAliveTimeout = 10000;
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port })));
process.on('SIGTERM', () => process.exit(0));
`;

async function startServer(dataDir: string | undefined): Promise<Child> {
  const fromDist = dataDir !== undefined && !values['from-source'] && existsSync(CLI);
  const args =
    dataDir === undefined
      ? ['-e', REFERENCE_SERVER]
      : fromDist
        ? [CLI, 'serve', '--data', dataDir, '--port', '0']
        : ['--import', 'tsx', CHILD, dataDir, '0'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stdout = child.stdout;
  if (stdout === null) throw new Error('no stdout');
  const line = await new Promise<string>((resolve) => createInterface({ input: stdout }).once('line', resolve));
  // `provlog serve` prints "provlog serve: listening on URL"; the reference and source servers print JSON.
  const url = fromDist ? (/listening on (\S+)/.exec(line)?.[1] ?? '') : (JSON.parse(line) as { url: string }).url;
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

/** 64 keep-alive clients posting `proposals` for `seconds` (or until they run out). */
async function drive(
  url: string,
  proposals: string[],
  until: number,
): Promise<{ ok: number; other: number; elapsed: number; batches: Set<string> }> {
  let next = 0;
  let ok = 0;
  let other = 0;
  const batches = new Set<string>();
  const started = Date.now();
  const worker = async (): Promise<void> => {
    while (Date.now() < until && next < proposals.length) {
      const body = proposals[next++];
      const res = await send(url, 'POST', '/api/v1/log/entries', body);
      if (res.status === 201) {
        ok++;
        // Entries committed together share the tree size of their batch's checkpoint.
        const size = /"treeSize":(\d+)/.exec(res.text)?.[1];
        if (size !== undefined) batches.add(size);
      } else other++;
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  return { ok, other, elapsed: (Date.now() - started) / 1000, batches };
}

/** The same generator against a server that does nothing: the ceiling of this box and this generator. */
async function reference(warmup: string[], proposals: string[]): Promise<Record<string, number>> {
  const server = await startServer(undefined);
  await drive(server.url, warmup, Number.POSITIVE_INFINITY);
  const { ok, elapsed } = await drive(server.url, proposals, Date.now() + seconds * 1000);
  await stopServer(server);
  return { requestsPerSecond: ok / elapsed, seconds: elapsed };
}

async function throughput(warmup: string[], proposals: string[]): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'provlog-bench-'));
  const server = await startServer(dir);
  // Not counted: JIT, the admission threads loading (from TypeScript here, which the bundle does not need).
  const warm = await drive(server.url, warmup, Number.POSITIVE_INFINITY);
  const { ok, other, elapsed, batches } = await drive(server.url, proposals, Date.now() + seconds * 1000);
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
    bytesPerEntry: bytes / (ok + warm.ok), // the warm-up entries are on disk too
    rssMb: rss,
  };
}

async function latency(warmup: string[], proposals: string[], rate: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'provlog-bench-'));
  const server = await startServer(dir);
  await drive(server.url, warmup, Number.POSITIVE_INFINITY); // JIT, admission threads, SQLite cache
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

/** Grows the log in `dir` to `target` entries through the storage layer, signed with the server's key and name. */
function prefill(dir: string, target: number): void {
  const storage = openSqliteStorage(dir);
  try {
    const signer = signerFromPem(readFileSync(join(dir, KEY_FILE), 'utf8'));
    const { name } = JSON.parse(readFileSync(join(dir, 'log.json'), 'utf8')) as { name: string };
    const size = storage.head()?.size ?? 0;
    prefillForBenchmark(storage, target - size, { signer, name, treeId: '1', signSets: false, batchSize: 20_000 });
  } finally {
    storage.close();
  }
}

async function proofReads(sizesToTest: number[]): Promise<Record<string, number>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'provlog-bench-prefill-'));
  // First start creates the key and identity; the prefill then reuses that key so the server accepts the head.
  await stopServer(await startServer(dir));
  const rows: Record<string, number>[] = [];
  for (const size of sizesToTest) {
    const t0 = Date.now();
    prefill(dir, size);
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

/** Entries sent closed-loop to each fresh server before anything is timed. */
const WARMUP = 3000;

const fmt = (n: number | undefined, digits = 1): string =>
  n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits);

const loadBefore = loadavg();
log(`generating ${4000 * seconds + WARMUP} signed dsse entries...`);
const warmup = generateProposals(WARMUP);
const proposals = generateProposals(4000 * seconds);
log('0/3 reference: plain node:http server, same generator...');
const ref = await reference(warmup, proposals);
log('1/3 throughput (64 keep-alive clients)...');
const tp = await throughput(warmup, proposals);
log('2/3 latency at 1,000/s offered...');
const lat = values['throughput-only']
  ? { offeredPerSecond: 1000, requests: 0, failures: 0, p50Ms: Number.NaN, p99Ms: Number.NaN }
  : await latency(warmup, proposals, 1000); // a fresh log: the same entries are new to it
log('3/3 proof GETs at growing sizes...');
const reads = await proofReads(sizes);
agent.destroy();

const result = {
  reference: ref,
  throughput: tp,
  latencyAt1000: lat,
  proofReads: reads,
  node: process.version,
  cpus: cpus().length,
  loadAverage: { before: loadBefore, after: loadavg() },
};
if (!values.json) {
  const lines = [
    '| measure | value | goal |',
    '| --- | --- | --- |',
    `| reference: plain node:http server, same generator (requests/s) | ${fmt(ref.requestsPerSecond, 0)} | |`,
    `| durable dsse appends/s (64 keep-alive clients, ${fmt(tp.seconds)} s) | ${fmt(tp.appendsPerSecond, 0)} | >= 3000 |`,
    `| mean entries per commit during that run | ${fmt(tp.meanBatchSize)} | |`,
    `| bytes on disk per dsse entry (with attestation) | ${fmt(tp.bytesPerEntry, 0)} | |`,
    `| server RSS after the throughput run | ${fmt(tp.rssMb, 0)} MB | |`,
    `| submit->201 p50 / p99 at 1,000/s offered | ${fmt(lat.p50Ms)} / ${fmt(lat.p99Ms)} ms (${lat.failures} failed) | p99 <= 100 ms |`,
    ...reads.map(
      (r) =>
        `| proof GET p50 / p99 at ${r.entries} entries | ${fmt(r.proofGetP50Ms, 2)} / ${fmt(r.proofGetP99Ms, 2)} ms; RSS ${fmt(r.rssMb, 0)} MB; ${fmt(r.bytesPerEntry, 0)} B/entry | p99 <= 5 ms, RSS <= 300 MB |`,
    ),
    `| load average (1/5/15 min) before / after | ${loadBefore.map((l) => l.toFixed(2)).join(' ')} / ${result.loadAverage.after.map((l) => l.toFixed(2)).join(' ')} | |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
const json = JSON.stringify(result, null, 2);
const resultsDir = join(ROOT, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const resultFile = join(resultsDir, `log-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(resultFile, `${json}\n`);
process.stdout.write(`${json}\n`);
log(`written to ${resultFile}`);
