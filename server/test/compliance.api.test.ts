import request from 'supertest';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { rebuildCurrentPrices } from '../src/modules/pricing/current-prices';
import { cachedRuleInputs, forgetRuleInputs, RULE_INPUTS_TTL_MS } from '../src/modules/compliance/rule-input-cache';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

const NOW = '2026-11-20T04:00:00.000Z';
const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.parse(NOW) + hours * HOUR).toISOString();
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/**
 * Price compliance against the real app on both databases: observations judged at their own instant
 * (own channels, promotion floors, parity across pack specs, partners as intelligence only,
 * unauthorised sellers), one violation per slot with occurrences, auto-resolve, the workflow and its
 * audit, ingest with an API key, evidence sniffing, the summary and the export.
 */
describe.each(databases)('price compliance on %s', (kind) => {
  let t: TestApp;
  let admin: Agent;
  let manager: Agent;
  let sales: Agent;
  let promo: Agent;
  let ids: { flagship: number; jd: number; dist: number; amx12: number; amx24: number; ibu: number };
  let jdKey: string;

  const observe = (body: Row, agent: Agent = sales) => agent.post('/api/price-observations').send({ channel_id: ids.flagship, sku_id: ids.ibu, observed_at: at(-1), ...body });
  const violations = async (filter: Row) => (await manager.get('/api/violations').query({ filter: JSON.stringify(filter) })).body as Row[];
  const one = async (filter: Row) => {
    const found = await violations(filter);
    expect(found, JSON.stringify(found)).toHaveLength(1);
    return found[0];
  };

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp(kind);
    [admin, manager, sales, promo] = await Promise.all(['admin', 'manager', 'sales', 'promotion'].map((r) => t.login(`${r}@acme.test`)));
    const flagship = await admin.post('/api/channels').send({ name: '天猫旗舰店', code: 'TM-FLAG', type: 'online', platform: 'own_store', owner_user_id: t.fixture.users.sales });
    expect(flagship.body.operated_by).toBe('company');
    ids = {
      flagship: flagship.body.id, jd: t.fixture.channels.JD, dist: t.fixture.channels.DIST,
      amx12: t.fixture.skus['AMX-12'], amx24: t.fixture.skus['AMX-24'], ibu: t.fixture.skus['IBU-20'],
    };
    jdKey = (await admin.post(`/api/channels/${ids.jd}/api-key`)).body.key;
    for (const [sku, control, floor] of [[ids.ibu, 15, 12], [ids.amx12, 9, 7], [ids.amx24, 18, 15]] as const) {
      expect((await admin.post('/api/price-policies').send({ sku_id: sku, control_price: control, promo_floor_price: floor })).status).toBe(201);
    }
    // Offline: AMX-24 at ¥18.50 on the distributor channel (¥0.7708 per capsule).
    const stamp = { org_id: t.fixture.orgs.acme, version: 1, created_at: NOW, updated_at: NOW, status: 'approved', approval_reason: 'first_price', kind: 'price' };
    await t.database.db('channel_prices').insert({ ...stamp, sku_id: ids.amx24, channel_id: ids.dist, price: 1850, effective_from: at(-24 * 30), effective_to: null });
    await rebuildCurrentPrices(t.database.db, t.fixture.orgs.acme);
  });
  afterAll(async () => {
    clock.reset();
    await t.close();
  });

  test('should default who operates a channel from its platform', async () => {
    const jd = (await admin.get(`/api/channels/${ids.jd}`)).body;
    expect(jd.operated_by).toBe('partner');
    const agency = await admin.post('/api/channels').send({ name: '代运营店', code: 'AGENCY', type: 'online', platform: 'tmall', operated_by: 'company' });
    expect(agency.body.operated_by).toBe('company');
    expect((await admin.post('/api/channels').send({ name: 'x', code: 'BAD-OP', type: 'online', platform: 'tmall', operated_by: 'both' })).body.errors.operated_by).toBeTruthy();
  });

  test('should open one violation per slot, count occurrences, and resolve it on a compliant sighting', async () => {
    const first = await observe({ price: 14, store_name: '华信天猫旗舰店', observed_at: at(-5) });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ compliant: false, breaches: ['own_channel_below_control'], price: 14, source: 'manual' });
    const v = await one({ kind: 'own_channel_below_control', channel_id: ids.flagship });
    expect(v).toMatchObject({ status: 'open', expected: 15, actual: 14, gap_pct: 6.67, severity: 'medium', occurrences: 1, assignee_id: t.fixture.users.sales });
    await observe({ price: 12.5, store_name: '华信天猫旗舰店', observed_at: at(-4) });
    const again = await one({ kind: 'own_channel_below_control', channel_id: ids.flagship });
    expect(again).toMatchObject({ id: v.id, occurrences: 2, actual: 12.5, severity: 'high' });
    // The owner of the channel got the task.
    const bell = (await sales.get('/api/notifications')).body as Row[];
    expect(bell.some((n) => String(n.text ?? n.message ?? '').includes('breach') || n.message_key === 'violations_assigned' || n.kind === 'compliance')).toBe(true);
    // An older sighting (imported late) counts but does not move the latest price.
    await observe({ price: 13, store_name: '华信天猫旗舰店', observed_at: at(-6) });
    expect(await one({ id: v.id })).toMatchObject({ occurrences: 3, actual: 12.5 });
    const fixed = await observe({ price: 15, store_name: '华信天猫旗舰店', observed_at: at(-3) });
    expect(fixed.body.compliant).toBe(true);
    const resolved = (await manager.get(`/api/violations/${v.id}`)).body;
    expect(resolved).toMatchObject({ status: 'resolved', resolution: 'auto' });
    // Newest first by when each was seen: the late sighting sorts before the opening.
    expect((resolved.events as Row[]).map((e) => e.kind)).toEqual(['auto_resolved', 'occurrence', 'opened', 'occurrence']);
    // A new breach after that opens a new violation.
    await observe({ price: 14.5, store_name: '华信天猫旗舰店', observed_at: at(-2) });
    const reopened = await violations({ kind: 'own_channel_below_control', channel_id: ids.flagship, status: 'open' });
    expect(reopened).toHaveLength(1);
    expect(reopened[0].id).not.toBe(v.id);
  });

  test('should allow an approved promotion down to its floor, at its own instants', async () => {
    const created = await promo.post('/api/promotions').send({
      name: '双十二', type: 'limited_discount', start_at: at(24), end_at: at(48), channel_ids: [ids.flagship], items: [{ sku_id: ids.ibu, promo_price: 13 }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await promo.post(`/api/promotions/${created.body.id}/submit`).send({})).body.status).toBe('approved');
    clock.set(at(30));
    // IBU-20: control ¥15, promo floor ¥12; the promotion sells at ¥13, so the floor stays ¥12.
    const inPromo = await observe({ price: 12, store_name: '旗舰店', observed_at: at(25) });
    expect(inPromo.body).toMatchObject({ compliant: true, breaches: [] });
    const belowFloor = await observe({ price: 11.9, store_name: '旗舰店', observed_at: at(26) });
    expect(belowFloor.body.breaches).toEqual(['below_promo_floor']);
    expect(await one({ kind: 'below_promo_floor', sku_id: ids.ibu })).toMatchObject({ expected: 12, actual: 11.9, promotion_id: created.body.id });
    // At the promotion's end instant the same kind of price is below control.
    clock.set(at(50));
    const after = await observe({ price: 14, store_name: '旗舰店', observed_at: at(48) });
    expect(after.body.breaches).toEqual(['own_channel_below_control']);
    // A compliant sighting closes both price kinds of the slot.
    await observe({ price: 15, store_name: '旗舰店', observed_at: at(49) });
    expect(await violations({ sku_id: ids.ibu, channel_id: ids.flagship, seller_id: inPromo.body.seller_id, status: 'open' })).toEqual([]);
    expect(await one({ kind: 'below_promo_floor', sku_id: ids.ibu })).toMatchObject({ status: 'resolved', resolution: 'auto' });
    clock.set(NOW);
  });

  test('should compare online per unit with offline across pack specs', async () => {
    // AMX-24 offline ¥18.50 → ¥0.7708 per unit; 5% tolerance → a 12-pack may go down to ¥8.79.
    const ok = await observe({ sku_id: ids.amx12, price: 9.2, store_name: '旗舰店', observed_at: at(-1) });
    expect(ok.body.breaches).toEqual([]);
    const cheap = await observe({ sku_id: ids.amx12, price: 9, store_name: '小程序', observed_at: at(-0.5) });
    expect(cheap.body.breaches).toEqual([]);
    const parity = await manager.post('/api/price-observations').send({ channel_id: ids.flagship, sku_id: ids.amx12, price: 8.7, store_name: '小程序', observed_at: at(-0.4) });
    expect(parity.body.breaches).toEqual(['own_channel_below_control', 'parity']);
    expect(await one({ kind: 'parity', sku_id: ids.amx12 })).toMatchObject({ expected: 8.79, actual: 8.7, gap_pct: 1.02, severity: 'low' });
  });

  test('should excuse a price a manager approved below control only while that price is in force', async () => {
    const stamp = { org_id: t.fixture.orgs.acme, version: 1, created_at: NOW, updated_at: NOW, status: 'approved', kind: 'price' };
    await t.database.db('channel_prices').insert([
      { ...stamp, sku_id: ids.amx12, channel_id: ids.flagship, price: 850, effective_from: at(-100), effective_to: null, approval_reason: 'below_control' },
      { ...stamp, sku_id: ids.amx12, channel_id: ids.flagship, price: 950, effective_from: at(-50), effective_to: null, approval_reason: 'small_change' },
    ]);
    const whileApproved = await observe({ sku_id: ids.amx12, price: 8.5, store_name: '清仓店', observed_at: at(-75) });
    expect(whileApproved.body.breaches).not.toContain('own_channel_below_control');
    const superseded = await observe({ sku_id: ids.amx12, price: 8.5, store_name: '清仓店', observed_at: at(-10) });
    expect(superseded.body.breaches).toContain('own_channel_below_control');
    await t.database.db('channel_prices').where({ sku_id: ids.amx12, channel_id: ids.flagship }).delete();
    await rebuildCurrentPrices(t.database.db, t.fixture.orgs.acme);
  });

  test('should treat a partner below control as intelligence and act only on unauthorised sellers', async () => {
    const low = await observe({ channel_id: ids.jd, price: 13, store_name: '某某大药房', shop_id: 'JD-778', observed_at: at(-2) });
    expect(low.body.breaches).toEqual(['partner_below_control']);
    const seller = (await manager.get('/api/sellers').query({ filter: JSON.stringify({ authorized: 'unreviewed', channel_id: ids.jd }) })).body as Row[];
    expect(seller).toHaveLength(1);
    expect(seller[0]).toMatchObject({ name: '某某大药房', shop_id: 'JD-778', authorized: null, level: 0 });
    // A script may say it in JSON: null is unreviewed, and true and false are the booleans, not text to match.
    const sellersWhere = async (authorized: unknown) => ((await manager.get('/api/sellers').query({ filter: JSON.stringify({ authorized, channel_id: ids.jd }) })).body as Row[]).map((r) => r.id);
    expect(await sellersWhere(null)).toEqual([seller[0].id]);
    expect(await sellersWhere(false)).toEqual([]);
    expect(await sellersWhere(true)).toEqual(await sellersWhere('true'));
    expect((await manager.get('/api/sellers').query({ filter: JSON.stringify({ authorized: 'maybe' }) })).status).toBe(400);
    expect((seller[0].open_violations as Row).partner_below_control).toBe(1);
    // Marking it unauthorised opens a case from what it was seen selling; intelligence never raised its level.
    const marked = await manager.put(`/api/sellers/${seller[0].id}`).send({ ...seller[0], authorized: false, grounds: ['trademark'] });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(marked.body).toMatchObject({ authorized: false, level: 1, grounds: ['trademark'] });
    expect(await sellersWhere(false)).toEqual([seller[0].id]);
    expect(await sellersWhere(null)).toEqual([]);
    expect(await one({ kind: 'unauthorized_seller', seller_id: seller[0].id })).toMatchObject({ status: 'open', severity: 'high', actual: 13 });
    // Seen again under the same shop id: an occurrence, not a second case.
    const seen = await observe({ channel_id: ids.jd, price: 16, store_name: '某某大药房（新名）', shop_id: 'jd-778', observed_at: at(-1) });
    expect(seen.body.breaches).toEqual(['unauthorized_seller']);
    expect(seen.body.seller_id).toBe(seller[0].id);
    expect(await one({ kind: 'unauthorized_seller', seller_id: seller[0].id })).toMatchObject({ occurrences: 2 });
    // The contact log and the evidence package.
    expect((await manager.post(`/api/sellers/${seller[0].id}/contacts`).send({ kind: 'platform_complaint', note: '已向京东提交知识产权投诉' })).status).toBe(201);
    const pack = (await sales.get(`/api/sellers/${seller[0].id}/evidence-package`)).body;
    expect(pack.seller).toMatchObject({ authorized: false, grounds: ['trademark'] });
    expect(pack.observations.map((o: Row) => o.price)).toEqual([16, 13]);
    // Only the lawful case goes into a document handed to a platform: never the partner's low prices.
    expect(pack.violations.map((v: Row) => v.kind)).toEqual(['unauthorized_seller']);
    expect(pack.observations.flatMap((o: Row) => o.breaches)).toEqual(['unauthorized_seller']);
    expect(pack.contacts[0].kind).toBe('platform_complaint');
    expect(pack.time_zone).toBe('Asia/Shanghai');
    // Authorised after review: the case resolves.
    const current = (await manager.get(`/api/sellers/${seller[0].id}`)).body;
    await manager.put(`/api/sellers/${seller[0].id}`).send({ ...current, authorized: true });
    expect(await violations({ kind: 'unauthorized_seller', seller_id: seller[0].id, status: 'open' })).toEqual([]);
    // Stores on a company channel are never flagged.
    const own = await admin.post('/api/sellers').send({ channel_id: ids.flagship, name: '旗舰店二店', authorized: false });
    expect(own.status).toBe(201);
    const sighting = await observe({ price: 20, seller_id: own.body.id, observed_at: at(-1) });
    expect(sighting.body.breaches).toEqual([]);
  });

  test('should run the workflow with conditional transitions, bulk steps and an audit trail', async () => {
    for (const [hours, price] of [[-30, 11], [-29, 10], [-28, 9]] as const) {
      await observe({ channel_id: ids.flagship, sku_id: ids.ibu, price, store_name: `店${price}`, observed_at: at(hours) });
    }
    const open = await violations({ kind: 'own_channel_below_control', sku_id: ids.ibu, status: 'open' });
    expect(open.length).toBeGreaterThanOrEqual(3);
    // a: ¥11, b: ¥10, c: ¥9.
    const [a, b, c] = open.filter((v) => [11, 10, 9].includes(v.actual as number)).sort((x, y) => (y.actual as number) - (x.actual as number)).map((v) => v.id as number);
    expect((await sales.post(`/api/violations/${a}/acknowledge`).send({})).status).toBe(403);
    const waiveBare = await manager.post(`/api/violations/${a}/waive`).send({});
    expect(waiveBare.status).toBe(400);
    expect(waiveBare.body.errors.reason).toBeTruthy();
    expect((await manager.post(`/api/violations/${a}/acknowledge`).send({ note: '在查' })).body.status).toBe('acknowledged');
    expect((await manager.post(`/api/violations/${a}/acknowledge`).send({})).status).toBe(409);
    expect((await manager.post(`/api/violations/${b}/resolve`).send({ note: '已改价' })).body).toMatchObject({ status: 'resolved', resolution: 'manual' });
    expect((await manager.post(`/api/violations/${c}/waive`).send({ reason: '经理批准的清库存' })).body).toMatchObject({ status: 'waived', waive_reason: '经理批准的清库存' });
    expect((await manager.post(`/api/violations/${c}/assign`).send({ user_id: t.fixture.users.rivalAdmin })).status).toBe(400);
    expect((await manager.post(`/api/violations/${c}/assign`).send({ user_id: t.fixture.users.sales })).body.assignee_id).toBe(t.fixture.users.sales);
    expect((await manager.post(`/api/violations/${c}/comments`).send({ note: '下周复查' })).status).toBe(200);
    expect((await manager.post(`/api/violations/${c}/nonsense`).send({})).status).toBe(404);
    const shown = (await sales.get(`/api/violations/${c}`)).body;
    expect((shown.events as Row[]).slice(0, 3).map((e) => e.kind)).toEqual(['comment', 'assigned', 'waived']);
    // A waived case absorbs the same breach, and reopens on a worse one.
    await observe({ channel_id: ids.flagship, sku_id: ids.ibu, price: 9, store_name: '店9', observed_at: at(-27) });
    expect((await manager.get(`/api/violations/${c}`)).body.status).toBe('waived');
    await observe({ channel_id: ids.flagship, sku_id: ids.ibu, price: 8, store_name: '店9', observed_at: at(-26) });
    expect((await manager.get(`/api/violations/${c}`)).body.status).toBe('open');

    const bulk = await manager.post('/api/violations/bulk/acknowledge').send({ ids: [a, b, c] });
    expect(bulk.body.updated).toEqual([c]);
    expect(bulk.body.skipped.map((s: Row) => s.id)).toEqual([a, b]);
    expect((await manager.post('/api/violations/bulk/waive').send({ ids: [c] })).status).toBe(400);
    expect((await manager.post('/api/violations/bulk/waive').send({ ids: [c], reason: '批量豁免' })).body.updated).toEqual([c]);
    // Re-judging the latest sighting, older than the manager's resolution, opens nothing again.
    const resolvedB = (await manager.get(`/api/violations/${b}`)).body;
    expect((await manager.post('/api/compliance/reevaluate').send({})).status).toBe(200);
    expect(await violations({ kind: 'own_channel_below_control', sku_id: ids.ibu, seller_id: resolvedB.seller_id, status: 'open' })).toEqual([]);
    // Assignees are offered to managers, and an assignment's history names who took it over.
    const people = (await manager.get('/api/violations/assignees')).body as Row[];
    expect(people.map((p) => p.id)).toContain(t.fixture.users.sales);
    expect(people.map((p) => p.id)).not.toContain(t.fixture.users.rivalAdmin);
    expect(((await manager.get(`/api/violations/${c}`)).body.events as Row[]).find((e) => e.kind === 'assigned')?.note).toBe('Acme sales');
    const audit = (await admin.get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'violations', record_id: c }) })).body as Row[];
    expect(audit.length).toBeGreaterThanOrEqual(5);
  });

  test('should judge listed prices when a policy changes, idempotently', async () => {
    const stamp = { org_id: t.fixture.orgs.acme, version: 1, created_at: NOW, updated_at: NOW, status: 'approved', approval_reason: 'first_price', kind: 'price' };
    await t.database.db('channel_prices').insert({ ...stamp, sku_id: ids.ibu, channel_id: ids.flagship, price: 1600, effective_from: at(-24), effective_to: null });
    await rebuildCurrentPrices(t.database.db, t.fixture.orgs.acme);
    expect(await violations({ origin: 'in_force', sku_id: ids.ibu })).toEqual([]);
    const policy = ((await admin.get('/api/price-policies').query({ filter: JSON.stringify({ sku_id: ids.ibu }) })).body as Row[])[0];
    expect((await admin.put(`/api/price-policies/${policy.id}`).send({ ...policy, control_price: 17, promo_floor_price: 12 })).status).toBe(200);
    const listed = await one({ origin: 'in_force', sku_id: ids.ibu, channel_id: ids.flagship });
    expect(listed).toMatchObject({ kind: 'own_channel_below_control', expected: 17, actual: 16, seller_id: null, occurrences: 1 });
    const again = await manager.post('/api/compliance/reevaluate').send({});
    expect(again.status).toBe(200);
    expect(again.body.evaluated).toBeGreaterThan(0);
    expect(await one({ id: listed.id })).toMatchObject({ occurrences: 1, status: 'open' });
    expect((await sales.post('/api/compliance/reevaluate').send({})).status).toBe(403);
    const latest = (await admin.get(`/api/price-policies/${policy.id}`)).body;
    await admin.put(`/api/price-policies/${policy.id}`).send({ ...latest, control_price: 15 });
    expect(await one({ id: listed.id })).toMatchObject({ status: 'resolved', resolution: 'auto' });
  });

  test('should ingest with a channel key, all or nothing and idempotent on external id', async () => {
    const send = (body: unknown, key = jdKey) => request(t.app).post('/api/ingest/observations').set('X-Api-Key', key).send(body as object);
    const batch = [
      { sku_code: 'ibu-20', price: 14, observed_at: at(-3), store_name: '甲药房', external_id: 'w-1' },
      { sku_code: 'AMX-12', price: 9.9, observed_at: at(-3), store_name: '乙药房', external_id: 'w-2', url: 'https://item.jd.com/1.html' },
    ];
    expect((await request(t.app).post('/api/ingest/observations').send({ observations: batch })).status).toBe(401);
    expect((await sales.post('/api/ingest/observations').send({ observations: batch })).status).toBe(401);
    const bad = await send({ observations: [...batch, { sku_code: 'NOPE', price: -1, observed_at: at(500), url: 'javascript:alert(1)' }] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['observations.2.observed_at', 'observations.2.price', 'observations.2.url']);
    expect((await sales.get('/api/price-observations').query({ filter: JSON.stringify({ external_id: 'w-1' }) })).body).toEqual([]);
    expect((await send({ observations: batch })).body).toEqual({ created: 2, unchanged: 0 });
    expect((await send({ observations: batch })).body).toEqual({ created: 0, unchanged: 2 });
    const stored = (await sales.get('/api/price-observations').query({ filter: JSON.stringify({ external_id: 'w-1' }) })).body as Row[];
    expect(stored[0]).toMatchObject({ channel_id: ids.jd, source: 'api', breaches: ['partner_below_control'] });
    // The same new batch twice at once: stored once; the loser is told it was already there (or 409, and its retry changes nothing).
    const twice = Array.from({ length: 50 }, (_, i) => ({ sku_code: 'IBU-20', price: 15, observed_at: at(-3), store_name: '并发药房', external_id: `race-${i}` }));
    const [r1, r2] = await Promise.all([send({ observations: twice }), send({ observations: twice })]);
    expect([r1.status, r2.status].sort()).toEqual(r1.status === 409 || r2.status === 409 ? [200, 409] : [200, 200]);
    expect((r1.body.created ?? 0) + (r2.body.created ?? 0)).toBe(50);
    expect((await send({ observations: twice })).body).toEqual({ created: 0, unchanged: 50 });
    expect((await sales.get('/api/price-observations').query({ filter: JSON.stringify({ q: '并发药房' }), range: '[0,0]' })).headers['content-range']).toMatch(/\/50$/);
    // A SKU named by its unit GTIN-14 (0 + GTIN-13), as price-watch tools often send it.
    const admin = await t.login('admin@acme.test');
    const amx = (await admin.get(`/api/skus/${ids.amx12}`)).body;
    expect((await admin.put(`/api/skus/${ids.amx12}`).send({ ...amx, gtin: '6901234500028' })).status).toBe(200);
    expect((await send({ observations: [{ gtin: '06901234500028', price: 9.8, observed_at: at(-2), store_name: '乙药房', external_id: 'w-gtin14' }] })).body).toEqual({ created: 1, unchanged: 0 });
    const byGtin = (await sales.get('/api/price-observations').query({ filter: JSON.stringify({ external_id: 'w-gtin14' }) })).body as Row[];
    expect(byGtin.map((o) => o.sku_id)).toEqual([ids.amx12]);
    // Another tenant's seller id through this key is refused.
    const rival = await t.login('admin@rival.test');
    const rivalSeller = await rival.post('/api/sellers').send({ channel_id: t.fixture.channels['RIV-MINI'], name: '对手店' });
    const foreign = await send({ observations: [{ sku_code: 'IBU-20', price: 10, observed_at: at(-1), seller_id: rivalSeller.body.id }] });
    expect(foreign.body.errors['observations.0.seller_id']).toBeTruthy();
    // Each error names the observation's place in the batch as sent, past a bad one before it.
    const placed = await send({ observations: [{ sku_code: 'IBU-20', price: -1, observed_at: at(-1) }, { sku_code: 'IBU-20', price: 10, observed_at: at(-1), seller_id: rivalSeller.body.id }] });
    expect(Object.keys(placed.body.errors).sort()).toEqual(['observations.0.price', 'observations.1.seller_id']);
    expect((await send({ observations: [] })).status).toBe(400);
    // A batch larger than any insert statement: 1,200 stores each seen below control, each its own case.
    const many = Array.from({ length: 1200 }, (_, i) => ({ sku_code: 'IBU-20', price: 13.5, observed_at: at(-2), store_name: `批量药房${i}`, external_id: `many-${i}` }));
    expect((await send({ observations: many })).body).toEqual({ created: 1200, unchanged: 0 });
    expect((await sales.get('/api/violations').query({ filter: JSON.stringify({ kind: 'partner_below_control', channel_id: ids.jd, sku_id: ids.ibu }), range: '[0,0]' })).headers['content-range'])
      .toMatch(/\/12\d\d$/);
  });

  test('should check an ingested batch in the check thread at the server\'s instant, with a BOM or a bad body answered as the JSON parser would', async () => {
    const post = () => request(t.app).post('/api/ingest/observations').set('X-Api-Key', jdKey).set('Content-Type', 'application/json');
    const sighting = (externalId: string, hours: number) => ({ sku_code: 'IBU-20', price: 15, observed_at: at(hours), store_name: '线程药房', external_id: externalId });
    // The server's clock (moved to NOW here) decides "the future", not the thread's own: two hours on is refused though it is past by the wall clock.
    const ahead = await post().send(JSON.stringify({ observations: [sighting('thread-1', -1), sighting('thread-2', 2)] }));
    expect(ahead.status).toBe(400);
    expect(Object.keys(ahead.body.errors)).toEqual(['observations.1.observed_at']);
    expect(ahead.body.key).toBe('ingest_observations_invalid');
    // A byte-order mark, as Windows tools write a saved JSON file, is read past.
    const bom = await post().send(`\uFEFF${JSON.stringify({ observations: [sighting('thread-3', -1)] })}`);
    expect(bom.body).toEqual({ created: 1, unchanged: 0 });
    for (const body of ['{"observations": [', '"text"', '42']) {
      const broken = await post().send(body);
      expect(broken.status, body).toBe(400);
      expect(broken.body.key, body).toBe('body_not_json');
    }
    const huge = await post().send(JSON.stringify({ observations: [{ ...sighting('thread-5', -1), url: `https://x.example/${'a'.repeat(11 * 1024 * 1024)}` }] }));
    expect(huge.status).toBe(413);
    expect(huge.body.key).toBe('body_too_large');
    const notArray = await post().send(JSON.stringify({ observations: 'all' }));
    expect(notArray.status).toBe(400);
    expect(notArray.body.errors.observations).toBeTruthy();
    // Another content type is refused before anything is read.
    const asText = await request(t.app).post('/api/ingest/observations').set('X-Api-Key', jdKey).set('Content-Type', 'text/plain').send(JSON.stringify({ observations: [sighting('thread-4', -1)] }));
    expect(asText.status).toBe(415);
    expect(asText.body.key).toBe('unsupported_content_type');
    expect((await sales.get('/api/price-observations').query({ filter: JSON.stringify({ q: '线程药房' }), range: '[0,9]' })).body.map((o: Row) => o.external_id)).toEqual(['thread-3']);
  });

  test('should judge each ingested batch by the policy, catalogue and sellers as they are at that moment, though its rule inputs are kept', async () => {
    const send = (observations: Row[]) => request(t.app).post('/api/ingest/observations').set('X-Api-Key', jdKey).send({ observations });
    const breachesOf = async (externalId: string) => ((await sales.get('/api/price-observations').query({ filter: JSON.stringify({ external_id: externalId }) })).body as Row[])[0].breaches;
    const sighting = (externalId: string, extra: Row = {}) => ({ sku_code: 'IBU-20', price: 14, observed_at: at(-1), store_name: '留存药房', external_id: externalId, ...extra });
    expect((await send([sighting('kept-1')])).body).toEqual({ created: 1, unchanged: 0 });
    expect(await breachesOf('kept-1')).toEqual(['partner_below_control']);
    // A manager lowers the control price: the very next batch is judged by it, not by the inputs kept a moment ago.
    const policy = ((await admin.get('/api/price-policies').query({ filter: JSON.stringify({ sku_id: ids.ibu }) })).body as Row[])[0];
    expect((await admin.put(`/api/price-policies/${policy.id}`).send({ ...policy, control_price: 13.5 })).status).toBe(200);
    expect((await send([sighting('kept-2')])).body).toEqual({ created: 1, unchanged: 0 });
    expect(await breachesOf('kept-2')).toEqual([]);
    // The store is marked unauthorised: its next sighting is a case at once.
    const store = ((await manager.get('/api/sellers').query({ filter: JSON.stringify({ q: '留存药房' }) })).body as Row[])[0];
    expect((await manager.put(`/api/sellers/${store.id}`).send({ ...store, authorized: false, grounds: ['trademark'] })).status).toBe(200);
    expect((await send([sighting('kept-3')])).body).toEqual({ created: 1, unchanged: 0 });
    expect(await breachesOf('kept-3')).toEqual(['unauthorized_seller']);
    // A SKU created a moment ago is judged by its own facts.
    const fresh = await admin.post('/api/skus').send({ product_id: t.fixture.products.ibuprofen, code: 'IBU-KEPT', name: '布洛芬缓释胶囊 新规格', pack_desc: '×30', units_per_pack: 30, unit: '粒', channel_scope: 'all', guide_price: 30 });
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(201);
    expect((await admin.post('/api/price-policies').send({ sku_id: fresh.body.id, control_price: 25, promo_floor_price: 20 })).status).toBe(201);
    expect((await send([sighting('kept-4', { sku_code: 'IBU-KEPT', price: 24, store_name: '新规格药房' })])).body).toEqual({ created: 1, unchanged: 0 });
    expect(await breachesOf('kept-4')).toEqual(['partner_below_control']);
    const latest = (await admin.get(`/api/price-policies/${policy.id}`)).body;
    expect((await admin.put(`/api/price-policies/${policy.id}`).send({ ...latest, control_price: 15 })).status).toBe(200);
  });

  test('should keep rule inputs for a few seconds at most when the change came from elsewhere, and forget them at once on a change here', async () => {
    const db = t.database.db;
    const orgId = t.fixture.orgs.acme;
    const controlOf = async (now: number) => (await cachedRuleInputs(db, orgId, now)).contextFor(ids.ibu, ids.jd, at(-1), null).policy?.control_price;
    forgetRuleInputs(db, orgId);
    const start = performance.now();
    expect(await controlOf(start)).toBe(1500);
    // Written behind this process's back (another server process): kept until the time is up.
    await db('price_policies').where({ org_id: orgId, sku_id: ids.ibu }).update({ control_price: 1490 });
    try {
      expect(await controlOf(start + 1_000)).toBe(1500);
      expect(await controlOf(start + RULE_INPUTS_TTL_MS + 1)).toBe(1490);
      await db('price_policies').where({ org_id: orgId, sku_id: ids.ibu }).update({ control_price: 1480 });
      forgetRuleInputs(db, orgId);
      expect(await controlOf(start + RULE_INPUTS_TTL_MS + 2)).toBe(1480);
    } finally {
      await db('price_policies').where({ org_id: orgId, sku_id: ids.ibu }).update({ control_price: 1500 });
      forgetRuleInputs(db, orgId);
    }
  });

  test('should import a price-watch sheet all or nothing, judged, and idempotent on a second import', async () => {
    const waitFor = async (agent: Agent, id: number) => {
      for (let i = 0; i < 400; i++) {
        const res = await agent.get(`/api/observation-imports/${id}`);
        expect(res.status).toBe(200);
        if (res.body.status !== 'running') return res.body;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('import did not finish');
    };
    const sheet = (rows: string[]) => Buffer.from(`监测时间,商品编码,到手价,店铺名称,商品链接\n${rows.join('\n')}\n`);
    const upload = async (agent: Agent, file: Buffer) => {
      const res = await agent.post('/api/observation-imports').field('channel_id', String(ids.flagship)).attach('file', file, '价格巡查.csv');
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const good = sheet(['2026/11/19 10:00,IBU-20,¥13.50,华信天猫旗舰店,https://detail.tmall.com/item.htm?id=9', '2026-11-19 11:00,ibu-20,15.00,华信天猫旗舰店,', '2026-11-19 11:00,ibu-20,15.00,华信天猫旗舰店,']);
    const job = await upload(manager, good);
    expect(job.kind).toBe('observations');
    expect(job.suggested_mapping).toEqual({ observed_at: '监测时间', sku: '商品编码', price: '到手价', store_name: '店铺名称', url: '商品链接' });
    const mapping = { mapping: job.suggested_mapping };
    const preview = await manager.post(`/api/observation-imports/${job.id}/preview`).send(mapping);
    expect(preview.body).toMatchObject({ total_rows: 3, valid_rows: 3, invalid_rows: 0 });
    expect(preview.body.preview[0]).toMatchObject({ row: 2, sku_code: 'IBU-20', price: 13.5, observed_at: '2026-11-19T02:00:00.000Z' });
    const before = Number((await sales.get('/api/price-observations').query({ range: '[0,0]' })).headers['content-range'].split('/')[1]);
    expect((await manager.post(`/api/observation-imports/${job.id}/commit`).send(mapping)).status).toBe(202);
    expect(await waitFor(manager, job.id)).toMatchObject({ status: 'done', created: 3, unchanged: 0, processed_rows: 3 });
    const imported = (await sales.get('/api/price-observations').query({ filter: JSON.stringify({ source: 'import', channel_id: ids.flagship }), sort: '["observed_at","ASC"]' })).body as Row[];
    expect(imported.map((o) => [o.price, o.compliant])).toEqual([[13.5, false], [15, true], [15, true]]);
    // The same file again adds nothing: the two identical rows are told apart by their order in the file.
    const again = await upload(sales, good);
    await sales.post(`/api/observation-imports/${again.id}/commit`).send(mapping);
    expect(await waitFor(sales, again.id)).toMatchObject({ status: 'done', created: 0, unchanged: 3 });
    // One bad row: the job fails with its row errors and writes nothing.
    const bad = await upload(sales, sheet(['2026-11-19 12:00,IBU-20,14.00,店A,', '2030-01-01 12:00,NOPE,abc,店B,javascript:alert(1)', `,,,${'店'.repeat(201)},`]));
    await sales.post(`/api/observation-imports/${bad.id}/commit`).send(mapping);
    const failed = await waitFor(sales, bad.id);
    expect(failed.status).toBe('failed');
    expect(failed.row_errors.map((e: Row) => `${e.row}:${e.field}:${e.key}`)).toEqual([
      '3:observed_at:observation_row_future', '3:sku:import_row_sku_unknown', '3:price:sales_row_money', '3:url:observation_row_url',
      '4:observed_at:sales_row_required', '4:sku:sales_row_required', '4:price:sales_row_required', '4:store_name:sales_row_too_long',
    ]);
    expect(Number((await sales.get('/api/price-observations').query({ range: '[0,0]' })).headers['content-range'].split('/')[1])).toBe(before + 3);
    const errorsSheet = await sales.get(`/api/observation-imports/${bad.id}/errors.xlsx`);
    expect(errorsSheet.status).toBe(200);
    // Rights follow the observations; the sales-import routes do not serve these jobs.
    expect((await promo.post('/api/observation-imports').field('channel_id', String(ids.flagship)).attach('file', good, 'x.csv')).status).toBe(403);
    expect((await sales.get(`/api/sales-imports/${job.id}`)).status).toBe(404);
    expect((await sales.post('/api/sales-imports').field('kind', 'observations').field('channel_id', String(ids.flagship)).attach('file', good, 'x.csv')).status).toBe(400);
    expect(((await manager.get('/api/observation-imports')).body as Row[]).map((j) => j.id)).toContain(job.id);
  });

  test('should sniff evidence by content and serve it to the same tenant only', async () => {
    const png = await sales.post('/api/evidence').attach('file', PNG, 'screenshot.pdf');
    expect(png.status, JSON.stringify(png.body)).toBe(201);
    expect(png.body.content_type).toBe('image/png');
    const html = await sales.post('/api/evidence').attach('file', Buffer.from('<html><script>alert(1)</script></html>'), 'shot.png');
    expect(html.status).toBe(400);
    expect(html.body.key).toBe('evidence_type');
    expect((await promo.post('/api/evidence').attach('file', PNG, 'a.png')).status).toBe(403);
    const pdf = await sales.post('/api/evidence').attach('file', PDF, '截图.pdf');
    const served = await manager.get(`/api/evidence/${pdf.body.id}`);
    expect(served.status).toBe(200);
    expect(served.headers['content-disposition']).toMatch(/^attachment/);
    expect(served.headers['content-type']).toBe('application/pdf');
    const image = await promo.get(`/api/evidence/${png.body.id}`);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    const rival = await t.login('admin@rival.test');
    expect((await rival.get(`/api/evidence/${png.body.id}`)).status).toBe(404);
    expect((await rival.post('/api/price-observations').send({ channel_id: t.fixture.channels['RIV-MINI'], sku_code: 'RIV-10', price: 5, observed_at: at(-1), evidence_id: png.body.id })).body.errors.evidence_id).toBeTruthy();
    const withShot = await observe({ price: 15, evidence_id: png.body.id, url: 'https://detail.tmall.com/item.htm?id=1' });
    expect(withShot.body).toMatchObject({ evidence_id: png.body.id, evidence_type: 'image/png' });
    const tooBig = await sales.post('/api/evidence').attach('file', Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]), 'big.png');
    expect(tooBig.status).toBe(413);
  });

  test('should summarise for the managers and export the filtered list', async () => {
    const summary = (await promo.get('/api/compliance/summary')).body;
    expect(summary.open_total).toBe(Object.values(summary.open_by_kind as Record<string, number>).reduce((x, y) => x + y, 0));
    expect(summary.observations).toBeGreaterThan(10);
    expect(summary.compliance_rate).toBeGreaterThan(0);
    expect(summary.compliance_rate).toBeLessThan(100);
    expect(summary.channels.map((c: Row) => c.channel_id)).toContain(ids.flagship);
    expect(summary.trend.length).toBeGreaterThan(0);
    expect(summary.top_skus[0].open).toBeGreaterThan(0);
    expect((await promo.get('/api/compliance/summary').query({ weeks: 'lots' })).status).toBe(400);
    // The list's total unfiltered (from the daily counts) and by channel is the real number of rows.
    const totalOf = async (filter: Row) => Number((await sales.get('/api/price-observations').query({ filter: JSON.stringify(filter), range: '[0,0]' })).headers['content-range'].split('/')[1]);
    const stored = async (where: Row) => Number((await t.database.db('price_observations').where({ org_id: t.fixture.orgs.acme, ...where }).count({ n: '*' }))[0].n);
    expect(await totalOf({})).toBe(await stored({}));
    expect(await totalOf({ channel_id: ids.jd })).toBe(await stored({ channel_id: ids.jd }));
    expect(await totalOf({ channel_id: ids.jd, source: 'api' })).toBe(await stored({ channel_id: ids.jd, source: 'api' }));
    const exported = await manager.get('/api/violations/export').query({ filter: JSON.stringify({ status: 'open' }) }).buffer(true)
      .parse((res, done) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => done(null, Buffer.concat(chunks))); });
    expect(exported.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.body);
    const sheet = book.worksheets[0];
    expect(['Kind', '类型']).toContain(sheet.getRow(1).getCell(2).value);
    expect(sheet.rowCount - 1).toBe(summary.open_total - (await violations({ status: 'acknowledged' })).length);
  });

  test('should move the observations\' days and the daily counts when the company changes its time zone', async () => {
    const days = async () => (await t.database.db('observation_daily').where('org_id', t.fixture.orgs.acme).orderBy(['day', 'channel_id']).select('day', 'channel_id', 'observations', 'compliant'));
    const total = (rows: Row[]) => rows.reduce((n, r) => n + Number(r.observations), 0);
    const before = await days();
    const settings = (await admin.get('/api/settings')).body;
    expect((await admin.put('/api/settings').send({ ...settings, time_zone: 'America/Los_Angeles' })).status).toBe(200);
    const after = await days();
    expect(total(after)).toBe(total(before));
    expect(after).not.toEqual(before);
    // An observation at 04:00 UTC is the 19th in Los Angeles, the 20th in Shanghai.
    const [sample] = await t.database.db('price_observations').where({ org_id: t.fixture.orgs.acme, observed_at: at(-1) }).limit(1).select('day');
    expect(sample.day).toBe('2026-11-19');
    const restored = (await admin.get('/api/settings')).body;
    expect((await admin.put('/api/settings').send({ ...restored, time_zone: 'Asia/Shanghai' })).status).toBe(200);
    expect(await days()).toEqual(before);
  });

  test('should keep each tenant to its own compliance data and roles to their rights', async () => {
    const rival = await t.login('admin@rival.test');
    expect((await rival.get('/api/violations')).body).toEqual([]);
    expect((await rival.get('/api/compliance/summary')).body.open_total).toBe(0);
    const anyViolation = (await violations({}))[0];
    expect((await rival.get(`/api/violations/${anyViolation.id}`)).status).toBe(404);
    expect((await rival.post(`/api/violations/${anyViolation.id}/resolve`).send({})).status).toBe(404);
    expect((await promo.post('/api/price-observations').send({})).status).toBe(403);
    expect((await sales.post('/api/sellers').send({})).status).toBe(403);
    expect((await sales.put(`/api/violations/${anyViolation.id}`).send({})).status).toBe(403);
    expect((await manager.put(`/api/violations/${anyViolation.id}`).send({})).status).toBe(405);
    expect((await rival.post('/api/price-observations').send({ channel_id: ids.flagship, sku_code: 'RIV-10', price: 5, observed_at: at(-1) })).body.errors.channel_id).toBeTruthy();
  });
});
