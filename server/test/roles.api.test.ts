import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Response } from 'supertest';
import type { Role } from '../../shared/enums';
import { clock } from '../src/clock';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

const ROLES: Role[] = ['admin', 'manager', 'sales', 'promotion'];
const EVERYONE: Role[] = ROLES;
const EDITORS: Role[] = ['admin', 'sales'];
const DECIDERS: Role[] = ['admin', 'manager'];
const PROMOTERS: Role[] = ['admin', 'promotion'];

/** The clock the server sees during these tests: price requests start after it, sessions live by it. */
const NOW = '2030-03-01T02:00:00.000Z';
const LATER = '2030-04-01';

/**
 * DESIGN.md's role table, one line per endpoint. A permitted call must succeed (201/200 with the
 * record, on data the test builds for itself); a refused one must be a 403 before anything else
 * is looked at (a bad body or an absent id still answers 403) and must write nothing.
 */
describe.each(databases)('role permissions on %s', (kind) => {
  let t: TestApp;
  const as = {} as Record<Role, Agent>;
  let seq = 0;
  const unique = (prefix: string) => `${prefix}-${++seq}`;

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp(kind);
    for (const role of ROLES) as[role] = await t.login(`${role}@acme.test`);
  });
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  const db = () => t.database.db;
  const rowCount = async (table: string) => Number((await db()(table).count({ n: '*' }))[0].n);
  const auditCount = () => rowCount('audit_log');

  const created = (res: Response, what: string) => {
    expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(201);
    return res.body as Row & { id: number; version: number };
  };

  // Builders: each test makes the records it works on, through the admin (who may do everything).
  const newProduct = async () => created(await as.admin.post('/api/products').send(productBody()), 'product');
  const newSku = async (scope = 'all') => created(await as.admin.post('/api/skus').send(skuBody((await newProduct()).id, scope)), 'sku');
  const newChannel = async (type = 'online') => created(await as.admin.post('/api/channels').send(channelBody(type)), 'channel');
  const newUser = async () => created(await as.admin.post('/api/users').send(userBody()), 'user');
  const newPolicy = async () => created(await as.admin.post('/api/price-policies').send({ sku_id: (await newSku()).id, control_price: 10, promo_floor_price: 8 }), 'policy');
  /** A price request left pending for a manager (its SKU has no policy yet). */
  const newPendingPrice = async (requester: Agent = as.sales) => {
    const [sku, channel] = await Promise.all([newSku(), newChannel()]);
    const res = created(await requester.post('/api/channel-prices').send({ sku_id: sku.id, channel_id: channel.id, price: 12.5, effective_from: LATER }), 'price');
    expect(res.status).toBe('pending');
    return res;
  };
  const newImport = async (uploader: Agent = as.sales) => {
    const [sku, channel] = await Promise.all([newSku(), newChannel()]);
    const csv = `SKU,Channel,Price,Effective from\n${sku.code},${channel.code},12.50,${LATER}\n`;
    return created(await uploader.post('/api/price-imports').attach('file', Buffer.from(csv), 'prices.csv'), 'import');
  };
  const importMapping = { sku: 'SKU', channel: 'Channel', price: 'Price', effective_from: 'Effective from' };
  const orderBody = async () => ({
    channel_id: (await newChannel()).id, order_no: unique('ROLE-ORDER'), ordered_at: '2026-11-20T02:00:00.000Z', status: 'paid',
    customer_name: '仁心大药房', customer_type: 'pharmacy', province: '广东省', city: '广州市',
    lines: [{ sku_id: (await newSku()).id, qty: 2, unit_price: 19.9 }],
  });
  let planMonth = 0;
  /** A month no other plan of this run uses (one plan per month, channel and user). */
  const nextMonth = () => `20${30 + Math.floor(planMonth / 12)}-${String((planMonth++ % 12) + 1).padStart(2, '0')}`;
  const newPlan = async () => created(await as.admin.post('/api/sales-plans').send({ month: nextMonth(), target_amount: 5000 }), 'plan');
  const newOrder = async () => created(await as.admin.post('/api/orders').send(await orderBody()), 'order');
  /** A flash sale draft on a fresh OTC SKU and consumer channel, so no two promotions of this run ever conflict. */
  const promotionBody = async (promoPrice = 9.9) => {
    const product = created(await as.admin.post('/api/products').send({ ...productBody(), rx_class: 'otc_a' }), 'otc product');
    const [sku, channel] = await Promise.all([
      created(await as.admin.post('/api/skus').send(skuBody(product.id)), 'otc sku'), newChannel(),
    ]);
    return {
      name: unique('Role promotion'), type: 'flash_sale', channel_ids: [channel.id], start_at: '2030-04-01T00:00:00.000Z', end_at: '2030-04-10T00:00:00.000Z',
      items: [{ sku_id: sku.id, promo_price: promoPrice, stock_limit: 100 }],
    };
  };
  const newPromotion = async (author: Agent = as.admin) => created(await author.post('/api/promotions').send(await promotionBody()), 'promotion');
  /** A promotion below its SKU's floor, submitted by promotion staff: it waits for a manager. */
  const newPendingPromotion = async () => {
    const body = await promotionBody(5);
    created(await as.admin.post('/api/price-policies').send({ sku_id: body.items[0].sku_id, control_price: 10, promo_floor_price: 8 }), 'policy');
    const draft = created(await as.promotion.post('/api/promotions').send(body), 'promotion');
    const submitted = await as.promotion.post(`/api/promotions/${draft.id}/submit`).send({});
    expect(submitted.body.status, JSON.stringify(submitted.body)).toBe('pending');
    return submitted.body as Row & { id: number; version: number };
  };

  const productBody = () => ({
    generic_name: unique('阿莫西林胶囊'), brand_name: 'Roles', dosage_form: '胶囊', strength: '0.25g',
    approval_number: '国药准字H20040001', rx_class: 'rx', storage: 'ambient', manufacturer: 'Maker', category: 'antibiotics',
  });
  const skuBody = (productId: number, scope = 'all') => ({
    product_id: productId, code: unique('ROLE-SKU'), name: 'Role SKU', pack_desc: '0.25g×24粒', units_per_pack: 24, unit: '粒',
    channel_scope: scope, guide_price: 19.9, status: 'active',
  });
  const channelBody = (type = 'online') => ({
    name: unique('Role channel'), code: unique('ROLE-CH'), type, platform: type === 'online' ? 'jd' : 'distributor',
    region: '华东', commission_rate: 0.05, active: true,
  });
  const userBody = () => ({ email: `${unique('role-user')}@acme.test`, name: 'Role user', role: 'promotion', locale: 'en', active: true, password: 'Quartz-Lantern-Fjord-82' });

  /** Asserts a refusal: 403 with the error shape, and not one audit row (so nothing) written. */
  async function expectRefused(call: () => Promise<Response>, check?: () => Promise<void>) {
    const before = await auditCount();
    const res = await call();
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body).toMatchObject({ message: expect.any(String), errors: expect.any(Object) });
    expect(await auditCount()).toBe(before);
    await check?.();
  }

  /** A CRUD resource whose records the builders can make: list, show, create, update, delete. */
  interface Crud {
    table: string;
    build: () => Promise<Row & { id: number; version: number }>;
    body: () => Promise<Row>;
    /** A change that must show in the answer to a permitted PUT. */
    change: (record: Row) => Row;
    /** Writers who may also delete (default: every writer). */
    deleters?: Role[];
  }

  const crud: Record<string, Crud> = {
    products: { table: 'products', build: newProduct, body: async () => productBody(), change: () => ({ strength: '0.5g' }) },
    skus: { table: 'skus', build: () => newSku(), body: async () => skuBody((await newProduct()).id), change: () => ({ guide_price: 21.5 }) },
    channels: { table: 'channels', build: () => newChannel(), body: async () => channelBody(), change: () => ({ region: '华南' }) },
    users: { table: 'users', build: newUser, body: async () => userBody(), change: () => ({ name: 'Renamed user', role: 'sales' }) },
    'price-policies': {
      table: 'price_policies', build: newPolicy, body: async () => ({ sku_id: (await newSku()).id, control_price: 10, promo_floor_price: 8 }),
      change: () => ({ control_price: 11, promo_floor_price: 9 }), // a raise: no manager needed
      deleters: ['admin'], // a removal is a lowering to nothing: sales may not dodge the manager by delete and re-create
    },
    orders: { table: 'orders', build: newOrder, body: orderBody, change: () => ({ status: 'shipped' }) },
    'sales-plans': { table: 'sales_plans', build: newPlan, body: async () => ({ month: nextMonth(), channel_id: null, user_id: null, target_amount: 8000 }), change: () => ({ target_amount: 9000 }) },
    promotions: { table: 'promotions', build: () => newPromotion(), body: () => promotionBody(), change: () => ({ name: 'Renamed promotion' }) },
  };
  const crudAccess: Record<string, { read: Role[]; write: Role[] }> = {
    products: { read: EVERYONE, write: EDITORS },
    skus: { read: EVERYONE, write: EDITORS },
    channels: { read: EVERYONE, write: ['admin'] },
    users: { read: ['admin'], write: ['admin'] },
    'price-policies': { read: EVERYONE, write: EDITORS },
    orders: { read: EVERYONE, write: EDITORS },
    'sales-plans': { read: EVERYONE, write: EDITORS },
    promotions: { read: EVERYONE, write: PROMOTERS },
  };

  for (const [resource, spec] of Object.entries(crud)) {
    const { read, write } = crudAccess[resource];
    const strip = (body: Row) => {
      const { password: _password, ...rest } = body;
      return rest;
    };
    for (const role of ROLES) {
      if (read.includes(role)) {
        test(`should let ${role} list and show ${resource}`, async () => {
          const record = await spec.build();
          const list = await as[role].get(`/api/${resource}`).query({ filter: JSON.stringify({ id: [record.id] }) });
          expect(list.status).toBe(200);
          expect(list.body).toEqual([expect.objectContaining({ id: record.id })]);
          expect(list.headers['content-range']).toMatch(new RegExp(`^${resource} 0-0/1$`));
          const one = await as[role].get(`/api/${resource}/${record.id}`);
          expect(one.status).toBe(200);
          expect(one.body).toEqual(record);
        });
      } else {
        test(`should refuse (403) ${role} to list or show ${resource}`, async () => {
          const record = await spec.build();
          await expectRefused(() => as[role].get(`/api/${resource}`));
          await expectRefused(() => as[role].get(`/api/${resource}/${record.id}`));
          await expectRefused(() => as[role].get(`/api/${resource}/999999`));
        });
      }

      if (write.includes(role)) {
        test(`should let ${role} create ${resource} and answer 201 with the record`, async () => {
          const body = await spec.body();
          const res = await as[role].post(`/api/${resource}`).send(body);
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          expect(res.body).toMatchObject({ ...strip(body), id: expect.any(Number), version: 1 });
          expect((await as.admin.get(`/api/${resource}/${res.body.id}`)).body).toEqual(res.body);
        });

        test(`should let ${role} update ${resource} with the current version`, async () => {
          const record = await spec.build();
          const change = spec.change(record);
          const res = await as[role].put(`/api/${resource}/${record.id}`).send({ ...record, ...change });
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(res.body).toMatchObject({ ...change, id: record.id, version: record.version + 1 });
          expect((await as.admin.get(`/api/${resource}/${record.id}`)).body).toMatchObject(change);
        });

        if (spec.deleters && !spec.deleters.includes(role)) {
          test(`should refuse (403) ${role} to delete ${resource}, keeping the record`, async () => {
            const record = await spec.build();
            const res = await as[role].delete(`/api/${resource}/${record.id}`);
            expect(res.status).toBe(403);
            expect(res.body.key).toBe('policy_removal_admin_only');
            expect((await as.admin.get(`/api/${resource}/${record.id}`)).body).toEqual(record);
          });
        } else test(`should let ${role} delete a fresh ${resource} record and answer with it`, async () => {
          const record = await spec.build();
          const res = await as[role].delete(`/api/${resource}/${record.id}`);
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(res.body).toEqual(record);
          expect((await as.admin.get(`/api/${resource}/${record.id}`)).status).toBe(404);
        });
      } else {
        test(`should refuse (403) ${role} to create, update or delete ${resource}, writing nothing`, async () => {
          const record = await spec.build();
          const body = await spec.body();
          const stored = await db()(spec.table).where({ id: record.id }).first();
          const count = await rowCount(spec.table);
          await expectRefused(() => as[role].post(`/api/${resource}`).send({}));
          await expectRefused(() => as[role].post(`/api/${resource}`).send(body));
          await expectRefused(() => as[role].put(`/api/${resource}/${record.id}`).send({ ...record, ...spec.change(record) }));
          await expectRefused(() => as[role].put(`/api/${resource}/999999`).send({}));
          await expectRefused(() => as[role].delete(`/api/${resource}/${record.id}`));
          await expectRefused(() => as[role].delete(`/api/${resource}/999999`));
          expect(await db()(spec.table).where({ id: record.id }).first()).toEqual(stored);
          expect(await rowCount(spec.table)).toBe(count);
        });
      }
    }
  }

  describe('audit log', () => {
    for (const role of ROLES) {
      if (DECIDERS.includes(role)) {
        test(`should let ${role} read the audit log`, async () => {
          const product = await newProduct();
          const list = await as[role].get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'products', record_id: product.id }) });
          expect(list.status).toBe(200);
          expect(list.body).toEqual([expect.objectContaining({ action: 'create', resource: 'products', record_id: product.id, user_email: 'admin@acme.test' })]);
          const one = await as[role].get(`/api/audit-logs/${list.body[0].id}`);
          expect(one.status).toBe(200);
          expect(one.body.after).toMatchObject({ id: product.id, generic_name: product.generic_name });
        });
      } else {
        test(`should refuse (403) ${role} to read the audit log`, async () => {
          await newProduct();
          const [{ id }] = await db()('audit_log').orderBy('id', 'desc').limit(1).select('id');
          await expectRefused(() => as[role].get('/api/audit-logs'));
          await expectRefused(() => as[role].get(`/api/audit-logs/${id}`));
        });
      }

      test(`should refuse (403) ${role} to write the audit log, which nobody edits`, async () => {
        await newProduct();
        const [{ id }] = await db()('audit_log').orderBy('id', 'desc').limit(1).select('id');
        const stored = await db()('audit_log').where({ id }).first();
        await expectRefused(() => as[role].post('/api/audit-logs').send({ action: 'create', resource: 'products', record_id: 1 }));
        await expectRefused(() => as[role].put(`/api/audit-logs/${id}`).send({ action: 'delete' }));
        await expectRefused(() => as[role].delete(`/api/audit-logs/${id}`));
        expect(await db()('audit_log').where({ id }).first()).toEqual(stored);
      });
    }
  });

  describe('channel prices', () => {
    for (const role of ROLES) {
      test(`should let ${role} list and show channel prices`, async () => {
        const price = await newPendingPrice();
        const list = await as[role].get('/api/channel-prices').query({ filter: JSON.stringify({ sku_id: price.sku_id }) });
        expect(list.status).toBe(200);
        expect(list.body).toEqual([expect.objectContaining({ id: price.id, status: 'pending', price: 12.5 })]);
        const one = await as[role].get(`/api/channel-prices/${price.id}`);
        expect(one.status).toBe(200);
        expect(one.body).toMatchObject({ id: price.id, sku_id: price.sku_id, channel_id: price.channel_id, price: 12.5 });
      });

      if (EDITORS.includes(role)) {
        test(`should let ${role} request a price (201 with the record)`, async () => {
          const [sku, channel] = await Promise.all([newSku(), newChannel()]);
          const res = await as[role].post('/api/channel-prices').send({ sku_id: sku.id, channel_id: channel.id, price: 15.8, effective_from: LATER, reason: 'launch' });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          expect(res.body).toMatchObject({ id: expect.any(Number), sku_id: sku.id, channel_id: channel.id, price: 15.8, reason: 'launch', requested_by: t.fixture.users[role] });
          expect((await as.manager.get(`/api/channel-prices/${res.body.id}`)).body).toMatchObject({ price: 15.8 });
        });

        test(`should let ${role} request a batch of prices (201 with the ids)`, async () => {
          const [sku, online, offline] = await Promise.all([newSku(), newChannel('online'), newChannel('offline')]);
          const res = await as[role].post('/api/channel-prices/batch').send({
            effective_from: LATER, reason: 'matrix edit',
            changes: [{ sku_id: sku.id, channel_id: online.id, price: 15 }, { sku_id: sku.id, channel_id: offline.id, price: 16 }],
          });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          expect(res.body).toMatchObject({ created: 2, ids: [expect.any(Number), expect.any(Number)] });
          const stored = await as.manager.get('/api/channel-prices').query({ filter: JSON.stringify({ sku_id: sku.id }), sort: '["price","ASC"]' });
          expect(stored.body.map((p: Row) => [p.channel_id, p.price])).toEqual([[online.id, 15], [offline.id, 16]]);
        });

        test(`should let ${role} withdraw their own pending request (DELETE answers the record)`, async () => {
          const price = await newPendingPrice(as[role]);
          const res = await as[role].delete(`/api/channel-prices/${price.id}`);
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(res.body).toMatchObject({ id: price.id, status: 'pending', price: 12.5 });
          expect((await as.admin.get(`/api/channel-prices/${price.id}`)).body).toMatchObject({ id: price.id, status: 'withdrawn' });
        });

        test(`should answer 405 to ${role} rewriting a price with PUT`, async () => {
          const price = await newPendingPrice();
          const stored = await db()('channel_prices').where({ id: price.id }).first();
          const res = await as[role].put(`/api/channel-prices/${price.id}`).send({ ...price, price: 1 });
          expect(res.status).toBe(405);
          expect(res.body).toMatchObject({ message: expect.any(String), errors: expect.any(Object) });
          expect(await db()('channel_prices').where({ id: price.id }).first()).toEqual(stored);
        });
      } else {
        test(`should refuse (403) ${role} to request, batch, withdraw or rewrite prices`, async () => {
          const [sku, channel] = await Promise.all([newSku(), newChannel()]);
          const price = await newPendingPrice();
          const count = await rowCount('channel_prices');
          await expectRefused(() => as[role].post('/api/channel-prices').send({ sku_id: sku.id, channel_id: channel.id, price: 15, effective_from: LATER }));
          await expectRefused(() => as[role].post('/api/channel-prices').send({}));
          await expectRefused(() => as[role].post('/api/channel-prices/batch').send({ effective_from: LATER, changes: [{ sku_id: sku.id, channel_id: channel.id, price: 15 }] }));
          await expectRefused(() => as[role].post('/api/channel-prices/batch').send({}));
          await expectRefused(() => as[role].delete(`/api/channel-prices/${price.id}`));
          await expectRefused(() => as[role].delete('/api/channel-prices/999999'));
          await expectRefused(() => as[role].put(`/api/channel-prices/${price.id}`).send({ ...price, price: 1 }));
          await expectRefused(() => as[role].put('/api/channel-prices/999999').send({}));
          expect(await rowCount('channel_prices')).toBe(count);
          expect((await as.admin.get(`/api/channel-prices/${price.id}`)).body).toMatchObject({ status: 'pending', price: 12.5 });
        });
      }

      if (DECIDERS.includes(role)) {
        test(`should let ${role} approve and reject someone else's request`, async () => {
          const toApprove = await newPendingPrice();
          const approved = await as[role].post(`/api/channel-prices/${toApprove.id}/approve`).send({ note: 'ok' });
          expect(approved.status, JSON.stringify(approved.body)).toBe(200);
          expect(approved.body).toMatchObject({ id: toApprove.id, status: 'approved', approved_by: t.fixture.users[role], decision_note: 'ok' });
          const toReject = await newPendingPrice();
          const rejected = await as[role].post(`/api/channel-prices/${toReject.id}/reject`).send({ note: 'too low' });
          expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
          expect(rejected.body).toMatchObject({ id: toReject.id, status: 'rejected', approved_by: t.fixture.users[role], decision_note: 'too low' });
        });
      } else {
        test(`should refuse (403) ${role} to approve or reject prices`, async () => {
          const price = await newPendingPrice(role === 'sales' ? as.admin : as.sales);
          await expectRefused(() => as[role].post(`/api/channel-prices/${price.id}/approve`).send({ note: 'ok' }));
          await expectRefused(() => as[role].post(`/api/channel-prices/${price.id}/reject`).send({ note: 'no' }));
          await expectRefused(() => as[role].post(`/api/channel-prices/${price.id}/reject`).send({}));
          await expectRefused(() => as[role].post('/api/channel-prices/999999/approve').send({}));
          expect((await as.admin.get(`/api/channel-prices/${price.id}`)).body).toMatchObject({ status: 'pending', approved_by: null });
        });
      }
    }
  });

  describe('promotion workflow', () => {
    for (const role of ROLES) {
      if (PROMOTERS.includes(role)) {
        test(`should let ${role} submit and cancel a promotion`, async () => {
          const draft = await newPromotion(as[role]);
          const submitted = await as[role].post(`/api/promotions/${draft.id}/submit`).send({});
          expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
          expect(submitted.body).toMatchObject({ id: draft.id, status: 'approved', state: 'scheduled', submitted_by: t.fixture.users[role] });
          const cancelled = await as[role].post(`/api/promotions/${draft.id}/cancel`).send({});
          expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
          expect(cancelled.body).toMatchObject({ id: draft.id, status: 'cancelled' });
        });
      } else {
        test(`should refuse (403) ${role} to submit or cancel a promotion, writing nothing`, async () => {
          const draft = await newPromotion();
          const stored = await db()('promotions').where({ id: draft.id }).first();
          await expectRefused(() => as[role].post(`/api/promotions/${draft.id}/submit`).send({}));
          await expectRefused(() => as[role].post(`/api/promotions/${draft.id}/cancel`).send({}));
          await expectRefused(() => as[role].post('/api/promotions/999999/submit').send({}));
          expect(await db()('promotions').where({ id: draft.id }).first()).toEqual(stored);
        });
      }

      if (DECIDERS.includes(role)) {
        test(`should let ${role} approve and reject someone else's promotion`, async () => {
          const toApprove = await newPendingPromotion();
          const approved = await as[role].post(`/api/promotions/${toApprove.id}/approve`).send({ note: 'ok' });
          expect(approved.status, JSON.stringify(approved.body)).toBe(200);
          expect(approved.body).toMatchObject({ id: toApprove.id, status: 'approved', decided_by: t.fixture.users[role], decision_note: 'ok' });
          const toReject = await newPendingPromotion();
          const rejected = await as[role].post(`/api/promotions/${toReject.id}/reject`).send({ note: 'too deep' });
          expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
          expect(rejected.body).toMatchObject({ id: toReject.id, status: 'rejected', decided_by: t.fixture.users[role], decision_note: 'too deep' });
        });
      } else {
        test(`should refuse (403) ${role} to approve or reject promotions`, async () => {
          const pending = await newPendingPromotion();
          await expectRefused(() => as[role].post(`/api/promotions/${pending.id}/approve`).send({ note: 'ok' }));
          await expectRefused(() => as[role].post(`/api/promotions/${pending.id}/reject`).send({ note: 'no' }));
          await expectRefused(() => as[role].post(`/api/promotions/${pending.id}/reject`).send({}));
          await expectRefused(() => as[role].post('/api/promotions/999999/approve').send({}));
          expect((await as.admin.get(`/api/promotions/${pending.id}`)).body).toMatchObject({ status: 'pending', decided_by: null });
        });
      }
    }
  });

  describe('promotion groups (read-only) and the engine', () => {
    for (const role of ROLES) {
      test(`should let ${role} list promotion groups, write none, and never reach the engine with a session`, async () => {
        const list = await as[role].get('/api/promotion-groups');
        expect(list.status).toBe(200);
        expect(list.headers['content-range']).toMatch(/^promotion-groups /);
        const write = await as[role].post('/api/promotion-groups').send({});
        expect(write.status).toBe(PROMOTERS.includes(role) ? 405 : 403);
        const engine = await as[role].post('/api/engine/quote').send({ sku_code: 'IBU-20', qty: 1, customer_id: 'u' });
        expect(engine.status).toBe(401);
        const promotion = await newPromotion();
        const results = await as[role].get(`/api/promotions/${promotion.id}/results`);
        expect(results.status).toBe(200);
        expect(results.body).toMatchObject({ id: promotion.id, units: 0, revenue: 0, groups: { opened: 0 } });
      });
    }
  });

  describe('price matrix, parity and settings', () => {
    for (const role of ROLES) {
      test(`should let ${role} read the price matrix and export it`, async () => {
        const sku = await newSku();
        const matrix = await as[role].get('/api/price-matrix').query({ filter: JSON.stringify({ id: [sku.id] }) });
        expect(matrix.status).toBe(200);
        expect(matrix.body).toEqual([expect.objectContaining({ id: sku.id, code: sku.code })]);
        const xlsx = await as[role].get('/api/price-matrix/export.xlsx').query({ filter: JSON.stringify({ id: [sku.id] }) }).buffer(true)
          .parse((response, done) => {
            const chunks: Buffer[] = [];
            response.on('data', (c: Buffer) => chunks.push(c));
            response.on('end', () => done(null, Buffer.concat(chunks)));
          });
        expect(xlsx.status).toBe(200);
        expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
        expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
      });

      test(`should let ${role} read the parity report`, async () => {
        const sku = await newSku();
        const res = await as[role].get('/api/pricing/parity').query({ filter: JSON.stringify({ product_id: sku.product_id }) });
        expect(res.status).toBe(200);
        expect(res.body).toEqual([expect.objectContaining({ product_id: sku.product_id, breach: false })]);
      });

      test(`should let ${role} read the below-control report and the requester choices`, async () => {
        const sku = await newSku();
        const res = await as[role].get('/api/pricing/below-control').query({ filter: JSON.stringify({ sku_id: sku.id }) });
        expect(res.status).toBe(200);
        expect(res.headers['content-range']).toMatch(/^below-control 0-0\/0$|^below-control \*\/0$/);
        const requesters = await as[role].get('/api/channel-prices/requesters');
        expect(requesters.status).toBe(200);
        expect(Array.isArray(requesters.body)).toBe(true);
      });

      test(`should let ${role} read the company settings`, async () => {
        const res = await as[role].get('/api/settings');
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ id: 'company', parity_tolerance: expect.any(Number), auto_approve_threshold: expect.any(Number) });
      });

      if (role === 'admin') {
        test('should let admin change the company settings', async () => {
          const current = (await as.admin.get('/api/settings')).body;
          const res = await as.admin.put('/api/settings').send({ ...current, parity_tolerance: 0.07 });
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(res.body).toMatchObject({ parity_tolerance: 0.07 });
          expect((await as.sales.get('/api/settings')).body).toMatchObject({ parity_tolerance: 0.07 });
          expect((await as.admin.put('/api/settings').send({ ...current, version: res.body.version })).status).toBe(200);
        });
      } else {
        test(`should refuse (403) ${role} to change the company settings`, async () => {
          const current = (await as.admin.get('/api/settings')).body;
          await expectRefused(() => as[role].put('/api/settings').send({ ...current, parity_tolerance: 0.5 }));
          await expectRefused(() => as[role].put('/api/settings').send({}));
          expect((await as.admin.get('/api/settings')).body).toEqual(current);
        });
      }
    }
  });

  describe('notifications', () => {
    for (const role of ROLES) {
      test(`should let ${role} read, count and mark read their own notifications, and only those`, async () => {
        // Requesters (sales, admin) get a notification of their own; the others try to touch the sales user's.
        const owner: Role = EDITORS.includes(role) ? role : 'sales';
        const price = await newPendingPrice(as[owner]);
        expect((await as[owner === 'admin' ? 'manager' : 'admin'].post(`/api/channel-prices/${price.id}/approve`).send({})).status).toBe(200);
        const [notice] = await db()('notifications').where({ user_id: t.fixture.users[owner] }).orderBy('id', 'desc').limit(1);
        const list = await as[role].get('/api/notifications');
        expect(list.status).toBe(200);
        expect(list.headers['content-range']).toMatch(/^notifications /);
        expect(list.body.some((n: Row) => n.id === notice.id)).toBe(owner === role);
        const count = await as[role].get('/api/notifications/unread-count');
        expect(count.status).toBe(200);
        expect(count.body).toEqual(DECIDERS.includes(role)
          ? { count: expect.any(Number), pending_approvals: expect.any(Number), pending_promotions: expect.any(Number) }
          : { count: expect.any(Number) });
        const mark = await as[role].post(`/api/notifications/${notice.id}/read`).send({});
        expect(mark.status).toBe(owner === role ? 200 : 404);
        expect((await as[role].post('/api/notifications/read-all').send({})).status).toBe(200);
        const stored = await db()('notifications').where({ id: notice.id }).first();
        expect(stored.read_at === null).toBe(owner !== role);
      });

      test(`should refuse (403) ${role} to create, edit or delete notifications, which nobody writes`, async () => {
        const [any] = await db()('notifications').limit(1);
        const stored = await db()('notifications').where({ id: any?.id ?? 0 }).first();
        await expectRefused(() => as[role].post('/api/notifications').send({ key: 'price_request_approved', user_id: t.fixture.users.sales }));
        await expectRefused(() => as[role].put(`/api/notifications/${any?.id ?? 1}`).send({ read_at: null }));
        await expectRefused(() => as[role].delete(`/api/notifications/${any?.id ?? 1}`));
        expect(await db()('notifications').where({ id: any?.id ?? 0 }).first()).toEqual(stored);
      });
    }
  });

  describe('reports', () => {
    for (const role of ROLES) {
      test(`should let ${role} read the sales report`, async () => {
        const res = await as[role].get('/api/reports/sales').query({ group_by: 'month,channel_id', filter: JSON.stringify({ date_gte: '2026-01-01', date_lte: '2026-12-31' }) });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(Array.isArray(res.body)).toBe(true);
        const plans = await as[role].get('/api/reports/plan-attainment').query({ month: '2026-11' });
        expect(plans.status, JSON.stringify(plans.body)).toBe(200);
        const people = await as[role].get('/api/sales-plans/salespeople');
        expect(people.status).toBe(200);
        expect(people.body).toEqual(expect.arrayContaining([{ id: t.fixture.users.sales, name: 'Acme sales' }]));
        expect(people.body.every((p: { id: number; name: string }) => Object.keys(p).sort().join() === 'id,name')).toBe(true);
        const xlsx = await as[role].get('/api/reports/sales.xlsx').query({ group_by: 'month' }).buffer(true).parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
        expect(xlsx.status).toBe(200);
        expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
      });
    }
  });

  describe('sales imports', () => {
    const salesCsv = (sku: unknown) => `订单编号,下单时间,订单状态,商品编码,购买数量,实付金额\n${unique('R')},2026-11-20 10:00,已付款,${sku},1,15.80\n`;
    const salesMapping = { mapping: { order_no: '订单编号', ordered_at: '下单时间', status: '订单状态', sku: '商品编码', qty: '购买数量', amount: '实付金额' } };
    const newSalesImport = async (uploader: Agent = as.sales) => {
      const [sku, channel] = await Promise.all([newSku(), newChannel()]);
      return created(await uploader.post('/api/sales-imports').field('kind', 'orders').field('channel_id', String(channel.id))
        .attach('file', Buffer.from(salesCsv(sku.code)), 'orders.csv'), 'sales import');
    };
    for (const role of ROLES) {
      test(`should let ${role} list sales imports and follow one`, async () => {
        const job = await newSalesImport();
        const list = await as[role].get('/api/sales-imports').query({ filter: JSON.stringify({ id: [job.id] }) });
        expect(list.status, JSON.stringify(list.body)).toBe(200);
        expect(list.body).toEqual([expect.objectContaining({ id: job.id, total_rows: 1, kind: 'orders' })]);
        const one = await as[role].get(`/api/sales-imports/${job.id}`);
        expect(one.status, JSON.stringify(one.body)).toBe(200);
        const sheet = await as[role].get(`/api/sales-imports/${job.id}/errors.xlsx`).buffer(true).parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
        expect(sheet.status).toBe(200);
        expect((sheet.body as Buffer).subarray(0, 2).toString()).toBe('PK');
      });

      if (EDITORS.includes(role)) {
        test(`should let ${role} upload, preview and run a sales file`, async () => {
          const job = await newSalesImport(as[role]);
          const preview = await as[role].post(`/api/sales-imports/${job.id}/preview`).send(salesMapping);
          expect(preview.status, JSON.stringify(preview.body)).toBe(200);
          expect(preview.body).toMatchObject({ valid_rows: 1, invalid_rows: 0 });
          const commit = await as[role].post(`/api/sales-imports/${job.id}/commit`).send(salesMapping);
          expect(commit.status, JSON.stringify(commit.body)).toBe(202);
          let status = commit.body.status;
          for (let i = 0; i < 200 && status === 'running'; i++) {
            await new Promise((r) => setTimeout(r, 20));
            status = (await as[role].get(`/api/sales-imports/${job.id}`)).body.status;
          }
          expect(status).toBe('done');
        });
      } else {
        test(`should refuse (403) ${role} to upload, preview or run sales files`, async () => {
          const job = await newSalesImport();
          const jobs = await rowCount('import_jobs');
          const orders = await rowCount('orders');
          await expectRefused(() => as[role].post('/api/sales-imports').field('kind', 'orders').field('channel_id', '1').attach('file', Buffer.from('a,b\n1,2\n'), 'o.csv'));
          await expectRefused(() => as[role].post(`/api/sales-imports/${job.id}/preview`).send(salesMapping));
          await expectRefused(() => as[role].post(`/api/sales-imports/${job.id}/commit`).send(salesMapping));
          expect(await rowCount('import_jobs')).toBe(jobs);
          expect(await rowCount('orders')).toBe(orders);
          expect((await as.sales.get(`/api/sales-imports/${job.id}`)).body).toMatchObject({ status: 'uploaded' });
        });
      }
    }
  });

  describe('price compliance', () => {
    const OBSERVERS: Role[] = ['admin', 'manager', 'sales'];
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    /** A company-operated channel and a SKU with a ¥10 control price: a ¥9 sighting opens a violation. */
    const breach = async () => {
      const channel = created(await as.admin.post('/api/channels').send({ ...channelBody(), platform: 'own_store' }), 'channel');
      const policy = await newPolicy();
      const observation = created(await as.admin.post('/api/price-observations').send({
        channel_id: channel.id, sku_id: policy.sku_id, price: 9, observed_at: '2030-02-28T02:00:00.000Z', store_name: unique('店'),
      }), 'observation');
      const [violation] = (await as.admin.get('/api/violations').query({ filter: JSON.stringify({ sku_id: policy.sku_id }) })).body;
      return { channel, observation, violation: violation as Row & { id: number }, sellerId: observation.seller_id as number };
    };

    for (const role of ROLES) {
      test(`should let ${role} read observations, sellers, violations, evidence and the summary`, async () => {
        const { observation, violation, sellerId } = await breach();
        const evidence = created(await as.admin.post('/api/evidence').attach('file', PNG, 'shot.png'), 'evidence');
        for (const path of ['/api/price-observations', `/api/price-observations/${observation.id}`, '/api/sellers', `/api/sellers/${sellerId}`,
          `/api/sellers/${sellerId}/contacts`, `/api/sellers/${sellerId}/evidence-package`, '/api/violations', `/api/violations/${violation.id}`,
          '/api/violations/export', '/api/violations/assignees', '/api/compliance/summary', `/api/evidence/${evidence.id}`]) {
          expect((await as[role].get(path)).status, path).toBe(200);
        }
      });

      if (OBSERVERS.includes(role)) {
        test(`should let ${role} enter an observation and upload evidence`, async () => {
          const { channel, violation } = await breach();
          const res = await as[role].post('/api/price-observations').send({ channel_id: channel.id, sku_id: violation.sku_id, price: 11, observed_at: '2030-02-28T03:00:00.000Z' });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          expect((await as[role].post('/api/evidence').attach('file', PNG, 'shot.png')).status).toBe(201);
          const sheet = await as[role].post('/api/observation-imports').field('channel_id', String(channel.id))
            .attach('file', Buffer.from(`时间,编码,价格\n2030-02-28 10:00,${(await as.admin.get(`/api/skus/${violation.sku_id}`)).body.code},12\n`), 'watch.csv');
          expect(sheet.status, JSON.stringify(sheet.body)).toBe(201);
          const mapping = { mapping: { observed_at: '时间', sku: '编码', price: '价格' } };
          expect((await as[role].post(`/api/observation-imports/${sheet.body.id}/preview`).send(mapping)).body).toMatchObject({ valid_rows: 1 });
          expect((await as[role].post(`/api/observation-imports/${sheet.body.id}/commit`).send(mapping)).status).toBe(202);
        });
      } else {
        test(`should refuse (403) ${role} to enter observations or upload evidence, writing nothing`, async () => {
          const { channel, violation } = await breach();
          const count = await rowCount('price_observations');
          await expectRefused(() => as[role].post('/api/price-observations').send({ channel_id: channel.id, sku_id: violation.sku_id, price: 11, observed_at: '2030-02-28T03:00:00.000Z' }));
          await expectRefused(() => as[role].post('/api/price-observations').send({}));
          await expectRefused(() => as[role].post('/api/evidence').attach('file', PNG, 'shot.png'));
          await expectRefused(() => as[role].post('/api/observation-imports').field('channel_id', String(channel.id)).attach('file', Buffer.from('a,b\n1,2\n'), 'w.csv'));
          await expectRefused(() => as[role].post('/api/observation-imports/999999/commit').send({}));
          expect(await rowCount('price_observations')).toBe(count);
        });
      }

      if (DECIDERS.includes(role)) {
        test(`should let ${role} act on violations and sellers`, async () => {
          const { violation, sellerId } = await breach();
          expect((await as[role].post(`/api/violations/${violation.id}/acknowledge`).send({})).body.status).toBe('acknowledged');
          expect((await as[role].post(`/api/violations/${violation.id}/comments`).send({ note: '跟进' })).status).toBe(200);
          expect((await as[role].post('/api/violations/bulk/waive').send({ ids: [violation.id], reason: '清库存' })).body.updated).toEqual([violation.id]);
          const seller = (await as[role].get(`/api/sellers/${sellerId}`)).body;
          const updated = await as[role].put(`/api/sellers/${sellerId}`).send({ ...seller, group_name: '集团A' });
          expect(updated.status, JSON.stringify(updated.body)).toBe(200);
          expect((await as[role].post(`/api/sellers/${sellerId}/contacts`).send({ kind: 'call', note: '电话沟通建议零售价' })).status).toBe(201);
          expect((await as[role].post('/api/sellers').send({ channel_id: seller.channel_id, name: unique('授权店'), authorized: true })).status).toBe(201);
          expect((await as[role].post('/api/compliance/reevaluate').send({})).status).toBe(200);
        });
      } else {
        test(`should refuse (403) ${role} to act on violations or sellers, writing nothing`, async () => {
          const { violation, sellerId } = await breach();
          const stored = await db()('violations').where({ id: violation.id }).first();
          const seller = (await as.admin.get(`/api/sellers/${sellerId}`)).body;
          for (const action of ['acknowledge', 'resolve', 'waive', 'assign', 'comments', 'grounds']) {
            await expectRefused(() => as[role].post(`/api/violations/${violation.id}/${action}`).send({ reason: 'x', note: 'x', user_id: null }));
          }
          await expectRefused(() => as[role].post('/api/violations/bulk/resolve').send({ ids: [violation.id] }));
          await expectRefused(() => as[role].post('/api/violations/999999/resolve').send({}));
          await expectRefused(() => as[role].put(`/api/sellers/${sellerId}`).send({ ...seller, authorized: false }));
          await expectRefused(() => as[role].post('/api/sellers').send({ channel_id: seller.channel_id, name: 'x' }));
          await expectRefused(() => as[role].post(`/api/sellers/${sellerId}/contacts`).send({ kind: 'call', note: 'x' }));
          await expectRefused(() => as[role].post('/api/compliance/reevaluate').send({}));
          expect(await db()('violations').where({ id: violation.id }).first()).toEqual(stored);
        });
      }
    }
  });

  describe('price imports', () => {
    for (const role of ROLES) {
      test(`should let ${role} list imports and follow one`, async () => {
        const job = await newImport();
        const list = await as[role].get('/api/price-imports').query({ filter: JSON.stringify({ id: [job.id] }) });
        expect(list.status, JSON.stringify(list.body)).toBe(200);
        expect(list.body).toEqual([expect.objectContaining({ id: job.id, total_rows: 1 })]);
        const one = await as[role].get(`/api/price-imports/${job.id}`);
        expect(one.status, JSON.stringify(one.body)).toBe(200);
        expect(one.body).toMatchObject({ id: job.id, total_rows: 1 });
        for (const path of ['/api/price-imports/template.xlsx?layout=long', '/api/price-imports/template.xlsx?layout=wide', `/api/price-imports/${job.id}/errors.xlsx`]) {
          const sheet = await as[role].get(path).buffer(true).parse((response, done) => {
            const chunks: Buffer[] = [];
            response.on('data', (c: Buffer) => chunks.push(c));
            response.on('end', () => done(null, Buffer.concat(chunks)));
          });
          expect(sheet.status, `${role} GET ${path}`).toBe(200);
          expect((sheet.body as Buffer).subarray(0, 2).toString()).toBe('PK');
        }
      });

      if (EDITORS.includes(role)) {
        test(`should let ${role} upload, preview and commit a price sheet`, async () => {
          const job = await newImport(as[role]);
          expect(job).toMatchObject({ id: expect.any(Number), total_rows: 1 });
          const preview = await as[role].post(`/api/price-imports/${job.id}/preview`).send(importMapping);
          expect(preview.status, JSON.stringify(preview.body)).toBe(200);
          expect(preview.body).toMatchObject({ valid_rows: 1, invalid_rows: 0 });
          const commit = await as[role].post(`/api/price-imports/${job.id}/commit`).send(importMapping);
          expect(commit.status, JSON.stringify(commit.body)).toBe(200);
          expect(commit.body).toMatchObject({ created: 1 });
        });
      } else {
        test(`should refuse (403) ${role} to upload, preview or commit price sheets`, async () => {
          const job = await newImport();
          const jobs = await rowCount('import_jobs');
          const prices = await rowCount('channel_prices');
          await expectRefused(() => as[role].post('/api/price-imports').attach('file', Buffer.from('SKU,Channel,Price\nX,Y,1\n'), 'prices.csv'));
          await expectRefused(() => as[role].post(`/api/price-imports/${job.id}/preview`).send(importMapping));
          await expectRefused(() => as[role].post(`/api/price-imports/${job.id}/commit`).send(importMapping));
          await expectRefused(() => as[role].post('/api/price-imports/999999/commit').send({}));
          expect(await rowCount('import_jobs')).toBe(jobs);
          expect(await rowCount('channel_prices')).toBe(prices);
          expect((await as.sales.get(`/api/price-imports/${job.id}`)).body).toMatchObject({ status: job.status });
        });
      }
    }
  });
});
