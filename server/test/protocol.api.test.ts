import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

describe.each(databases)('simple-rest protocol on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { corsOrigins: ['http://scripts.example'] });
  });
  afterAll(() => t.close());

  const list = async (query: Record<string, unknown>) => {
    const agent = await t.login('sales@acme.test');
    const params = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)]));
    return agent.get('/api/skus').query(params);
  };

  test('should sort, page and report the total in Content-Range', async () => {
    const res = await list({ sort: ['guide_price', 'DESC'], range: [1, 2] });
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('skus 1-2/5');
    expect(res.body.map((s: { code: string }) => s.code)).toEqual(['AMX-24', 'IBU-20']);
    expect(res.body[1].guide_price).toBe(15.8);
  });

  test('should filter by equality, any-of, ranges, not-equal and text search', async () => {
    expect((await list({ filter: { channel_scope: 'online' } })).body.map((s: { code: string }) => s.code).sort()).toEqual(['AMX-12', 'IBU-10']);
    expect((await list({ filter: { code: ['AMX-12', 'IBU-50'] } })).body).toHaveLength(2);
    expect((await list({ filter: { guide_price_gte: 15.8, guide_price_lte: 20 } })).body.map((s: { code: string }) => s.code).sort()).toEqual(['AMX-24', 'IBU-20']);
    expect((await list({ filter: { status_neq: 'active' } })).body.map((s: { code: string }) => s.code)).toEqual(['IBU-10']);
    expect((await list({ filter: { q: 'amx' } })).body).toHaveLength(2);
    const empty = await list({ filter: { q: 'nothing-like-this' } });
    expect(empty.body).toEqual([]);
    expect(empty.headers['content-range']).toBe('skus */0');
  });

  test('should answer 400 for unknown sort or filter fields and malformed JSON', async () => {
    const agent = await t.login('sales@acme.test');
    for (const query of [
      { sort: '["password","ASC"]' },
      { filter: '{"org_id":2}' },
      { filter: '{"nope_gte":1}' },
      { filter: '{not json' },
      { range: '[5,1]' },
      { filter: '{"units_per_pack":"many"}' },
      { filter: '{"channel_scope":"moon"}' },
    ]) {
      const res = await agent.get('/api/skus').query(query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body.message).toBeTruthy();
    }
  });

  test('should cap the page size at 1000', async () => {
    const res = await list({ range: [0, 5000] });
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('skus 0-4/5');
  });

  test('should expose Content-Range to allowed cross-origin callers', async () => {
    const agent = await t.login('sales@acme.test');
    const res = await agent.get('/api/skus').set('Origin', 'http://scripts.example');
    expect(res.headers['access-control-expose-headers']).toContain('Content-Range');
    const preflight = await agent.options('/api/skus').set('Origin', 'http://scripts.example').set('Access-Control-Request-Headers', 'range');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Range/);
  });

  test('should serve getList, getMany, getManyReference, create, update and delete through ra-data-simple-rest', async () => {
    const dp = await t.dataProvider('sales@acme.test');
    const page = await dp.getList('skus', { pagination: { page: 1, perPage: 2 }, sort: { field: 'code', order: 'ASC' }, filter: {} });
    expect(page.total).toBe(5);
    expect(page.data.map((s) => s.code)).toEqual(['AMX-12', 'AMX-24']);

    const many = await dp.getMany('skus', { ids: [t.fixture.skus['AMX-12'], t.fixture.skus['IBU-20']] });
    expect(many.data.map((s) => s.code).sort()).toEqual(['AMX-12', 'IBU-20']);

    const refs = await dp.getManyReference('skus', {
      target: 'product_id', id: t.fixture.products.ibuprofen,
      pagination: { page: 1, perPage: 10 }, sort: { field: 'units_per_pack', order: 'ASC' }, filter: {},
    });
    expect(refs.total).toBe(3);
    expect(refs.data.map((s) => s.units_per_pack)).toEqual([10, 20, 50]);

    const created = await dp.create('skus', {
      data: { product_id: t.fixture.products.amoxicillin, code: 'AMX-36', name: 'AMX 36', pack_desc: '0.25g×36粒', units_per_pack: 36, unit: '粒', gtin: '6901234500011', channel_scope: 'offline', guide_price: 25.5 },
    });
    expect(created.data).toMatchObject({ code: 'AMX-36', guide_price: 25.5, version: 1, status: 'active' });

    const updated = await dp.update('skus', { id: created.data.id, data: { ...created.data, guide_price: 26 }, previousData: created.data });
    expect(updated.data).toMatchObject({ guide_price: 26, version: 2 });

    const deleted = await dp.delete('skus', { id: created.data.id, previousData: updated.data });
    expect(deleted.data).toMatchObject({ id: created.data.id, code: 'AMX-36' });
    await expect(dp.getOne('skus', { id: created.data.id })).rejects.toMatchObject({ status: 404 });
  });

  test('should return the deleted record from DELETE', async () => {
    const agent = await t.login('admin@acme.test');
    const created = await agent.post('/api/channels').send({ name: 'Temp', code: 'TMP', type: 'online', platform: 'other' });
    expect(created.status).toBe(201);
    const res = await agent.delete(`/api/channels/${created.body.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.body.id, code: 'TMP', active: true });
    expect((await agent.get(`/api/channels/${created.body.id}`)).status).toBe(404);
  });
});
