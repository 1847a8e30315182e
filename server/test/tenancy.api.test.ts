import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

describe.each(databases)('tenant isolation on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  /** One record per resource that belongs to Rival, seen from Acme's admin (who may do everything). */
  const rivalRecords = () => ({
    products: t.fixture.products.rivalProduct,
    skus: t.fixture.skus['RIV-10'],
    channels: t.fixture.channels['RIV-MINI'],
    users: t.fixture.users.rivalAdmin,
  });

  for (const resource of ['products', 'skus', 'channels', 'users'] as const) {
    test(`should hide and protect another tenant's ${resource}`, async () => {
      const agent = await t.login('admin@acme.test');
      const id = rivalRecords()[resource];
      expect((await agent.get(`/api/${resource}/${id}`)).status).toBe(404);
      expect((await agent.put(`/api/${resource}/${id}`).send({ version: 1 })).status).toBe(404);
      expect((await agent.delete(`/api/${resource}/${id}`)).status).toBe(404);
      const list = await agent.get(`/api/${resource}`).query({ range: '[0,999]' });
      expect(list.body.map((r: { id: number }) => r.id)).not.toContain(id);
      const many = await agent.get(`/api/${resource}`).query({ filter: JSON.stringify({ id: [id] }) });
      expect(many.body).toEqual([]);

      // The record is untouched for its owner.
      const owner = await t.login('admin@rival.test');
      expect((await owner.get(`/api/${resource}/${id}`)).status).toBe(200);
    });
  }

  test('should hide and protect another tenant\'s orders, and refuse its channel and SKUs in an order', async () => {
    const rival = await t.login('admin@rival.test');
    const order = await rival.post('/api/orders').send({
      channel_id: t.fixture.channels['RIV-MINI'], order_no: 'RIV-1', ordered_at: '2026-11-20T02:00:00Z', customer_type: 'pharmacy', customer_name: '对手药房',
      lines: [{ sku_id: t.fixture.skus['RIV-10'], qty: 1, unit_price: 5 }],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const acme = await t.login('admin@acme.test');
    expect((await acme.get(`/api/orders/${order.body.id}`)).status).toBe(404);
    expect((await acme.put(`/api/orders/${order.body.id}`).send({ ...order.body, status: 'cancelled' })).status).toBe(404);
    expect((await acme.delete(`/api/orders/${order.body.id}`)).status).toBe(404);
    expect((await acme.get('/api/orders').query({ filter: JSON.stringify({ id: [order.body.id] }) })).body).toEqual([]);
    const stolen = await acme.post('/api/orders').send({
      channel_id: t.fixture.channels['RIV-MINI'], order_no: 'STEAL-1', ordered_at: '2026-11-20T02:00:00Z', customer_type: 'pharmacy',
      lines: [{ sku_id: t.fixture.skus['RIV-10'], qty: 1, unit_price: 5 }],
    });
    expect(stolen.status).toBe(400);
    expect(Object.keys(stolen.body.errors).sort()).toEqual(['channel_id', 'lines.0.sku_id']);
    expect((await rival.get(`/api/orders/${order.body.id}`)).body).toMatchObject({ status: 'paid' });
  });

  test('should hide and protect another tenant\'s promotions, and refuse its channel and SKUs in a promotion', async () => {
    const rival = await t.login('admin@rival.test');
    const body = {
      name: '对手的秒杀', type: 'flash_sale', channel_ids: [t.fixture.channels['RIV-MINI']], start_at: '2030-01-01', end_at: '2030-01-02',
      items: [{ sku_id: t.fixture.skus['RIV-10'], promo_price: 3, stock_limit: 10 }],
    };
    const promotion = await rival.post('/api/promotions').send(body);
    expect(promotion.status, JSON.stringify(promotion.body)).toBe(201);
    const acme = await t.login('admin@acme.test');
    const id = promotion.body.id;
    expect((await acme.get(`/api/promotions/${id}`)).status).toBe(404);
    expect((await acme.put(`/api/promotions/${id}`).send({ ...body, name: 'stolen', version: 1 })).status).toBe(404);
    expect((await acme.delete(`/api/promotions/${id}`)).status).toBe(404);
    for (const step of ['submit', 'approve', 'reject', 'cancel']) expect((await acme.post(`/api/promotions/${id}/${step}`).send({ note: 'x' })).status).toBe(404);
    expect((await acme.get('/api/promotions').query({ filter: JSON.stringify({ id: [id] }) })).body).toEqual([]);
    expect((await acme.get('/api/promotions').query({ filter: JSON.stringify({ channel_id: t.fixture.channels['RIV-MINI'] }) })).body).toEqual([]);
    const stolen = await acme.post('/api/promotions').send(body);
    expect(stolen.status).toBe(400);
    expect(stolen.body.errors).toMatchObject({ 'channel_ids.0': expect.any(String), 'items.0.sku_id': expect.any(String) });
    expect((await rival.get(`/api/promotions/${id}`)).body).toMatchObject({ name: '对手的秒杀', status: 'draft', version: 1 });
  });

  test('should keep a channel key to its own company in the engine: no foreign SKU, promotion or group', async () => {
    const acme = await t.login('admin@acme.test');
    const rival = await t.login('admin@rival.test');
    const acmeKey = (await acme.post(`/api/channels/${t.fixture.channels.JD}/api-key`)).body.key;
    const rivalKey = (await rival.post(`/api/channels/${t.fixture.channels['RIV-MINI']}/api-key`)).body.key;
    const promo = await t.login('promotion@acme.test');
    const group = await promo.post('/api/promotions').send({
      name: '租户拼团', type: 'group_buy', channel_ids: [t.fixture.channels.JD], start_at: '2026-01-01', end_at: '2099-01-01',
      items: [{ sku_id: t.fixture.skus['IBU-20'], promo_price: 10, group_size: 2, group_window_hours: 24 }],
    });
    expect((await promo.post(`/api/promotions/${group.body.id}/submit`).send({})).body.status).toBe('approved');
    const engine = (path: string, key: string, body: Record<string, unknown>) => request(t.app).post(`/api/engine${path}`).set('X-Api-Key', key).send(body);
    const opened = await engine('/groups', acmeKey, { promotion_id: group.body.id, sku_code: 'IBU-20', customer_id: 'a', order_no: 'T-G1' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    // Rival's key sees none of Acme's SKUs, promotions or groups.
    expect((await engine('/quote', rivalKey, { sku_code: 'IBU-20', qty: 1, customer_id: 'r' })).status).toBe(400);
    expect((await engine('/groups', rivalKey, { promotion_id: group.body.id, sku_code: 'RIV-10', customer_id: 'r', order_no: 'R-G1' })).status).toBe(409);
    expect((await engine(`/groups/${opened.body.id}/join`, rivalKey, { customer_id: 'r', order_no: 'R-J1' })).status).toBe(404);
    expect((await request(t.app).get(`/api/engine/groups/${opened.body.id}`).set('X-Api-Key', rivalKey)).status).toBe(404);
    expect((await rival.get('/api/promotion-groups')).body).toEqual([]);
    expect((await rival.get(`/api/promotion-groups/${opened.body.id}`)).status).toBe(404);
    expect((await rival.get('/api/orders').query({ filter: JSON.stringify({ q: 'T-G1' }) })).body).toEqual([]);
  });

  test('should hide another tenant\'s plans and its channels from a plan', async () => {
    const rival = await t.login('admin@rival.test');
    const plan = await rival.post('/api/sales-plans').send({ month: '2026-11', channel_id: t.fixture.channels['RIV-MINI'], target_amount: 100 });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    const acme = await t.login('admin@acme.test');
    expect((await acme.get(`/api/sales-plans/${plan.body.id}`)).status).toBe(404);
    expect((await acme.put(`/api/sales-plans/${plan.body.id}`).send({ ...plan.body, target_amount: 1 })).status).toBe(404);
    expect((await acme.delete(`/api/sales-plans/${plan.body.id}`)).status).toBe(404);
    expect((await acme.get('/api/sales-plans').query({ filter: JSON.stringify({ id: [plan.body.id] }) })).body).toEqual([]);
    expect((await acme.get('/api/reports/plan-attainment').query({ month: '2026-11' })).body.map((r: { id: number }) => r.id)).not.toContain(plan.body.id);
  });

  test('should hide another tenant\'s sales imports, its saved mappings and its channels from an upload', async () => {
    const rival = await t.login('admin@rival.test');
    const csv = Buffer.from('订单编号,下单时间,订单状态,商品编码,购买数量,实付金额\nRV1,2026-11-20 10:00,已付款,RIV-10,1,5\n');
    const job = await rival.post('/api/sales-imports').field('kind', 'orders').field('channel_id', String(t.fixture.channels['RIV-MINI'])).attach('file', csv, 'o.csv');
    expect(job.status, JSON.stringify(job.body)).toBe(201);
    const mapping = { mapping: job.body.suggested_mapping };
    const acme = await t.login('admin@acme.test');
    expect((await acme.get(`/api/sales-imports/${job.body.id}`)).status).toBe(404);
    expect((await acme.get(`/api/sales-imports/${job.body.id}/errors.xlsx`)).status).toBe(404);
    expect((await acme.post(`/api/sales-imports/${job.body.id}/preview`).send(mapping)).status).toBe(404);
    expect((await acme.post(`/api/sales-imports/${job.body.id}/commit`).send(mapping)).status).toBe(404);
    expect((await acme.get('/api/sales-imports').query({ filter: JSON.stringify({ id: [job.body.id] }) })).body).toEqual([]);
    const stolen = await acme.post('/api/sales-imports').field('kind', 'orders').field('channel_id', String(t.fixture.channels['RIV-MINI'])).attach('file', csv, 'o.csv');
    expect(stolen.status).toBe(400);
    expect(stolen.body.errors.channel_id).toBeTruthy();
    expect((await rival.get(`/api/sales-imports/${job.body.id}`)).body).toMatchObject({ status: 'uploaded' });
  });

  test('should keep audit logs per tenant', async () => {
    const acme = await t.login('admin@acme.test');
    const created = await acme.post('/api/channels').send({ name: 'Acme only', code: 'ACME-ONLY', type: 'online', platform: 'other' });
    const rival = await t.login('admin@rival.test');
    const rivalAudit = await rival.get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'channels' }) });
    expect(rivalAudit.body.map((a: { record_id: number }) => a.record_id)).not.toContain(created.body.id);
    const acmeAudit = await acme.get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'channels' }) });
    const row = acmeAudit.body.find((a: { record_id: number }) => a.record_id === created.body.id);
    expect((await rival.get(`/api/audit-logs/${row.id}`)).status).toBe(404);
  });

  test('should not let a SKU point at another tenant\'s product', async () => {
    const agent = await t.login('sales@acme.test');
    const res = await agent.post('/api/skus').send({
      product_id: t.fixture.products.rivalProduct, code: 'STEAL-1', name: 'x', pack_desc: '×10', units_per_pack: 10, unit: '片', channel_scope: 'all', guide_price: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.product_id).toMatch(/not found/);
  });

  test('should allow the same SKU code in two tenants', async () => {
    const agent = await t.login('admin@rival.test');
    const res = await agent.post('/api/skus').send({
      product_id: t.fixture.products.rivalProduct, code: 'AMX-12', name: 'Rival AMX', pack_desc: '×12', units_per_pack: 12, unit: '粒', channel_scope: 'all', guide_price: 3,
    });
    expect(res.status).toBe(201);
  });
  test('should hide and protect another tenant\'s compliance data, and refuse its ids in an observation', async () => {
    const rival = await t.login('admin@rival.test');
    const acme = await t.login('admin@acme.test');
    const mini = t.fixture.channels['RIV-MINI'];
    await rival.post('/api/price-policies').send({ sku_id: t.fixture.skus['RIV-10'], control_price: 10, promo_floor_price: 8 });
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const evidence = (await rival.post('/api/evidence').attach('file', png, 'shot.png')).body;
    const observation = await rival.post('/api/price-observations').send({
      channel_id: mini, sku_code: 'RIV-10', price: 8, observed_at: '2026-11-01T02:00:00Z', store_name: '对手旗舰店', evidence_id: evidence.id,
    });
    expect(observation.status, JSON.stringify(observation.body)).toBe(201);
    expect(observation.body.breaches).toEqual(['own_channel_below_control']); // its own store platform: company-operated
    const [violation] = (await rival.get('/api/violations')).body;
    const sellerId = observation.body.seller_id;
    for (const path of [`/api/price-observations/${observation.body.id}`, `/api/sellers/${sellerId}`, `/api/sellers/${sellerId}/contacts`,
      `/api/sellers/${sellerId}/evidence-package`, `/api/violations/${violation.id}`, `/api/evidence/${evidence.id}`]) {
      expect((await acme.get(path)).status, path).toBe(404);
    }
    expect((await acme.put(`/api/sellers/${sellerId}`).send({ channel_id: mini, name: 'stolen', version: 1 })).status).toBe(404);
    expect((await acme.post(`/api/sellers/${sellerId}/contacts`).send({ kind: 'call', note: 'x' })).status).toBe(404);
    for (const step of ['acknowledge', 'resolve', 'waive', 'assign', 'comments', 'grounds']) {
      expect((await acme.post(`/api/violations/${violation.id}/${step}`).send({ reason: 'x', note: 'x', user_id: null, grounds: null })).status).toBe(404);
    }
    const bulk = await acme.post('/api/violations/bulk/resolve').send({ ids: [violation.id] });
    expect(bulk.body).toMatchObject({ updated: [], skipped: [{ id: violation.id }] });
    for (const resource of ['price-observations', 'sellers', 'violations']) {
      expect((await acme.get(`/api/${resource}`).query({ filter: JSON.stringify({ id: [observation.body.id, sellerId, violation.id] }) })).body).toEqual([]);
    }
    expect((await acme.get('/api/compliance/summary')).body.observations).toBe(0);
    // Its channel, SKU, seller and evidence are not ids Acme may use.
    const jd = t.fixture.channels.JD;
    expect((await acme.post('/api/price-observations').send({ channel_id: mini, sku_code: 'IBU-20', price: 1, observed_at: '2026-11-01T02:00:00Z' })).body.errors.channel_id).toBeTruthy();
    expect((await acme.post('/api/price-observations').send({ channel_id: jd, sku_code: 'RIV-10', price: 1, observed_at: '2026-11-01T02:00:00Z' })).body.errors.sku_code).toBeTruthy();
    expect((await acme.post('/api/price-observations').send({ channel_id: jd, sku_code: 'IBU-20', seller_id: sellerId, price: 1, observed_at: '2026-11-01T02:00:00Z' })).body.errors.seller_id).toBeTruthy();
    expect((await acme.post('/api/price-observations').send({ channel_id: jd, sku_code: 'IBU-20', evidence_id: evidence.id, price: 1, observed_at: '2026-11-01T02:00:00Z' })).body.errors.evidence_id).toBeTruthy();
    expect((await acme.post('/api/sellers').send({ channel_id: mini, name: 'x' })).body.errors.channel_id).toBeTruthy();
    // Untouched for its owner.
    expect((await rival.get(`/api/violations/${violation.id}`)).body.status).toBe('open');
  });
});
