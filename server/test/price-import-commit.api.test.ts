import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { importTuning } from '../src/modules/imports/price-import.service';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

const header = 'SKU,Channel,Price,Effective from';
const mapping = { sku: 'SKU', channel: 'Channel', price: 'Price', effective_from: 'Effective from' };
const defaults = { ...importTuning };

/** `rows` valid price rows for distinct future dates, so each becomes its own price request. */
function sheet(rows: number, startDay = 1, price = '12.50'): Buffer {
  const lines = Array.from({ length: rows }, (_, i) => {
    const day = new Date(Date.UTC(2030, 0, startDay + i)).toISOString().slice(0, 10);
    return `IBU-20,DIST,${price},${day}`;
  });
  return Buffer.from(`${header}\n${lines.join('\n')}\n`);
}

describe.each(databases)('price import commit on %s', (kind) => {
  let t: TestApp;
  let sales: Awaited<ReturnType<TestApp['login']>>;
  let day = 1;
  const upload = async (rows: number) => {
    const res = await sales.post('/api/price-imports').attach('file', sheet(rows, day), 'prices.csv');
    day += rows;
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as number;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
  });
  afterAll(() => t.close());
  afterEach(() => {
    Object.assign(importTuning, defaults);
    clock.reset();
  });

  test('should run exactly one of three parallel commits', async () => {
    importTuning.commitChunk = 3;
    const id = await upload(10);
    const answers = await Promise.all([1, 2, 3].map(() => sales.post(`/api/price-imports/${id}/commit`).send(mapping)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses, JSON.stringify(answers.map((r) => r.body))).toEqual([200, 409, 409]);
    expect(answers.find((r) => r.status === 200)!.body).toMatchObject({ created: 10, skipped: 0 });
    expect(answers.filter((r) => r.status === 409).map((r) => r.body.key)).toEqual(['import_in_progress', 'import_in_progress']);
    const job = (await sales.get(`/api/price-imports/${id}`)).body;
    expect(job).toMatchObject({ status: 'committed', total_rows: 10, processed_rows: 10, created_rows: 10 });
    expect((await sales.post(`/api/price-imports/${id}/commit`).send(mapping)).body.key).toBe('import_already_committed');
    expect(Number((await t.database.db('import_rows').where({ job_id: id }).count({ n: '*' }))[0].n)).toBe(0);
  });

  test('should show progress from the database while chunks are written', async () => {
    importTuning.commitChunk = 2;
    const id = await upload(7);
    const seen: number[] = [];
    importTuning.afterChunk = async () => {
      seen.push((await sales.get(`/api/price-imports/${id}`)).body.processed_rows);
    };
    const res = await sales.post(`/api/price-imports/${id}/commit`).send(mapping);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(seen).toEqual([2, 4, 6, 7]);
  });

  test('should let the next request take over a commit whose lease expired, and resume', async () => {
    importTuning.commitChunk = 2;
    importTuning.leaseMs = 60_000;
    const id = await upload(6);
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    importTuning.afterChunk = async () => {
      if (++calls === 1) await stuck; // the first instance hangs after its first chunk
    };
    const first = sales.post(`/api/price-imports/${id}/commit`).send(mapping).then((r) => r);
    while (calls === 0) await new Promise((r) => setTimeout(r, 10));
    expect((await sales.get(`/api/price-imports/${id}`)).body).toMatchObject({ status: 'committing', processed_rows: 2, created_rows: 2 });

    expect((await sales.post(`/api/price-imports/${id}/commit`).send(mapping)).status).toBe(409); // lease still held
    clock.advance(61_000);
    const takeover = await sales.post(`/api/price-imports/${id}/commit`).send({ ...mapping, reason: 'different mapping is ignored' });
    expect(takeover.status, JSON.stringify(takeover.body)).toBe(200);
    expect(takeover.body).toMatchObject({ created: 6, skipped: 0 });

    release();
    const stale = await first;
    expect(stale.status).toBe(409);
    expect(stale.body.key).toBe('import_claim_lost');
    expect((await sales.get(`/api/price-imports/${id}`)).body).toMatchObject({ status: 'committed', processed_rows: 6, created_rows: 6 });
    const reasons = await t.database.db('channel_prices').where({ sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels.DIST }).whereNotNull('import_key').select('reason');
    expect(reasons.every((r: { reason: string | null }) => r.reason === null)).toBe(true);
  });

  test('should resume a failed commit after the chunks already written', async () => {
    importTuning.commitChunk = 2;
    const id = await upload(5);
    importTuning.afterChunk = (_job, processed) => {
      if (processed === 4) throw new Error('instance died');
    };
    expect((await sales.post(`/api/price-imports/${id}/commit`).send(mapping)).status).toBe(500);
    expect((await sales.get(`/api/price-imports/${id}`)).body).toMatchObject({ status: 'failed', processed_rows: 4, created_rows: 4 });
    importTuning.afterChunk = undefined;
    const again = await sales.post(`/api/price-imports/${id}/commit`).send(mapping);
    expect(again.body).toMatchObject({ created: 5, skipped: 0 });
  });

  test('should let managers and promotion staff list and read imports, but not upload or commit', async () => {
    const id = await upload(1);
    for (const email of ['manager@acme.test', 'promotion@acme.test']) {
      const reader = await t.login(email);
      const list = await reader.get('/api/price-imports').query({ sort: JSON.stringify(['id', 'DESC']), range: '[0,9]', filter: JSON.stringify({ status: ['uploaded', 'committed'] }) });
      expect(list.status, JSON.stringify(list.body)).toBe(200);
      expect(list.headers['content-range']).toMatch(/^price-imports 0-\d+\/\d+$/);
      expect(list.body[0]).toMatchObject({ id, file_name: 'prices.csv', status: 'uploaded', total_rows: 1, processed_rows: 0, created_rows: 0, failed_rows: 0 });
      expect(list.body[0]).not.toHaveProperty('org_id');
      expect((await reader.get(`/api/price-imports/${id}`)).body).toMatchObject({ id, status: 'uploaded' });
      expect((await reader.post('/api/price-imports').attach('file', sheet(1), 'x.csv')).status).toBe(403);
      expect((await reader.post(`/api/price-imports/${id}/commit`).send({})).status).toBe(403);
      expect((await reader.put(`/api/price-imports/${id}`).send({})).status).toBe(403);
      expect((await reader.get('/api/price-imports/abc')).status).toBe(400);
    }
    expect((await sales.put(`/api/price-imports/${id}`).send({})).status).toBe(405);
    expect((await sales.get('/api/price-imports').query({ filter: JSON.stringify({ rows: 1 }) })).status).toBe(400);
    const rival = await t.login('admin@rival.test');
    expect((await rival.get('/api/price-imports')).body.map((j: { id: number }) => j.id)).not.toContain(id);
  });
});
