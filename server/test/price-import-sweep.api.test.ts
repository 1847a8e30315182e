import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { createDb } from '../src/db/knex';
import { importTuning, sweepImports } from '../src/modules/imports/price-import.service';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

const header = 'SKU,Channel,Price,Effective from';
const mapping = { sku: 'SKU', channel: 'Channel', price: 'Price', effective_from: 'Effective from' };
const defaults = { ...importTuning };
const DAY = 24 * 60 * 60 * 1000;

function sheet(rows: number, startDay: number): Buffer {
  const lines = Array.from({ length: rows }, (_, i) => `IBU-20,DIST,12.50,${new Date(Date.UTC(2031, 0, startDay + i)).toISOString().slice(0, 10)}`);
  return Buffer.from(`${header}\n${lines.join('\n')}\n`);
}

describe.each(databases)('price import housekeeping and totals on %s', (kind) => {
  let t: TestApp;
  let sales: Awaited<ReturnType<TestApp['login']>>;
  let day = 1;
  const upload = async (rows: number) => {
    const res = await sales.post('/api/price-imports').attach('file', sheet(rows, day), 'prices.csv');
    day += rows;
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as number;
  };
  const stagedRows = async (id: number) => Number((await t.database.db('import_rows').where({ job_id: id }).count({ n: '*' }))[0].n);
  const job = async (id: number) => (await sales.get(`/api/price-imports/${id}`)).body;
  const list = async () => (await sales.get('/api/price-imports').query({ range: '[0,99]' })).body as { id: number; status: string }[];
  /** Starts an upload that stores its first batch and then hangs, like an instance that died mid-way. */
  const hangingUpload = async (rows: number) => {
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    let jobId = 0;
    importTuning.insertBatch = 2;
    importTuning.afterUploadBatch = async (id) => {
      jobId = id;
      await stuck;
    };
    const answer = sales.post('/api/price-imports').attach('file', sheet(rows, day), 'stalled.csv').then((r) => r);
    day += rows;
    while (!jobId) await new Promise((r) => setTimeout(r, 10));
    return { id: jobId, answer, release };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    importTuning.sweepEveryMs = 0;
    clock.set('2030-06-01T08:00:00Z');
    sales = await t.login('sales@acme.test'); // a session of the test's own time
  });
  afterEach(() => {
    Object.assign(importTuning, defaults);
    clock.reset();
  });

  test('should fail an upload whose lease ran out, drop its staged rows and stop the stalled request', async () => {
    const { id, answer, release } = await hangingUpload(5);
    expect(await stagedRows(id)).toBe(2);
    expect((await list()).find((j) => j.id === id)).toMatchObject({ status: 'uploading' }); // lease still held
    expect(await stagedRows(id)).toBe(2);

    clock.advance(importTuning.leaseMs + 1000);
    expect((await list()).find((j) => j.id === id)).toMatchObject({ status: 'failed', total_rows: 0 });
    expect(await stagedRows(id)).toBe(0);

    release();
    const stalled = await answer;
    expect(stalled.status).toBe(409);
    expect(stalled.body.key).toBe('import_upload_expired');
    expect(await job(id)).toMatchObject({ status: 'failed', total_rows: 0 });
    expect(await stagedRows(id)).toBe(0);
    expect((await sales.post(`/api/price-imports/${id}/preview`).send(mapping)).body.key).toBe('import_upload_failed');
    const commit = await sales.post(`/api/price-imports/${id}/commit`).send(mapping);
    expect(commit.status).toBe(409);
    expect(commit.body.key).toBe('import_upload_failed');
  });

  test('should keep an upload alive while it stores batches', async () => {
    importTuning.insertBatch = 2;
    let batches = 0;
    importTuning.afterUploadBatch = async () => {
      batches++;
      clock.advance(importTuning.leaseMs - 1000); // each batch renews the lease before it runs out
      await sweepImports(t.database.db);
    };
    const id = await upload(7);
    expect(batches).toBe(4);
    expect(await job(id)).toMatchObject({ status: 'uploaded', total_rows: 7 });
    expect(await stagedRows(id)).toBe(7);
  });

  test('should let exactly one of two instances fail a crashed upload', async () => {
    const { id, answer, release } = await hangingUpload(3);
    clock.advance(importTuning.leaseMs + 1000);
    const other = createDb(t.database.url);
    try {
      const [a, b] = await Promise.all([sweepImports(t.database.db), sweepImports(other)]);
      expect([...a.failed, ...b.failed].filter((j) => j === id)).toEqual([id]);
    } finally {
      await other.destroy();
    }
    expect(await stagedRows(id)).toBe(0);
    release();
    expect((await answer).status).toBe(409);
  });

  test('should discard the staged rows of imports never committed within the retention, but not younger ones', async () => {
    const old = await upload(2);
    const failedCommit = await upload(5);
    importTuning.commitChunk = 2;
    importTuning.afterChunk = (_job, processed) => {
      if (processed === 2) throw new Error('instance died');
    };
    expect((await sales.post(`/api/price-imports/${failedCommit}/commit`).send(mapping)).status).toBe(500);
    importTuning.afterChunk = undefined;
    clock.advance(2 * DAY);
    sales = await t.login('sales@acme.test');
    const young = await upload(2);

    clock.advance(importTuning.keepUncommittedDays * DAY - DAY);
    sales = await t.login('sales@acme.test');
    const statuses = new Map((await list()).map((j) => [j.id, j.status]));
    expect([statuses.get(old), statuses.get(failedCommit), statuses.get(young)]).toEqual(['expired', 'expired', 'uploaded']);
    expect([await stagedRows(old), await stagedRows(failedCommit), await stagedRows(young)]).toEqual([0, 0, 2]);
    for (const id of [old, failedCommit]) {
      const commit = await sales.post(`/api/price-imports/${id}/commit`).send(mapping);
      expect(commit.status).toBe(409);
      expect(commit.body).toMatchObject({ key: 'import_expired', params: { days: importTuning.keepUncommittedDays } });
    }
    expect((await sales.post(`/api/price-imports/${young}/commit`).send(mapping)).status).toBe(200);
  });

  test('should drop staged rows a committed job left behind', async () => {
    const id = await upload(2);
    expect((await sales.post(`/api/price-imports/${id}/commit`).send(mapping)).status).toBe(200);
    await t.database.db('import_rows').insert({ job_id: id, org_id: t.fixture.orgs.acme, row_no: 1, cells: '[]' }); // a crash before the delete
    await list();
    expect(await stagedRows(id)).toBe(0);
  });

  test('should answer approved and pending for the whole import when a commit resumes', async () => {
    importTuning.commitChunk = 2;
    const id = await upload(5);
    importTuning.afterChunk = (_job, processed) => {
      if (processed === 4) throw new Error('instance died');
    };
    expect((await sales.post(`/api/price-imports/${id}/commit`).send(mapping)).status).toBe(500);
    const half = await job(id);
    expect(half).toMatchObject({ status: 'failed', processed_rows: 4, created_rows: 4 });
    expect(half.approved_rows + half.pending_rows).toBe(4);
    importTuning.afterChunk = undefined;

    const resumed = await sales.post(`/api/price-imports/${id}/commit`).send(mapping);
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(200);
    expect(resumed.body.created).toBe(5);
    expect(resumed.body.approved + resumed.body.pending).toBe(5);
    const done = await job(id);
    expect(done).toMatchObject({ status: 'committed', approved_rows: resumed.body.approved, pending_rows: resumed.body.pending });
    const listed = (await list()).find((j) => j.id === id);
    expect(listed).toMatchObject({ approved_rows: resumed.body.approved, pending_rows: resumed.body.pending, created_by_name: 'Acme sales' });
  });
});
