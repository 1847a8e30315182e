import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

/** Sales staff set the status or channel scope of many SKUs at once: all or none, audited, tenant-scoped. */
describe.each(databases)('SKU bulk edit on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  beforeAll(async () => {
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
  });
  afterAll(() => t.close());

  const row = (id: number) => t.database.db('skus').where({ id }).first('status', 'channel_scope', 'version');
  const audits = async (id: number) => t.database.db('audit_log').where({ resource: 'skus', record_id: id }).count({ n: '*' }).first();

  test('should change every chosen SKU in one go, each audited with its version bumped', async () => {
    const ids = [t.fixture.skus['AMX-12'], t.fixture.skus['IBU-20']];
    const before = await Promise.all(ids.map(row));
    const res = await sales.post('/api/skus/bulk-update').send({ ids: [...ids, ids[0]], changes: { status: 'inactive', channel_scope: 'all' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ updated: 2, ids });
    for (const [i, id] of ids.entries()) {
      expect(await row(id)).toMatchObject({ status: 'inactive', channel_scope: 'all', version: before[i].version + 1 });
      expect(Number((await audits(id))!.n)).toBeGreaterThan(0);
    }
    expect((await sales.post('/api/skus/bulk-update').send({ ids, changes: { status: 'active' } })).status).toBe(200);
    expect(await row(ids[0])).toMatchObject({ status: 'active', channel_scope: 'all' });
  });

  test('should change nothing when any id is another company\'s or missing, or the input is bad', async () => {
    const mine = t.fixture.skus['AMX-24'];
    const stored = await row(mine);
    const foreign = await sales.post('/api/skus/bulk-update').send({ ids: [mine, t.fixture.skus['RIV-10']], changes: { status: 'inactive' } });
    expect(foreign.status).toBe(404);
    const missing = await sales.post('/api/skus/bulk-update').send({ ids: [mine, 999999], changes: { status: 'inactive' } });
    expect(missing.status).toBe(404);
    expect(await row(mine)).toEqual(stored);
    for (const body of [{ ids: [], changes: { status: 'inactive' } }, { ids: [mine], changes: {} }, { ids: [mine], changes: { status: 'gone' } },
      { ids: ['1'], changes: { status: 'inactive' } }, { ids: Array.from({ length: 1001 }, (_, i) => i + 1), changes: { status: 'inactive' } }, {}]) {
      const res = await sales.post('/api/skus/bulk-update').send(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.errors).toBeTruthy();
    }
    expect(await row(mine)).toEqual(stored);
  });

  test('should let only roles that edit SKUs do it', async () => {
    for (const email of ['manager@acme.test', 'promotion@acme.test']) {
      const agent = await t.login(email);
      expect((await agent.post('/api/skus/bulk-update').send({ ids: [t.fixture.skus['AMX-12']], changes: { status: 'inactive' } })).status).toBe(403);
    }
    const admin = await t.login('admin@acme.test');
    expect((await admin.post('/api/skus/bulk-update').send({ ids: [t.fixture.skus['AMX-12']], changes: { status: 'active' } })).status).toBe(200);
  });
});
