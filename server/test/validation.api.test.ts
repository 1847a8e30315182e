import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

describe.each(databases)('validation, locking and audit on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const validSku = () => ({
    product_id: t.fixture.products.amoxicillin, code: `NEW-${Math.random().toString(36).slice(2, 7)}`, name: 'New pack',
    pack_desc: '0.25g×48粒', units_per_pack: 48, unit: '粒', gtin: '6901234500028', channel_scope: 'offline', guide_price: 33.3,
  });

  test('should answer 400 with per-field errors for each invalid SKU field', async () => {
    const agent = await t.login('sales@acme.test');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ gtin: '6901234500012' }, 'gtin', /check digit/],
      [{ gtin: '690123' }, 'gtin', /13 digits/],
      [{ units_per_pack: 0 }, 'units_per_pack', /whole number/],
      [{ units_per_pack: 2.5 }, 'units_per_pack', /whole number/],
      [{ guide_price: -1 }, 'guide_price', /from 0.01 to 10,000,000/],
      [{ guide_price: 0 }, 'guide_price', /from 0.01/],
      [{ guide_price: 1e300 }, 'guide_price', /10,000,000/],
      [{ units_per_pack: 2147483648 }, 'units_per_pack', /whole number/],
      [{ product_id: 2147483648 }, 'product_id', /record id/],
      [{ name: 'a\u0000b' }, 'name', /control characters/],
      [{ pack_desc: 'x'.repeat(61) }, 'pack_desc', /Too long/],
      [{ guide_price: 1.234 }, 'guide_price', /2 decimals/],
      [{ guide_price: 'cheap' }, 'guide_price', /yuan/],
      [{ channel_scope: 'space' }, 'channel_scope', /./],
      [{ code: 'has space' }, 'code', /Letters, digits/],
      [{ name: '' }, 'name', /Required/],
    ];
    for (const [patch, field, reason] of cases) {
      const res = await agent.post('/api/skus').send({ ...validSku(), ...patch });
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(res.body.errors[field], JSON.stringify(res.body)).toMatch(reason);
      expect(res.body.message).toMatch(/Invalid input/);
    }
    expect((await agent.get('/api/skus').query({ filter: '{"code":"has space"}' })).body).toEqual([]);
  });

  test('should validate approval numbers by drug class', async () => {
    const agent = await t.login('sales@acme.test');
    const product = { generic_name: '维生素C片', dosage_form: '片剂', strength: '0.1g', rx_class: 'otc_b', storage: 'ambient', manufacturer: 'Acme' };
    const missing = await agent.post('/api/products').send(product);
    expect(missing.body.errors.approval_number).toMatch(/need an approval number/);
    const malformed = await agent.post('/api/products').send({ ...product, approval_number: '国药准字2004001' });
    expect(malformed.body.errors.approval_number).toMatch(/国药准字/);
    expect((await agent.post('/api/products').send({ ...product, approval_number: '国药准字H20040002' })).status).toBe(201);
    expect((await agent.post('/api/products').send({ ...product, rx_class: 'non_drug', approval_number: null })).status).toBe(201);
    const vbp = await agent.post('/api/products').send({ ...product, approval_number: '国药准字H20040003', vbp_price: 0.125 });
    expect(vbp.body.errors.vbp_price).toBeTruthy();
  });

  test('should answer 400 for a body that is not JSON and for a bad id', async () => {
    const agent = await t.login('sales@acme.test');
    const res = await agent.post('/api/skus').set('Content-Type', 'application/json').send('{"code":');
    expect(res.status).toBe(400);
    expect((await agent.get('/api/skus/abc')).status).toBe(400);
  });

  test('should refuse a duplicate SKU code with 409 and the field', async () => {
    const agent = await t.login('sales@acme.test');
    const res = await agent.post('/api/skus').send({ ...validSku(), code: 'AMX-12' });
    expect(res.status).toBe(409);
    expect(res.body.errors.code).toBeTruthy();
  });

  test('should refuse a stale version with 409 and write nothing', async () => {
    const agent = await t.login('sales@acme.test');
    const sku = (await agent.get(`/api/skus/${t.fixture.skus['AMX-24']}`)).body;
    const first = await agent.put(`/api/skus/${sku.id}`).send({ ...sku, guide_price: 19.9 });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(sku.version + 1);
    const stale = await agent.put(`/api/skus/${sku.id}`).send({ ...sku, guide_price: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/Someone else changed/);
    const now = (await agent.get(`/api/skus/${sku.id}`)).body;
    expect(now).toMatchObject({ guide_price: 19.9, version: sku.version + 1 });
    const missingVersion = await agent.put(`/api/skus/${sku.id}`).send({ ...now, version: undefined });
    expect(missingVersion.status).toBe(400);
    expect(missingVersion.body.errors.version).toBeTruthy();
  });

  test('should let exactly one of two concurrent updates of the same version win', async () => {
    const agent = await t.login('sales@acme.test');
    const sku = (await agent.get(`/api/skus/${t.fixture.skus['IBU-50']}`)).body;
    const results = await Promise.all([
      agent.put(`/api/skus/${sku.id}`).send({ ...sku, guide_price: 36 }),
      agent.put(`/api/skus/${sku.id}`).send({ ...sku, guide_price: 37 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  test('should take the short-video and delivery platforms as channel platforms', async () => {
    const admin = await t.login('admin@acme.test');
    for (const platform of ['douyin', 'kuaishou', 'eleme']) {
      const res = await admin.post('/api/channels').send({ name: `${platform} flagship`, code: `${platform.toUpperCase()}-1`, type: 'online', platform });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.platform).toBe(platform);
    }
    expect((await admin.post('/api/channels').send({ name: 'x', code: 'WECHAT-1', type: 'online', platform: 'wechat' })).status).toBe(400);
  });

  test('should refuse to delete a product that still has SKUs', async () => {
    const agent = await t.login('sales@acme.test');
    const res = await agent.delete(`/api/products/${t.fixture.products.ibuprofen}`);
    expect(res.status).toBe(409);
    expect((await agent.get(`/api/products/${t.fixture.products.ibuprofen}`)).status).toBe(200);
  });

  test('should audit create, update and delete with who, before and after', async () => {
    const sales = await t.login('sales@acme.test');
    const created = (await sales.post('/api/skus').send(validSku())).body;
    const updated = (await sales.put(`/api/skus/${created.id}`).send({ ...created, name: 'Renamed' })).body;
    await sales.delete(`/api/skus/${created.id}`);

    const manager = await t.login('manager@acme.test');
    const res = await manager.get('/api/audit-logs').query({
      filter: JSON.stringify({ resource: 'skus', record_id: created.id }), sort: '["id","ASC"]',
    });
    expect(res.status).toBe(200);
    expect(res.body.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'delete']);
    const [create, update, remove] = res.body;
    expect(create).toMatchObject({ user_id: t.fixture.users.sales, user_email: 'sales@acme.test', before: null, after: { code: created.code } });
    expect(update.before.name).toBe('New pack');
    expect(update.after).toMatchObject({ name: 'Renamed', version: updated.version });
    expect(remove).toMatchObject({ before: { name: 'Renamed' }, after: null });
    expect(Date.parse(create.at)).toBeGreaterThan(0);
  });
});
