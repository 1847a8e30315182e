import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

describe.each(databases)('web guards and races on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  let manager: Agent;
  let admin: Agent;
  beforeAll(async () => {
    clock.set('2032-03-01T02:00:00.000Z');
    t = await startTestApp(kind, { corsOrigins: ['https://dashboard.acme.test'] });
    [sales, manager, admin] = await Promise.all(['sales@acme.test', 'manager@acme.test', 'admin@acme.test'].map((e) => t.login(e)));
    // A high control price: every request below it waits for a manager.
    const policy = await admin.post('/api/price-policies').send({ sku_id: t.fixture.skus['IBU-20'], control_price: 100, promo_floor_price: 90 });
    expect(policy.status).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  const pendingRequest = async (price: number) => {
    const res = await sales.post('/api/channel-prices').send({ sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels.JD, price, effective_from: '2032-04-01' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('pending');
    return res.body.id as number;
  };

  test('should send security headers on the app and no-store on the API', async () => {
    const res = await sales.get('/api/skus');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const health = await sales.get('/api/health');
    expect(health.headers['cache-control']).toBe('no-store');
    expect(health.headers['content-security-policy']).toBeTruthy();
  });

  test('should refuse a cross-site approval sent as text/plain or from a foreign origin, and approve nothing', async () => {
    const id = await pendingRequest(50);
    const plain = await manager.post(`/api/channel-prices/${id}/approve`).set('Content-Type', 'text/plain').send('{"note":"x"}');
    expect(plain.status).toBe(415);
    expect(plain.body).toMatchObject({ key: 'unsupported_content_type', errors: {} });
    const form = await manager.post(`/api/channel-prices/${id}/approve`).type('form').send({ note: 'x' });
    expect(form.status).toBe(415);
    const evil = await manager.post(`/api/channel-prices/${id}/approve`).set('Origin', 'https://evil.example').send({});
    expect(evil.status).toBe(403);
    expect(evil.body.key).toBe('foreign_origin');
    const evilReferer = await manager.post(`/api/channel-prices/${id}/approve`).set('Referer', 'https://evil.example/page').send({});
    expect(evilReferer.status).toBe(403);
    const nullOrigin = await manager.post(`/api/channel-prices/${id}/approve`).set('Origin', 'null').send({});
    expect(nullOrigin.status).toBe(403);
    expect((await manager.get(`/api/channel-prices/${id}`)).body.status).toBe('pending');

    const ownOrigin = await manager.post(`/api/channel-prices/${id}/approve`).set('Origin', 'https://dashboard.acme.test').send({});
    expect(ownOrigin.status).toBe(200);
    expect(ownOrigin.body.status).toBe('approved');
  });

  test('should let the same origin and scripts without an Origin write, and body-less deletes need no content type', async () => {
    const res = await admin.post('/api/channels').set('Origin', 'http://127.0.0.1').set('Host', '127.0.0.1').send({ name: 'Same origin', code: 'SAME-ORIGIN', type: 'online', platform: 'other' });
    expect(res.status).toBe(201);
    const script = await admin.post('/api/channels').send({ name: 'Script', code: 'SCRIPT-1', type: 'online', platform: 'other' });
    expect(script.status).toBe(201);
    const del = await admin.delete(`/api/channels/${script.body.id}`).set('Content-Type', 'text/plain');
    expect(del.status).toBe(200);
    expect(del.body.id).toBe(script.body.id);
  });

  test('should refuse multipart on JSON endpoints', async () => {
    const res = await admin.post('/api/channels').field('name', 'x').field('code', 'MP-1');
    expect(res.status).toBe(415);
  });

  test('should read ids only as plain decimals within 32 bits', async () => {
    const sku = t.fixture.skus['AMX-12'];
    expect((await admin.get(`/api/skus/${sku}`)).status).toBe(200);
    for (const bad of [`0x${sku.toString(16)}`, `${sku}.0`, `+${sku}`, `0${sku}`, '1e1', '2147483648', '99999999999999999999', '-1', '0', '%20' + sku]) {
      const res = await admin.get(`/api/skus/${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.errors).toHaveProperty('id');
    }
    expect((await admin.delete(`/api/skus/0x${sku.toString(16)}`)).status).toBe(400);
    expect((await admin.get(`/api/skus/${sku}`)).status).toBe(200);
  });

  test('should refuse impossible dates and far-future years instead of storing them', async () => {
    for (const effective_from of ['+010000-01-01T00:00:00Z', '1', '2032-02-30', '2101-01-01', '2032-04-01T25:00']) {
      const res = await sales.post('/api/channel-prices').send({ sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels.JD, price: 120, effective_from });
      expect(res.status, effective_from).toBe(400);
      expect(res.body.errors).toHaveProperty('effective_from');
    }
  });

  test('should refuse a price that starts in the past, and read today as now', async () => {
    const body = { sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels.JD, price: 130 };
    const past = await sales.post('/api/channel-prices').send({ ...body, effective_from: '2032-02-01' });
    expect(past.status).toBe(400);
    expect(past.body.errors.effective_from).toMatch(/past/);
    const fiveMinutesAgo = await sales.post('/api/channel-prices').send({ ...body, effective_from: new Date(clock.nowMs() - 4 * 60_000).toISOString() });
    expect(fiveMinutesAgo.status).toBe(201);
    // 2032-03-01 02:00Z is 10:00 in Shanghai: "today" is 2032-03-01 and starts now, not at midnight.
    const today = await sales.post('/api/channel-prices').send({ ...body, price: 131, effective_from: '2032-03-01' });
    expect(today.status).toBe(201);
    expect(today.body.effective_from).toBe(clock.now().toISOString());
  });

  test('should keep NUL characters, 2^31 integers and huge money out of the database', async () => {
    const q = await admin.get('/api/skus').query({ filter: JSON.stringify({ q: 'a\u0000b' }) });
    expect(q.status).toBe(400);
    const bigId = await admin.get('/api/skus').query({ filter: JSON.stringify({ id: 2147483648 }) });
    expect(bigId.status).toBe(400);
    const sku = { product_id: t.fixture.products.ibuprofen, code: 'NUL-1', name: 'n\u0000', pack_desc: '×1', units_per_pack: 1, unit: '粒', channel_scope: 'all', guide_price: 1 };
    expect((await admin.post('/api/skus').send(sku)).status).toBe(400);
    expect((await admin.post('/api/skus').send({ ...sku, name: 'ok', units_per_pack: 2147483648 })).status).toBe(400);
    expect((await admin.post('/api/skus').send({ ...sku, name: 'ok', guide_price: 1e20 })).status).toBe(400);
    expect((await admin.post('/api/skus').send({ ...sku, name: 'ok', product_id: 2147483648 })).status).toBe(400);
    expect((await admin.get('/api/skus').query({ filter: JSON.stringify({ code: 'NUL-1' }) })).body).toEqual([]);
  });

  test('should let exactly one of withdraw and approve win when they race', async () => {
    for (let run = 0; run < 12; run++) {
      const id = await pendingRequest(40 + run);
      const [withdraw, approve] = await Promise.all([
        sales.delete(`/api/channel-prices/${id}`),
        manager.post(`/api/channel-prices/${id}/approve`).send({}),
      ]);
      // One wins; the loser is told so (409), never a second 200.
      expect([withdraw.status, approve.status].filter((s) => s === 200), `run ${run}`).toHaveLength(1);
      expect(withdraw.status === 200 ? approve.status : withdraw.status).toBe(409);
      const after = await manager.get(`/api/channel-prices/${id}`);
      if (withdraw.status === 200) {
        expect(after.body.status).toBe('withdrawn');
      } else {
        expect(after.body.status).toBe('approved');
        const audit = await admin.get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'channel-prices', record_id: id, action: 'delete' }) });
        expect(audit.body).toEqual([]);
      }
    }
  });

  test('should never withdraw decided history', async () => {
    const id = await pendingRequest(33);
    expect((await manager.post(`/api/channel-prices/${id}/approve`).send({})).status).toBe(200);
    expect((await sales.delete(`/api/channel-prices/${id}`)).status).toBe(409);
    expect((await admin.delete(`/api/channel-prices/${id}`)).status).toBe(409);
    expect((await manager.get(`/api/channel-prices/${id}`)).body.status).toBe('approved');
  });

  test('should answer a repeated batch with the same Idempotency-Key once, writing once', async () => {
    const body = { effective_from: '2032-05-01', reason: 'Spring', changes: [{ sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels.JD, price: 150 }] };
    const count = async () => (await admin.get('/api/channel-prices').query({ filter: JSON.stringify({ effective_from: '2032-05-01' }) })).body.length;
    const before = await count();
    const answers = await Promise.all(Array.from({ length: 20 }, () => sales.post('/api/channel-prices/batch').set('Idempotency-Key', 'submit-abc-1').send(body)));
    const ok = answers.filter((a) => a.status === 201);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const a of answers) expect([201, 409], JSON.stringify(a.body)).toContain(a.status);
    expect(new Set(ok.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(await count()).toBe(before + 1);

    const replay = await sales.post('/api/channel-prices/batch').set('Idempotency-Key', 'submit-abc-1').send(body);
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(ok[0].body);
    expect(await count()).toBe(before + 1);

    const other = await sales.post('/api/channel-prices/batch').set('Idempotency-Key', 'submit-abc-1').send({ ...body, reason: 'Other' });
    expect(other.status).toBe(422);
    expect(other.body.key).toBe('idempotency_key_reused');

    // A key is per user: another user's request with the same key runs on its own.
    const mine = await admin.post('/api/channel-prices/batch').set('Idempotency-Key', 'submit-abc-1').send({ ...body, changes: [{ ...body.changes[0], price: 151 }] });
    expect(mine.status).toBe(201);
  });

  test('should free an Idempotency-Key when the request failed, so a corrected retry runs', async () => {
    const bad = { effective_from: '2032-05-02', changes: [{ sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels.DIST, price: 150 }] };
    // IBU-20 is "all", DIST is offline: valid; make it fail on an out-of-scope SKU instead.
    const failing = { ...bad, changes: [{ sku_id: t.fixture.skus['AMX-12'], channel_id: t.fixture.channels.DIST, price: 150 }] };
    expect((await sales.post('/api/channel-prices/batch').set('Idempotency-Key', 'retry-1').send(failing)).status).toBe(400);
    expect((await sales.post('/api/channel-prices/batch').set('Idempotency-Key', 'retry-1').send(failing)).status).toBe(400);
    expect((await sales.post('/api/channel-prices/batch').set('Idempotency-Key', 'bad key with spaces').send(bad)).status).toBe(400);
  });
});
