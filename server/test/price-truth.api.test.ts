import supertest from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown> & { id: number };

const T0 = '2030-03-10T02:00:00.000Z';
const DAY = 24 * 3600 * 1000;
const at = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

/**
 * Prices that stay true (issue 7): late approvals start at the approval, corrections sit beside the
 * originals, policy lowerings by sales wait for a manager, GTINs are unique per company, one-approver
 * companies can decide their own requests with a note, and every price says where it really ends.
 */
describe.each(databases)('prices that stay true on %s', (kind) => {
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
  afterEach(async () => {
    clock.set(T0);
    await saveSettings({ parity_tolerance: 0.05, auto_approve_threshold: 0.2, require_second_approver: true });
  });
  /** Saves settings on top of the current ones, with the version just read. */
  const saveSettings = async (change: Record<string, unknown>) => admin.put('/api/settings').send({ ...(await admin.get('/api/settings')).body, ...change });
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  const ok = <T = Row>(res: { status: number; body: unknown }, status = 201): T => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as T;
  };
  const audits = async (resource: string, id: number) =>
    (await t.database.db('audit_log').where({ resource, record_id: id }).orderBy('id', 'asc').select('user_email', 'before', 'after'))
      .map((r) => ({ ...r, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) }));
  /** A fresh SKU with a policy (control 10, floor 8) and a fresh online channel. */
  const newCell = async (gtin: string | null = null) => {
    const sku = ok(await admin.post('/api/skus').send({
      product_id: t.fixture.products.ibuprofen, code: unique('TRUE'), name: 'True SKU', pack_desc: '×10', units_per_pack: 10, unit: '粒',
      channel_scope: 'all', guide_price: 20, gtin,
    }));
    const policy = ok(await admin.post('/api/price-policies').send({ sku_id: sku.id, control_price: 10, promo_floor_price: 8 }));
    const channel = ok(await admin.post('/api/channels').send({ name: unique('Shop'), code: unique('SHOP'), type: 'online', platform: 'jd' }));
    return { sku, policy, channel };
  };
  const request = (agent: Agent, body: Row | Record<string, unknown>) => agent.post('/api/channel-prices').send(body);

  describe('late approvals', () => {
    test('should start a pending request whose start passed at the approval, audited', async () => {
      const { sku, channel } = await newCell();
      const pending = ok(await request(sales, { sku_id: sku.id, channel_id: channel.id, price: 9, effective_from: at(DAY) }));
      expect(pending.status).toBe('pending');
      clock.set(at(3 * DAY));
      const approved = ok(await manager.post(`/api/channel-prices/${pending.id}/approve`).send({}), 200);
      expect(approved).toMatchObject({ status: 'approved', effective_from: at(3 * DAY), decided_at: at(3 * DAY) });
      const audit = (await audits('channel-prices', pending.id)).at(-1)!;
      expect(audit.before).toMatchObject({ effective_from: at(DAY), status: 'pending' });
      expect(audit.after).toMatchObject({ effective_from: at(3 * DAY), start_moved_from: at(DAY), status: 'approved' });
    });

    test('should keep a start still ahead, and refuse an approval after the whole period passed', async () => {
      const { sku, channel } = await newCell();
      const ahead = ok(await request(sales, { sku_id: sku.id, channel_id: channel.id, price: 9, effective_from: at(5 * DAY) }));
      expect(ok(await manager.post(`/api/channel-prices/${ahead.id}/approve`).send({}), 200)).toMatchObject({ effective_from: at(5 * DAY) });
      const dated = ok(await request(sales, { sku_id: sku.id, channel_id: channel.id, price: 9.5, effective_from: at(DAY), effective_to: at(2 * DAY) }));
      clock.set(at(2 * DAY));
      const res = await manager.post(`/api/channel-prices/${dated.id}/approve`).send({});
      expect(res.status).toBe(409);
      expect(res.body.key).toBe('request_period_passed');
      expect(ok(await manager.post(`/api/channel-prices/${dated.id}/reject`).send({ note: 'too late' }), 200)).toMatchObject({ status: 'rejected' });
    });
  });

  describe('corrections', () => {
    const approvedPast = async () => {
      const cell = await newCell();
      clock.set(at(-30 * DAY));
      const original = ok(await request(sales, { sku_id: cell.sku.id, channel_id: cell.channel.id, price: 20.5, effective_from: at(-30 * DAY) }));
      expect(original.status).toBe('approved');
      clock.set(T0);
      return { ...cell, original };
    };

    test('should refuse a past start for a plain request and a correction without a reason or in the future', async () => {
      const { sku, channel } = await newCell();
      const base = { sku_id: sku.id, channel_id: channel.id, price: 12 };
      expect((await request(sales, { ...base, effective_from: at(-10 * DAY) })).body.errors).toHaveProperty('effective_from');
      expect((await request(sales, { ...base, effective_from: at(-10 * DAY), kind: 'correction' })).body.errors).toHaveProperty('reason');
      const future = await request(sales, { ...base, effective_from: at(DAY), kind: 'correction', reason: 'typo' });
      expect(future.status).toBe(400);
      expect(future.body.errors).toHaveProperty('effective_from');
      const wrongTarget = await request(sales, { ...base, effective_from: at(-DAY), kind: 'correction', reason: 'typo', corrects_id: 999999 });
      expect(wrongTarget.status).toBe(400);
      expect(wrongTarget.body.errors).toHaveProperty('corrects_id');
      expect(await t.database.db('channel_prices').where({ sku_id: sku.id }).first()).toBeUndefined();
    });

    test('should keep a correction pending, decided only by a manager other than its author, beside the original', async () => {
      const { sku, channel, original } = await approvedPast();
      const body = { sku_id: sku.id, channel_id: channel.id, price: 25.5, effective_from: at(-30 * DAY), effective_to: at(-20 * DAY), kind: 'correction', reason: 'JD never charged 20.50', corrects_id: original.id };
      // A price that would pass on its own still waits: corrections always need a manager.
      const correction = ok(await request(sales, body));
      expect(correction).toMatchObject({ kind: 'correction', status: 'pending', corrects_id: original.id, approval_reason: 'correction', effective_from: at(-30 * DAY) });
      expect((await sales.post(`/api/channel-prices/${correction.id}/approve`).send({})).status).toBe(403);

      // Its author may never approve it, even when the company allows deciding one's own requests.
      ok(await saveSettings({ parity_tolerance: 0.05, auto_approve_threshold: 0.2, require_second_approver: false }), 200);
      const ownCorrection = ok(await request(admin, { ...body, price: 24 }));
      const own = await admin.post(`/api/channel-prices/${ownCorrection.id}/approve`).send({ note: 'mine' });
      expect(own.status).toBe(403);
      expect(own.body.key).toBe('correction_own');

      const approved = ok(await manager.post(`/api/channel-prices/${correction.id}/approve`).send({ note: 'checked the JD invoice' }), 200);
      expect(approved).toMatchObject({ status: 'approved', effective_from: at(-30 * DAY), effective_to: at(-20 * DAY) });
      const history = ok<Row[]>(await sales.get('/api/channel-prices').query({ filter: JSON.stringify({ sku_id: sku.id, channel_id: channel.id }), sort: '["id","ASC"]' }), 200);
      expect(history.map((p) => [p.id, p.kind, p.price, p.status])).toEqual([
        [original.id, 'price', 20.5, 'approved'],
        [correction.id, 'correction', 25.5, 'approved'],
        [ownCorrection.id, 'correction', 24, 'pending'],
      ]);
      const inForce = (instant: string) => sales.get('/api/channel-prices').query({ filter: JSON.stringify({ sku_id: sku.id, channel_id: channel.id, in_force_at: instant }) });
      expect((await inForce(at(-25 * DAY))).body).toEqual([expect.objectContaining({ id: correction.id, price: 25.5 })]);
      expect(Number((await t.database.db('channel_prices').where({ id: original.id }).first()).price)).toBe(2050);
    });
  });

  describe('price policies', () => {
    const put = (agent: Agent, policy: Row, values: Record<string, number>) => agent.put(`/api/price-policies/${policy.id}`).send({ ...policy, ...values });

    test('should hold a lowering by sales as a pending change, judging requests by the old values until a manager approves', async () => {
      const { sku, channel, policy } = await newCell();
      const held = ok(await put(sales, policy, { control_price: 0.01, promo_floor_price: 0.01 }), 200);
      expect(held).toMatchObject({ control_price: 10, promo_floor_price: 8, version: 2, pending_change: { control_price: 0.01, promo_floor_price: 0.01, requested_by_email: 'sales@acme.test' } });
      expect(ok(await request(sales, { sku_id: sku.id, channel_id: channel.id, price: 1, effective_from: T0 }))).toMatchObject({ status: 'pending', approval_reason: 'below_control' });
      // The matrix shows the policy in place with the lowering that waits, so it can be edited there.
      const [row] = ok<Row[]>(await sales.get('/api/price-matrix').query({ filter: JSON.stringify({ id: [sku.id] }) }), 200);
      expect(row).toMatchObject({ control_price: 10, promo_floor_price: 8, policy_id: policy.id, policy_version: 2, policy_pending: { control_price: 0.01, promo_floor_price: 0.01 } });
      const listed = ok<Row[]>(await manager.get('/api/price-policies').query({ filter: JSON.stringify({ pending: true, id: policy.id }) }), 200);
      expect(listed).toEqual([expect.objectContaining({ id: policy.id, sku_code: sku.code })]);

      expect((await sales.post(`/api/price-policies/${policy.id}/approve`).send({})).status).toBe(403);
      const approved = ok(await manager.post(`/api/price-policies/${policy.id}/approve`).send({ note: 'clearance' }), 200);
      expect(approved).toMatchObject({ control_price: 0.01, promo_floor_price: 0.01, pending_change: null, version: 3 });
      expect((await manager.post(`/api/price-policies/${policy.id}/approve`).send({})).status).toBe(409);
      const trail = await audits('price-policies', policy.id);
      expect(trail.map((a) => a.user_email)).toEqual(['admin@acme.test', 'sales@acme.test', 'manager@acme.test']);
      expect(trail[2].after).toMatchObject({ decision: 'approved', decision_note: 'clearance', control_price: 0.01 });
      const history = ok<Row[]>(await sales.get(`/api/price-policies/${policy.id}/history`), 200);
      expect(history).toHaveLength(3);
    });

    test('should drop a rejected lowering, and apply raises and any admin change at once', async () => {
      const { policy } = await newCell();
      const held = ok<Row>(await put(sales, policy, { control_price: 9, promo_floor_price: 8 }), 200);
      expect(held.pending_change).toMatchObject({ control_price: 9 });
      expect((await manager.post(`/api/price-policies/${policy.id}/reject`).send({})).status).toBe(400);
      const rejected = ok<Row>(await manager.post(`/api/price-policies/${policy.id}/reject`).send({ note: 'no' }), 200);
      expect(rejected).toMatchObject({ control_price: 10, promo_floor_price: 8, pending_change: null });
      const raised = ok<Row>(await put(sales, rejected, { control_price: 12, promo_floor_price: 9 }), 200);
      expect(raised).toMatchObject({ control_price: 12, promo_floor_price: 9, pending_change: null });
      const lowered = ok<Row>(await put(admin, raised, { control_price: 5, promo_floor_price: 4 }), 200);
      expect(lowered).toMatchObject({ control_price: 5, promo_floor_price: 4, pending_change: null });
      expect((await put(sales, raised, { control_price: 1, promo_floor_price: 1 })).status).toBe(409); // stale version
    });

    test('should let one of two managers deciding at once win, the other getting 409', async () => {
      const colleague = ok(await admin.post('/api/users').send({ email: `${unique('mgr')}@acme.test`, name: 'Second manager', role: 'manager', password: 'Marble-Otter-Quinoa-77' }));
      const other = supertest.agent(t.app);
      ok(await other.post('/api/auth/login').send({ email: colleague.email, password: 'Marble-Otter-Quinoa-77' }), 200);
      const { policy } = await newCell();
      ok(await put(sales, policy, { control_price: 2, promo_floor_price: 1 }), 200);
      const results = await Promise.all([
        manager.post(`/api/price-policies/${policy.id}/approve`).send({}),
        other.post(`/api/price-policies/${policy.id}/reject`).send({ note: 'no' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await audits('price-policies', policy.id)).toHaveLength(3);
    });
  });

  describe('GTINs', () => {
    test('should refuse a duplicate GTIN within a company with a field error, on create and update', async () => {
      const gtin = '6901234500028';
      const { sku } = await newCell(gtin);
      const again = await admin.post('/api/skus').send({ ...sku, id: undefined, code: unique('DUP') });
      expect(again.status).toBe(409);
      expect(again.body.errors).toHaveProperty('gtin');
      const { sku: second } = await newCell(null);
      await newCell(null); // many SKUs without a GTIN are fine
      const update = await sales.put(`/api/skus/${second.id}`).send({ ...second, gtin });
      expect(update.status).toBe(409);
      expect(update.body.errors).toHaveProperty('gtin');
      const rival = await t.login('admin@rival.test');
      expect((await rival.post('/api/skus').send({
        product_id: t.fixture.products.rivalProduct, code: unique('RIV'), name: 'Rival', pack_desc: '×10', units_per_pack: 10, unit: '粒', channel_scope: 'all', guide_price: 5, gtin,
      })).status).toBe(201);
    });
  });

  describe('second approver', () => {
    const ownPending = async () => {
      const { sku, channel } = await newCell();
      return ok(await request(admin, { sku_id: sku.id, channel_id: channel.id, price: 9, effective_from: at(DAY) }));
    };

    test('should count the approvers and refuse one\'s own request while a second approver is required', async () => {
      const approvers = await t.database.db('users').where({ org_id: t.fixture.orgs.acme, active: true }).whereIn('role', ['admin', 'manager']).count({ n: '*' });
      expect(ok(await sales.get('/api/settings'), 200)).toMatchObject({ require_second_approver: true, approvers_count: Number(approvers[0].n) });
      expect(ok(await (await t.login('admin@rival.test')).get('/api/settings'), 200)).toMatchObject({ approvers_count: 1 });
      const own = await ownPending();
      expect((await admin.post(`/api/channel-prices/${own.id}/approve`).send({ note: 'mine' })).status).toBe(403);
    });

    test('should let an approver decide their own request with a mandatory note when the setting is off, flagged in the audit', async () => {
      ok(await saveSettings({ parity_tolerance: 0.05, auto_approve_threshold: 0.2, require_second_approver: false }), 200);
      expect((await sales.get('/api/settings')).body).toMatchObject({ require_second_approver: false });
      const own = await ownPending();
      const noNote = await admin.post(`/api/channel-prices/${own.id}/approve`).send({});
      expect(noNote.status).toBe(400);
      expect(noNote.body.errors).toHaveProperty('note');
      const approved = ok(await admin.post(`/api/channel-prices/${own.id}/approve`).send({ note: 'only approver here' }), 200);
      expect(approved).toMatchObject({ status: 'approved', approved_by: t.fixture.users.admin, decision_note: 'only approver here' });
      expect((await audits('channel-prices', own.id)).at(-1)!.after).toMatchObject({ self_approved: true, status: 'approved' });
      // Someone else's request needs no note.
      const other = await ownPending();
      expect(ok(await manager.post(`/api/channel-prices/${other.id}/approve`).send({}), 200)).toMatchObject({ status: 'approved' });
      expect((await audits('channel-prices', other.id)).at(-1)!.after).not.toHaveProperty('self_approved');
    });
  });

  describe('effective end', () => {
    test('should end each price where the next approved one in its cell starts', async () => {
      const { sku, channel } = await newCell();
      const first = ok(await request(sales, { sku_id: sku.id, channel_id: channel.id, price: 12, effective_from: T0 }));
      const second = ok(await request(sales, { sku_id: sku.id, channel_id: channel.id, price: 12.5, effective_from: at(2 * DAY) }));
      const dated = ok(await request(sales, { sku_id: sku.id, channel_id: channel.id, price: 13, effective_from: at(5 * DAY), effective_to: at(6 * DAY) }));
      const list = ok<Row[]>(await sales.get('/api/channel-prices').query({ filter: JSON.stringify({ sku_id: sku.id }), sort: '["id","ASC"]' }), 200);
      expect(list.map((p) => [p.id, p.effective_to, p.effective_end])).toEqual([
        [first.id, null, at(2 * DAY)],
        [second.id, null, null], // the dated price interrupts it; it holds again afterwards
        [dated.id, at(6 * DAY), at(6 * DAY)],
      ]);
      expect(ok(await sales.get(`/api/channel-prices/${first.id}`), 200)).toMatchObject({ effective_end: at(2 * DAY) });
      const third = ok(await request(sales, { sku_id: sku.id, channel_id: channel.id, price: 12.8, effective_from: at(8 * DAY) }));
      expect(ok(await sales.get(`/api/channel-prices/${second.id}`), 200)).toMatchObject({ effective_end: at(8 * DAY) });
      expect(ok(await sales.get(`/api/channel-prices/${third.id}`), 200)).toMatchObject({ effective_end: null });
    });
  });
});
