/**
 * Crash test (issue 3 §7): a child-process server under concurrent load gets SIGKILL at random moments, six
 * times. After each restart every acknowledged (201) entry is served with a valid SET, checkpoint and inclusion
 * proof, and a consistency proof from the last checkpoint seen before the crash to the new head verifies.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { fromHex } from '../../../src/core/bytes.js';
import { parsePublicKeyPem } from '../../../src/core/keys/keys.js';
import { verifyConsistency } from '../../../src/core/merkle/consistency.js';
import { parseSignedCheckpoint } from '../../../src/core/note/checkpoint.js';
import { dsseProposal, expectValidEntry, hashedRekordProposal, newKey } from './fixtures.js';

const CHILD = fileURLToPath(new URL('./child-server.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'provlog-crash-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Child {
  child: ChildProcess;
  exited: Promise<unknown>;
  url: string;
  name: string;
  treeId: string;
}

async function startChild(dataDir: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stdout = child.stdout;
  if (stdout === null) throw new Error('no stdout');
  const lines = createInterface({ input: stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready`)));
  });
  const info = JSON.parse(first) as { url: string; name: string; treeId: string };
  return { child, exited, ...info };
}

interface Seen {
  size: number;
  root: Uint8Array;
}

describe('crash safety', () => {
  it('keeps every acknowledged entry across six SIGKILLs under concurrent load', { timeout: 180_000 }, async () => {
    const dataDir = join(dir, 'data');
    const key = newKey();
    const acknowledged = new Set<string>();
    let lastSeen: Seen | undefined;
    let identity: { name: string; treeId: string } | undefined;

    for (let round = 0; round < 6; round++) {
      const server = await startChild(dataDir);
      identity ??= { name: server.name, treeId: server.treeId };
      expect(server.name).toBe(identity.name); // the identity survives restarts on new ports
      const client = new RekorClient({ baseUrl: server.url, retries: 0, timeoutMs: 10_000 });
      const logKey = parsePublicKeyPem(await client.getPublicKey());

      // 1. Everything acknowledged before the crash is there, with valid proofs at the new head.
      const head = await client.getLogInfo();
      if (lastSeen !== undefined) {
        expect(head.treeSize).toBeGreaterThanOrEqual(lastSeen.size);
        const proof = await client.getConsistencyProof(lastSeen.size, head.treeSize);
        verifyConsistency(lastSeen.size, head.treeSize, proof.hashes, lastSeen.root, head.rootHash);
      }
      for (const uuid of acknowledged) {
        const got = await client.getEntryByUuid(uuid);
        if (got === undefined) throw new Error(`acknowledged entry ${uuid} lost in round ${round}`);
        expectValidEntry(got.uuid, got.entry, logKey, identity.name, identity.treeId);
      }

      // 2. Load: 24 concurrent writers until the SIGKILL at a random moment.
      let stop = false;
      const writer = async (w: number): Promise<void> => {
        while (!stop) {
          const proposal = w % 2 === 0 ? dsseProposal(key) : hashedRekordProposal(key).proposed;
          try {
            const created = await client.createEntry(proposal);
            acknowledged.add(created.uuid);
            const proof = created.entry.verification.inclusionProof;
            if (proof !== undefined && (lastSeen === undefined || proof.treeSize > lastSeen.size)) {
              const { checkpoint } = parseSignedCheckpoint(proof.checkpoint);
              lastSeen = { size: checkpoint.size, root: fromHex(proof.rootHash) };
            }
          } catch {
            return; // the server died mid-request: not acknowledged, so nothing is promised
          }
        }
      };
      const writers = Array.from({ length: 24 }, (_, w) => writer(w));
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 600));
      server.child.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      await server.exited;
    }
    expect(acknowledged.size).toBeGreaterThan(50);

    // Final restart: the last round's acknowledgements are checked too.
    const server = await startChild(dataDir);
    const client = new RekorClient({ baseUrl: server.url, retries: 0 });
    const logKey = parsePublicKeyPem(await client.getPublicKey());
    const head = await client.getLogInfo();
    if (lastSeen === undefined || identity === undefined) throw new Error('no checkpoint was ever seen');
    const proof = await client.getConsistencyProof(lastSeen.size, head.treeSize);
    verifyConsistency(lastSeen.size, head.treeSize, proof.hashes, lastSeen.root, head.rootHash);
    for (const uuid of acknowledged) {
      const got = await client.getEntryByUuid(uuid);
      if (got === undefined) throw new Error(`acknowledged entry ${uuid} lost`);
      expectValidEntry(got.uuid, got.entry, logKey, identity.name, identity.treeId);
    }
    server.child.kill('SIGTERM');
    await server.exited;
  });
});
