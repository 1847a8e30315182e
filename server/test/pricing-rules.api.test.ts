import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown> & { id: number };

/** Fixed "now" for the server; prices start at it (in force at once) unless a test says otherwise. */
const T0 = '2030-01-10T02:00:00.000Z';
const DAY = 24 * 3600 * 1000;
const at = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

/**
 * Pricing rules a user would notice if they broke: who may decide or withdraw a request, which
 * prices count for parity, what the export writes and when a dated price stops. Each test builds
 * its own products, SKUs and channels.
 */
describe.each(databases)('pricing rules on %s', (kind) => {
  let t: TestApp;
  let admin: Agent;
  let manager: Agent;
  let sales: Agent;
  let seq = 0;
  const unique = (prefix: string) => `${prefix}-${++seq}`;

  beforeAll(async () => {
    clock.set(T0);
    t = await startTestApp(kind);
    [admin, manager, sales] = await Promise.all([t.login('admin@acme.test'), t.login('manager@acme.test'), t.login('sales@acme.test')]);
  });
  afterEach(() => clock.set(T0));
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  const ok = <T = Row>(res: { status: number; body: unknown }, status = 201): T => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as T;
  };
  const newProduct = async (parity_tolerance: number | null = null) =>
    ok(await admin.post('/api/products').send({
      generic_name: unique('布洛芬缓释胶囊'), dosage_form: '胶囊', strength: '0.3g', approval_number: '国药准字H20013062',
      rx_class: 'otc_a', manufacturer: 'Maker', parity_tolerance,
    }));
  /** A SKU with a low control price, so its first price is approved at once. */
  const newSku = async (productId: number, units: number) => {
    const sku = ok(await admin.post('/api/skus').send({
      product_id: productId, code: unique('RULE'), name: 'Rule SKU', pack_desc: `×${units}`, units_per_pack: units, unit: '粒',
      channel_scope: 'all', guide_price: 99,
    }));
    ok(await admin.post('/api/price-policies').send({ sku_id: sku.id, control_price: 0.5, promo_floor_price: 0.5 }));
    return sku;
  };
  const newChannel = async (type: 'online' | 'offline') =>
    ok(await admin.post('/api/channels').send({ name: unique(`${type} shop`), code: unique(type.toUpperCase()), type, platform: type === 'online' ? 'tmall' : 'pharmacy_chain' }));
  /** An approved price in force from `from` (default: now). */
  const setPrice = async (skuId: number, channelId: number, price: number, from = T0, to: string | null = null) => {
    const res = ok(await sales.post('/api/channel-prices').send({ sku_id: skuId, channel_id: channelId, price, effective_from: from, effective_to: to }));
    expect(res.status).toBe('approved');
    return res;
  };
  /** A request kept pending for a manager (below the SKU's control price). */
  const pendingRequest = async (requester: Agent) => {
    const product = await newProduct();
    const sku = await newSku(product.id, 10);
    ok(await admin.put(`/api/price-policies/${(await admin.get('/api/price-policies').query({ filter: JSON.stringify({ sku_id: sku.id }) })).body[0].id}`)
      .send({ sku_id: sku.id, control_price: 50, promo_floor_price: 40, version: 1 }), 200);
    const channel = await newChannel('online');
    const res = ok(await requester.post('/api/channel-prices').send({ sku_id: sku.id, channel_id: channel.id, price: 30, effective_from: at(DAY) }));
    expect(res).toMatchObject({ status: 'pending', approval_reason: 'below_control' });
    return res;
  };
  const parity = async (productId: number) => {
    const res = ok<Row[]>(await manager.get('/api/pricing/parity').query({ filter: JSON.stringify({ product_id: productId }) }), 200);
    expect(res).toHaveLength(1);
    return res[0];
  };
  const priceRow = (id: number) => t.database.db('channel_prices').where({ id }).first();
  const deleteAudits = async (id: number) =>
    (await admin.get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'channel-prices', record_id: id, action: 'delete' }) })).body;

  describe('decisions and withdrawals', () => {
    test('should refuse to let a manager reject their own request', async () => {
      const own = await pendingRequest(admin);
      const res = await admin.post(`/api/channel-prices/${own.id}/reject`).send({ note: 'changed my mind' });
      expect(res.status).toBe(403);
      expect(await priceRow(own.id)).toMatchObject({ status: 'pending', approved_by: null });
      // Another manager may.
      expect(ok(await manager.post(`/api/channel-prices/${own.id}/reject`).send({ note: 'no' }), 200)).toMatchObject({ status: 'rejected' });
    });

    test('should never delete approved or rejected history, whoever asks', async () => {
      const product = await newProduct();
      const sku = await newSku(product.id, 10);
      const channel = await newChannel('online');
      const approved = await setPrice(sku.id, channel.id, 12);
      const rejected = await pendingRequest(sales);
      ok(await manager.post(`/api/channel-prices/${rejected.id}/reject`).send({ note: 'no' }), 200);
      for (const row of [approved, rejected]) {
        for (const agent of [sales, admin]) {
          const res = await agent.delete(`/api/channel-prices/${row.id}`);
          expect(res.status, JSON.stringify(res.body)).toBe(409);
        }
        expect(await priceRow(row.id)).toBeTruthy();
        expect(await deleteAudits(row.id)).toEqual([]);
      }
      expect((await sales.get('/api/channel-prices').query({ filter: JSON.stringify({ sku_id: sku.id, channel_id: channel.id, in_force_at: T0 }) })).body)
        .toEqual([expect.objectContaining({ id: approved.id, price: 12 })]);
    });

    test('should let only the requester or an admin withdraw a pending request', async () => {
      const colleague = ok(await admin.post('/api/users').send({ email: `${unique('colleague')}@acme.test`, name: 'Colleague', role: 'sales', password: 'Marble-Otter-Quinoa-77' }));
      const other = request.agent(t.app);
      expect((await other.post('/api/auth/login').send({ email: colleague.email, password: 'Marble-Otter-Quinoa-77' })).status).toBe(200);
      const pending = await pendingRequest(sales);
      expect((await other.delete(`/api/channel-prices/${pending.id}`)).status).toBe(403);
      expect(await priceRow(pending.id)).toMatchObject({ status: 'pending' });
      expect(await deleteAudits(pending.id)).toEqual([]);
      expect(ok(await admin.delete(`/api/channel-prices/${pending.id}`), 200)).toMatchObject({ id: pending.id, status: 'pending' });
      expect(await priceRow(pending.id)).toMatchObject({ status: 'withdrawn' }); // kept: the requester sees what became of it
      expect(await deleteAudits(pending.id)).toHaveLength(1);
      expect((await admin.delete(`/api/channel-prices/${pending.id}`)).status).toBe(409); // withdrawn once
      const mine = await pendingRequest(sales);
      expect(ok(await sales.delete(`/api/channel-prices/${mine.id}`), 200)).toMatchObject({ id: mine.id });
    });
  });

  describe('compliance report and the matrix breach filter', () => {
    test('should list prices below control and parity breaches with their channels, and narrow the matrix to them', async () => {
      const product = await newProduct();
      const [low, fine] = [await newSku(product.id, 10), await newSku(product.id, 10)];
      const [online, offline] = [await newChannel('online'), await newChannel('offline')];
      await setPrice(low.id, online.id, 8);
      await setPrice(low.id, offline.id, 10);
      await setPrice(fine.id, offline.id, 12);
      const policy = ok<Row[]>(await admin.get('/api/price-policies').query({ filter: JSON.stringify({ sku_id: low.id }) }), 200)[0];
      ok(await admin.put(`/api/price-policies/${policy.id}`).send({ ...policy, control_price: 9, promo_floor_price: 8.5 }), 200);

      const below = ok<Row[]>(await manager.get('/api/pricing/below-control').query({ filter: JSON.stringify({ product_id: product.id }) }), 200);
      expect(below).toEqual([expect.objectContaining({
        sku_id: low.id, channel_id: online.id, channel_name: online.name, price: 8, unit_price: 0.8, control_price: 9, gap: -1, gap_pct: -0.1111,
      })]);
      expect((await sales.get('/api/pricing/below-control').query({ filter: JSON.stringify({ q: low.code as string }) })).body).toHaveLength(1);
      expect((await (await t.login('admin@rival.test')).get('/api/pricing/below-control')).body).toEqual([]);

      const [parity] = ok<Row[]>(await manager.get('/api/pricing/parity').query({ filter: JSON.stringify({ product_id: product.id }) }), 200);
      expect(parity).toMatchObject({ breach: true, online_channel: online.name, online_sku: low.code, offline_channel: offline.name, offline_sku: low.code });

      const matrixIds = async (filter: Record<string, unknown>) =>
        ok<Row[]>(await sales.get('/api/price-matrix').query({ filter: JSON.stringify(filter) }), 200).map((r) => r.id);
      expect(await matrixIds({ product_id: product.id, breaches: 'below_control' })).toEqual([low.id]);
      expect((await matrixIds({ product_id: product.id, breaches: 'parity' })).sort()).toEqual([low.id, fine.id].sort());
      expect((await matrixIds({ product_id: product.id, breaches: 'any' })).sort()).toEqual([low.id, fine.id].sort());
      expect(await matrixIds({ id: fine.id, breaches: 'below_control' })).toEqual([]);
      const bad = await sales.get('/api/price-matrix').query({ filter: JSON.stringify({ breaches: 'everything' }) });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.breaches).toBeTruthy();
    });
  });

  describe('the matrix as of a day', () => {
    test('should show the prices in force at any instant from the history, with what was scheduled after it', async () => {
      const sku = await newSku((await newProduct()).id, 10);
      const channel = await newChannel('online');
      await setPrice(sku.id, channel.id, 10);
      await setPrice(sku.id, channel.id, 11, at(2 * DAY));
      const cell = async (asOf?: string) => {
        const res = await sales.get('/api/price-matrix').query({ filter: JSON.stringify({ id: sku.id, ...(asOf ? { as_of: asOf } : {}) }) });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return res.body[0].cells[channel.id] ?? null;
      };
      expect(await cell()).toMatchObject({ price: 10, scheduled: { price: 11 } });
      expect(await cell(at(DAY))).toMatchObject({ price: 10, unit_price: 1, scheduled: { price: 11, effective_from: at(2 * DAY) }, pending: null });
      expect(await cell(at(3 * DAY))).toMatchObject({ price: 11, scheduled: null });
      expect(await cell(at(-DAY))).toMatchObject({ price: null, scheduled: { price: 10 } });
      const bad = await sales.get('/api/price-matrix').query({ filter: JSON.stringify({ as_of: '2026-02-30' }) });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.as_of).toBeTruthy();
    });
  });

  describe('the requests list', () => {
    test('should show a requester their own requests with the outcome, and filter by status, channel and requester', async () => {
      const list = async (agent: Agent, filter: Record<string, unknown>) =>
        ok<Row[]>(await agent.get('/api/channel-prices').query({ filter: JSON.stringify(filter), range: '[0,999]' }), 200);
      const [rejected, withdrawn, waiting] = [await pendingRequest(sales), await pendingRequest(sales), await pendingRequest(sales)];
      const theirs = await pendingRequest(admin);
      ok(await manager.post(`/api/channel-prices/${rejected.id}/reject`).send({ note: 'too low for JD' }), 200);
      ok(await sales.delete(`/api/channel-prices/${withdrawn.id}`), 200);

      const mine = await list(sales, { mine: true });
      const byId = new Map(mine.map((r) => [r.id, r]));
      expect(byId.get(rejected.id)).toMatchObject({ status: 'rejected', decision_note: 'too low for JD', approver_email: 'manager@acme.test', requester_name: 'Acme sales' });
      expect(byId.get(withdrawn.id)).toMatchObject({ status: 'withdrawn' });
      expect(byId.get(waiting.id)).toMatchObject({ status: 'pending' });
      expect(byId.has(theirs.id)).toBe(false);
      expect(mine.every((r) => r.requested_by === t.fixture.users.sales)).toBe(true);

      expect((await list(sales, { mine: true, status: 'withdrawn' })).map((r) => r.id)).toContain(withdrawn.id);
      expect((await list(sales, { mine: true, status: 'withdrawn' })).every((r) => r.status === 'withdrawn')).toBe(true);
      expect((await list(manager, { channel_id: theirs.channel_id })).map((r) => r.id)).toEqual([theirs.id]);
      const requesters = ok<{ id: number; name: string }[]>(await sales.get('/api/channel-prices/requesters'), 200);
      expect(requesters).toEqual(expect.arrayContaining([{ id: t.fixture.users.admin, name: 'Acme admin' }, { id: t.fixture.users.sales, name: 'Acme sales' }]));
      expect(requesters.map((r) => r.id)).not.toContain(t.fixture.users.rivalAdmin);
      const byRequester = await list(manager, { requested_by: t.fixture.users.admin, status: 'pending' });
      expect(byRequester.map((r) => r.id)).toContain(theirs.id);
      expect(byRequester.every((r) => r.requester_name === 'Acme admin')).toBe(true);
      expect((await manager.get('/api/channel-prices').query({ filter: JSON.stringify({ mine: 'yes' }) })).status).toBe(400);
    });
  });

  describe('parity', () => {
    test('should take the lowest price across channels of one type', async () => {
      const product = await newProduct();
      const sku = await newSku(product.id, 10);
      const [cheapOnline, dearOnline, offline] = await Promise.all([newChannel('online'), newChannel('online'), newChannel('offline')]);
      await setPrice(sku.id, dearOnline.id, 10);
      await setPrice(sku.id, cheapOnline.id, 8);
      await setPrice(sku.id, offline.id, 10);
      expect(await parity(product.id)).toMatchObject({ online_unit_price: 0.8, offline_unit_price: 1, gap_pct: 0.2, breach: true });
    });

    test('should take the lowest per-unit price across the product\'s pack sizes', async () => {
      const product = await newProduct();
      // Per unit: small packs 1.00 online / 1.50 offline, big packs 0.80 online / 1.20 offline.
      const [small, big] = [await newSku(product.id, 10), await newSku(product.id, 20)];
      const [online, offline] = await Promise.all([newChannel('online'), newChannel('offline')]);
      await setPrice(small.id, online.id, 10);
      await setPrice(big.id, online.id, 16);
      await setPrice(big.id, offline.id, 24);
      await setPrice(small.id, offline.id, 15);
      expect(await parity(product.id)).toMatchObject({ online_unit_price: 0.8, offline_unit_price: 1.2 });
    });

    test('should judge a gap by the product\'s tolerance, else the company\'s', async () => {
      const [lenient, strict, companyRule] = [await newProduct(0.3), await newProduct(0.1), await newProduct(null)];
      const [online, offline] = await Promise.all([newChannel('online'), newChannel('offline')]);
      for (const product of [lenient, strict, companyRule]) {
        const sku = await newSku(product.id, 10);
        await setPrice(sku.id, online.id, 8); // 20% below offline
        await setPrice(sku.id, offline.id, 10);
      }
      expect(await parity(lenient.id)).toMatchObject({ gap_pct: 0.2, tolerance: 0.3, breach: false });
      expect(await parity(strict.id)).toMatchObject({ gap_pct: 0.2, tolerance: 0.1, breach: true });
      // Each save sends the version it read (optimistic locking), so re-read before the next one.
      const setTolerance = async (parity_tolerance: number) => ok(await admin.put('/api/settings').send({ ...(await admin.get('/api/settings')).body, parity_tolerance }), 200);
      const { parity_tolerance: original } = (await admin.get('/api/settings')).body;
      try {
        await setTolerance(0.25);
        expect(await parity(companyRule.id)).toMatchObject({ tolerance: 0.25, breach: false });
        await setTolerance(0.15);
        expect(await parity(companyRule.id)).toMatchObject({ tolerance: 0.15, breach: true });
      } finally {
        await setTolerance(original);
      }
    });

    test('should ignore prices on inactive channels', async () => {
      const product = await newProduct();
      const sku = await newSku(product.id, 10);
      const [online, closed, offline] = await Promise.all([newChannel('online'), newChannel('online'), newChannel('offline')]);
      await setPrice(sku.id, online.id, 10);
      await setPrice(sku.id, closed.id, 5);
      await setPrice(sku.id, offline.id, 10);
      expect(await parity(product.id)).toMatchObject({ online_unit_price: 0.5, breach: true });
      ok(await admin.put(`/api/channels/${closed.id}`).send({ ...closed, active: false }), 200);
      expect(await parity(product.id)).toMatchObject({ online_unit_price: 1, offline_unit_price: 1, gap_pct: 0, breach: false });
    });
  });

  test('should export box prices in the box view and per-unit prices in the unit view', async () => {
    const product = await newProduct();
    const sku = await newSku(product.id, 8);
    const channel = await newChannel('offline');
    await setPrice(sku.id, channel.id, 12.4);
    const sheetOf = async (view?: string) => {
      const res = await sales.get('/api/price-matrix/export.xlsx')
        .query({ filter: JSON.stringify({ id: [sku.id] }), ...(view ? { view } : {}) })
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      const sheet = workbook.worksheets[0];
      const headers = sheet.getRow(1).values as unknown[];
      // Channels by name, as staff know them; per-unit columns say so, so they never import back as pack prices.
      const column = headers.indexOf(view === 'unit' ? `${channel.name} (单位价)` : channel.name);
      expect(column, JSON.stringify(headers)).toBeGreaterThan(0);
      expect(sheet.rowCount).toBe(2);
      expect(sheet.getRow(2).getCell(1).value).toBe(sku.code);
      return sheet.getRow(2).getCell(column).value;
    };
    expect(await sheetOf()).toBe(12.4);
    expect(await sheetOf('box')).toBe(12.4);
    expect(await sheetOf('unit')).toBe(1.55);
  });

  test('should end a dated price at its effective_to instant, exclusive', async () => {
    const product = await newProduct();
    const sku = await newSku(product.id, 10);
    const [ending, replaced] = await Promise.all([newChannel('online'), newChannel('online')]);
    const end = at(3 * DAY);
    const temporary = await setPrice(sku.id, ending.id, 9.9, T0, end);
    const first = await setPrice(sku.id, replaced.id, 11, T0, end);
    const next = await setPrice(sku.id, replaced.id, 12, end);
    const inForce = async (channelId: number, when: string) =>
      (await sales.get('/api/channel-prices').query({ filter: JSON.stringify({ sku_id: sku.id, channel_id: channelId, in_force_at: when }) })).body.map((p: Row) => p.id);
    expect(await inForce(ending.id, at(3 * DAY - 1))).toEqual([temporary.id]);
    expect(await inForce(ending.id, end)).toEqual([]);
    expect(await inForce(replaced.id, at(3 * DAY - 1))).toEqual([first.id]);
    expect(await inForce(replaced.id, end)).toEqual([next.id]);

    const cells = async () => (await sales.get('/api/price-matrix').query({ filter: JSON.stringify({ id: [sku.id] }) })).body[0].cells;
    clock.set(at(3 * DAY - 1));
    expect((await cells())[ending.id]).toMatchObject({ price: 9.9 });
    clock.set(end);
    const after = await cells();
    expect(after[ending.id]?.price ?? null).toBeNull();
    expect(after[replaced.id]).toMatchObject({ price: 12 });
  });

  test('should switch the matrix to a scheduled price once its start passes', async () => {
    const product = await newProduct();
    const sku = await newSku(product.id, 10);
    const channel = await newChannel('online');
    await setPrice(sku.id, channel.id, 9.9);
    const soon = at(90 * 1000);
    await setPrice(sku.id, channel.id, 10.5, soon);
    const cell = async () => (await sales.get('/api/price-matrix').query({ filter: JSON.stringify({ id: [sku.id] }) })).body[0].cells[channel.id];
    expect(await cell()).toMatchObject({ price: 9.9, scheduled: { price: 10.5, effective_from: soon } });
    clock.advance(89 * 1000);
    expect(await cell()).toMatchObject({ price: 9.9 });
    clock.advance(1000);
    expect(await cell()).toMatchObject({ price: 10.5, effective_from: soon, scheduled: null });
  });
});
