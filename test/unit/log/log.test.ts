import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../src/adapters/storage/memory.js';
import { fromHex, toHex } from '../../../src/core/bytes.js';
import { isCodedError } from '../../../src/core/errors.js';
import { entryId } from '../../../src/core/rekor/entry.js';
import type { LogEntryView } from '../../../src/log/log.js';
import {
  dsseEntry,
  fixedClock,
  hashedRekordEntry,
  newSigner,
  openTestLog,
  TEST_TREE_ID,
  verifyView,
} from '../../helpers/log-fixtures.js';

const client = newSigner();
const logKey = newSigner();

function codeOf(result: PromiseSettledResult<unknown>): string | undefined {
  return result.status === 'rejected' && isCodedError(result.reason) ? result.reason.code : undefined;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('TransparencyLog (memory storage)', () => {
  it('starts with a signed empty head and appends an entry that verifies like a Sigstore client checks it', async () => {
    const clock = fixedClock(1_760_000_123_456);
    const log = openTestLog(createMemoryStorage(), logKey, { clock: clock.now });
    expect(log.head().size).toBe(0);
    expect(log.origin).toBe(`127.0.0.1:3000 - ${TEST_TREE_ID}`);

    const entry = hashedRekordEntry(client, 'first artifact');
    const view = await log.add(entry);
    const checkpoint = verifyView(view, log);
    expect(checkpoint.size).toBe(1);
    expect(view.uuid).toBe(entryId(TEST_TREE_ID, entry.body));
    expect(view.entry.logIndex).toBe(0);
    expect(view.entry.integratedTime).toBe(1_760_000_123);
    expect(log.head().checkpoint).toBe(view.entry.verification.inclusionProof?.checkpoint);
  });

  it('batches concurrent adds into fewer commits, and every proof verifies against its checkpoint', async () => {
    const storage = createMemoryStorage();
    const log = openTestLog(storage, logKey, { maxBatch: 64 });
    const before = storage.commits;
    const entries = Array.from({ length: 200 }, (_, i) => hashedRekordEntry(client, `batch ${i}`));
    const views = await Promise.all(entries.map((e) => log.add(e)));
    const commits = storage.commits - before;
    expect(commits).toBeLessThan(entries.length);
    expect(commits).toBe(Math.ceil(entries.length / 64));
    expect(new Set(views.map((v) => v.entry.logIndex)).size).toBe(200);
    const sizes = new Set<number>();
    for (const view of views) sizes.add(verifyView(view, log).size);
    expect(sizes.size).toBe(commits);
    // Later reads carry a proof against the CURRENT head.
    for (const i of [0, 63, 64, 199]) {
      const again = log.entryByIndex(i);
      if (again === undefined) throw new Error('missing');
      expect(verifyView(again, log).size).toBe(200);
    }
  });

  it('rejects a re-submitted entry with DUPLICATE_ENTRY naming the existing uuid and index', async () => {
    const log = openTestLog(createMemoryStorage(), logKey);
    const entry = hashedRekordEntry(client, 'dup');
    await log.add(hashedRekordEntry(client, 'other'));
    const first = await log.add(entry);
    const error = await rejection(log.add(entry));
    expect(isCodedError(error, 'DUPLICATE_ENTRY')).toBe(true);
    if (!isCodedError(error)) throw error;
    expect(error.details).toEqual({ uuid: first.uuid, index: 1 });
    expect(log.head().size).toBe(2);
  });

  it('dedupes repeats inside one batch: one entry stored, the repeat gets DUPLICATE_ENTRY after the commit', async () => {
    const storage = createMemoryStorage();
    const log = openTestLog(storage, logKey);
    await log.add(hashedRekordEntry(client, 'pre'));
    const a = hashedRekordEntry(client, 'a');
    const b = hashedRekordEntry(client, 'b');
    const results = await Promise.allSettled([log.add(a), log.add(b), log.add(a), log.add(a)]);
    expect(results.map(codeOf)).toEqual([undefined, undefined, 'DUPLICATE_ENTRY', 'DUPLICATE_ENTRY']);
    const firstA = results[0];
    if (firstA?.status !== 'fulfilled') throw new Error('first add failed');
    const dup = results[2];
    if (dup?.status !== 'rejected' || !isCodedError(dup.reason)) throw new Error('expected duplicate');
    expect(dup.reason.details).toEqual({ uuid: firstA.value.uuid, index: 1 });
    expect(log.head().size).toBe(3);
  });

  it('rejects with QUEUE_FULL at once when more than maxPending submissions are waiting', async () => {
    const log = openTestLog(createMemoryStorage(), logKey, { maxPending: 5, maxBatch: 2 });
    const adds = Array.from({ length: 8 }, (_, i) => log.add(hashedRekordEntry(client, `q ${i}`)));
    const results = await Promise.allSettled(adds);
    expect(results.map(codeOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      ...Array(3).fill('QUEUE_FULL'),
    ]);
    expect(log.head().size).toBe(5);
    // Once the queue has drained, submissions are accepted again.
    await expect(log.add(hashedRekordEntry(client, 'later'))).resolves.toMatchObject({ entry: { logIndex: 5 } });
  });

  it('fails every add of a batch whose commit fails, leaves nothing visible, and the next batch works', async () => {
    const storage = createMemoryStorage();
    const log = openTestLog(storage, logKey);
    await log.add(hashedRekordEntry(client, 'kept'));
    const headBefore = log.head();
    const lost = dsseEntry(client, 'lost subject');
    const lost2 = hashedRekordEntry(client, 'lost 2');
    storage.failOnCommit(1);
    const results = await Promise.allSettled([log.add(lost.entry), log.add(lost2), log.add(lost2)]);
    expect(results.map(codeOf)).toEqual(['STORAGE_FAILURE', 'STORAGE_FAILURE', 'STORAGE_FAILURE']);
    expect(log.head()).toEqual(headBefore);
    expect(log.entryByIndex(1)).toBeUndefined();
    expect(log.entryByUuid(entryId(TEST_TREE_ID, lost2.body))).toBeUndefined();
    expect(log.search(`sha256:${lost.subjectDigest}`)).toEqual([]);

    const retried = await log.add(lost2);
    expect(retried.entry.logIndex).toBe(1);
    verifyView(retried, log);
    expect(log.consistencyProof(1, 2)).toHaveLength(1);
  });

  it('finds entries by index, by 64- and 80-hex uuid, and by index key (case-insensitive)', async () => {
    const log = openTestLog(createMemoryStorage(), logKey);
    const { entry, subjectDigest } = dsseEntry(client, 'subject.tar.gz');
    await log.add(hashedRekordEntry(client, 'filler'));
    const view = await log.add(entry);
    const leafHex = view.uuid.slice(16);
    expect(log.entryByUuid(leafHex)?.uuid).toBe(view.uuid);
    expect(log.entryByUuid(view.uuid.toUpperCase())?.entry.logIndex).toBe(1);
    expect(log.entryByIndex(1)?.entry.attestation?.data).toBe(Buffer.from(entry.attestation ?? []).toString('base64'));
    expect(log.search(`SHA256:${subjectDigest.toUpperCase()}`)).toEqual([view.uuid]);
    for (const key of entry.indexKeys) expect(log.search(key)).toContain(view.uuid);
    expect(log.search('sha256:0000')).toEqual([]);
    // Another tree's entry ID with the same leaf is not ours.
    expect(log.entryByUuid(`0000000000000001${leafHex}`)).toBeUndefined();
    expect(log.entryByIndex(2)).toBeUndefined();
  });

  it('rejects malformed reads with coded errors', async () => {
    const log = openTestLog(createMemoryStorage(), logKey);
    await log.add(hashedRekordEntry(client, 'x'));
    expect(() => log.entryByIndex(-1)).toThrow(expect.objectContaining({ code: 'INDEX_OUT_OF_RANGE' }));
    expect(() => log.entryByIndex(1.5)).toThrow(expect.objectContaining({ code: 'INDEX_OUT_OF_RANGE' }));
    expect(() => log.entryByUuid('xyz')).toThrow(expect.objectContaining({ code: 'ENTRY_ID_MALFORMED' }));
    expect(() => log.consistencyProof(0, 1)).toThrow(expect.objectContaining({ code: 'INDEX_OUT_OF_RANGE' }));
    expect(() => log.consistencyProof(1, 2)).toThrow(expect.objectContaining({ code: 'INDEX_OUT_OF_RANGE' }));
    expect(() => log.consistencyProof(1, 0)).toThrow(expect.objectContaining({ code: 'INDEX_OUT_OF_RANGE' }));
    expect(() => log.hashTile(0, 0)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => log.hashTile(0, 0, 2)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => log.hashTile(0, 0, 0)).toThrow(expect.objectContaining({ code: 'INDEX_OUT_OF_RANGE' }));
    expect(() => log.entryBundle(-1)).toThrow(expect.objectContaining({ code: 'INDEX_OUT_OF_RANGE' }));
    const empty = { ...hashedRekordEntry(client, 'y'), body: new Uint8Array(0) };
    await expect(log.add(empty)).rejects.toMatchObject({ code: 'ENTRY_MALFORMED' });
    const huge = { ...hashedRekordEntry(client, 'z'), body: new Uint8Array(70_000).fill(0x20) };
    await expect(log.add(huge)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses an invalid tree ID before writing anything', () => {
    const storage = createMemoryStorage();
    expect(() => openTestLog(storage, logKey, { newTreeId: () => '0' })).toThrow(
      expect.objectContaining({ code: 'INVALID_FIELD' }),
    );
    expect(storage.readMeta()).toBeUndefined();
  });

  it('close() finishes queued batches, then refuses new entries with SHUTTING_DOWN', async () => {
    const storage = createMemoryStorage();
    const log = openTestLog(storage, logKey, { maxBatch: 3 });
    const adds = Array.from({ length: 10 }, (_, i) => log.add(hashedRekordEntry(client, `drain ${i}`)));
    const closed = log.close();
    await expect(log.add(hashedRekordEntry(client, 'too late'))).rejects.toMatchObject({ code: 'SHUTTING_DOWN' });
    const views: LogEntryView[] = await Promise.all(adds);
    await closed;
    expect(views.map((v) => v.entry.logIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(() => storage.head()).toThrow(expect.objectContaining({ code: 'STORAGE_FAILURE' }));
    await expect(log.close()).resolves.toBeUndefined();
  });

  it('keeps stored bytes apart from caller buffers', async () => {
    const log = openTestLog(createMemoryStorage(), logKey);
    const entry = hashedRekordEntry(client, 'mutable');
    const view = await log.add(entry);
    entry.body.fill(0);
    const again = log.entryByIndex(0);
    expect(again?.entry.body).toBe(view.entry.body);
    expect(toHex(fromHex(view.uuid.slice(16)))).toBe(view.uuid.slice(16));
  });
});

describe('TransparencyLog over an asynchronous commit (writer-thread style storage)', () => {
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('hides a batch from every read until its commit resolves, and batches what arrives meanwhile', async () => {
    const storage = createMemoryStorage({ asyncCommitDelayMs: 30 });
    const log = openTestLog(storage, logKey);
    const { entry, subjectDigest } = dsseEntry(client, 'in flight');
    const first = log.add(entry);
    await tick();
    await tick();
    expect(storage.commits).toBe(2); // stored (initial head + this batch) but not yet acknowledged
    expect(log.head().size).toBe(0);
    expect(log.entryByIndex(0)).toBeUndefined();
    expect(log.entryByUuid(entryId(TEST_TREE_ID, entry.body))).toBeUndefined();
    expect(log.search(`sha256:${subjectDigest}`)).toEqual([]);
    const later = Array.from({ length: 20 }, (_, i) => log.add(hashedRekordEntry(client, `meanwhile ${i}`)));
    const dup = rejection(log.add(entry)); // handled now: it settles while we await the others
    verifyView(await first, log);
    const views = await Promise.all(later);
    expect(storage.commits).toBe(3); // the 20 that queued during the commit went in one batch
    for (const v of views) verifyView(v, log);
    expect(await dup).toMatchObject({ code: 'DUPLICATE_ENTRY', details: { index: 0 } });
    await log.close();
  });

  it('rejects a failed async batch with STORAGE_FAILURE and carries on', async () => {
    const storage = createMemoryStorage({ asyncCommitDelayMs: 1 });
    const log = openTestLog(storage, logKey);
    storage.failOnCommit(1);
    await expect(log.add(hashedRekordEntry(client, 'async lost'))).rejects.toMatchObject({ code: 'STORAGE_FAILURE' });
    expect(log.head().size).toBe(0);
    const view = await log.add(hashedRekordEntry(client, 'async kept'));
    expect(view.entry.logIndex).toBe(0);
    verifyView(view, log);
  });
});
