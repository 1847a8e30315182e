import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { rebuildRollups } from '../src/modules/orders/rollups';
import { recoverSalesImportsOnStart, salesImportTuning } from '../src/modules/sales-imports/sales-import.service';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

const SELL_THROUGH_HEADER = '单据日期,单据编号,客户名称,客户类型,省,市,商品编码,商品名称,规格,批号,数量,单价,金额';
const sellThrough = (rows: string[]) => iconv.encode([SELL_THROUGH_HEADER, ...rows].join('\r\n'), 'gbk');
const ORIGINAL = [
  '2026-10-01,XS001,百姓缘连锁药店,连锁药店,四川,成都,AMX-24,阿莫西林,0.25g×24粒,B1,70,21.08,1475.60',
  '2026-10-02,XS002,仁心大药房(天河店),零售药店,广东省,广州市,IBU-50,布洛芬,×50,B2,90,11.47,1032.30',
  '2026-10-02,XS002,仁心大药房(天河店),零售药店,广东省,广州市,AMX-24,阿莫西林,0.25g×24粒,B3,10,20.00,200.00',
  '2026-10-03,XS003,城南社区卫生服务中心,基层医疗,江苏省,南京市,IBU-50,布洛芬,×50,B4,100,11.47,1147.00',
  '2026-10-05,XS004,第一人民医院,医院,北京,北京市,AMX-24,阿莫西林,0.25g×24粒,B5,40,11.47,458.80',
];

const ORDERS_HEADER = '订单编号,下单时间,订单状态,商品编码,商品名称,购买数量,商品单价,实付金额,收货省份,收货城市';
const platformOrders = (rows: string[]) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([ORDERS_HEADER, ...rows].join('\n'), 'utf8')]);

describe.each(databases)('sales file imports on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  let manager: Agent;

  beforeAll(async () => {
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
    manager = await t.login('manager@acme.test');
  });
  afterAll(() => t.close());
  afterEach(() => {
    salesImportTuning.beforeApply = undefined;
  });

  const upload = async (file: Buffer, name: string, importKind: string, channel: number) => {
    const res = await sales.post('/api/sales-imports').field('kind', importKind).field('channel_id', String(channel)).attach('file', file, name);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const waitFor = async (id: number) => {
    for (let i = 0; i < 400; i++) {
      const res = await sales.get(`/api/sales-imports/${id}`);
      expect(res.status).toBe(200);
      if (res.body.status !== 'running') return res.body;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('import did not finish');
  };
  const commit = async (id: number, body: Row) => {
    const res = await sales.post(`/api/sales-imports/${id}/commit`).send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.status).toBe('running');
    return waitFor(id);
  };
  const orders = (channel: string) => t.database.db('orders').where({ channel_id: t.fixture.channels[channel] }).orderBy('order_no').select();
  const rollupAmount = async (flow: string) => Number((await t.database.db('sales_daily').where({ org_id: t.fixture.orgs.acme, flow }).sum({ a: 'amount' }))[0].a ?? 0);
  const rollupsMatchRebuild = async () => {
    const snapshot = async () => (await t.database.db('sales_daily').where('org_id', t.fixture.orgs.acme)
      .orderBy(['day', 'sku_id', 'channel_id', 'province', 'customer_type', 'flow']).select('day', 'sku_id', 'channel_id', 'province', 'customer_type', 'flow', 'qty', 'amount', 'lines', 'orders'))
      .map((r: Row) => JSON.stringify(Object.values(r).map(String)));
    const before = await snapshot();
    await rebuildRollups(t.database.db, t.fixture.orgs.acme);
    expect(await snapshot()).toEqual(before);
  };

  test('should import a GBK sell-through report as sell-out orders of the distributor, once, however often it comes', async () => {
    const job = await upload(sellThrough(ORIGINAL), '流向2026-10.csv', 'sell_through', t.fixture.channels.DIST);
    expect(job).toMatchObject({ status: 'uploaded', total_rows: 5, kind: 'sell_through', mapping_source: 'guessed' });
    expect(job.headers[0]).toBe('单据日期');
    expect(job.suggested_mapping).toMatchObject({
      ordered_at: '单据日期', doc_no: '单据编号', customer_name: '客户名称', customer_type: '客户类型', province: '省', city: '市',
      sku: '商品编码', qty: '数量', unit_price: '单价', amount: '金额',
    });
    const preview = await sales.post(`/api/sales-imports/${job.id}/preview`).send({ mapping: job.suggested_mapping });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ total_rows: 5, valid_rows: 5, invalid_rows: 0, errors: [], unknown_values: [] });
    expect(preview.body.preview[0]).toMatchObject({ row: 2, order_no: 'XS001', customer_type: 'pharmacy', province: '四川省', sku_code: 'AMX-24', qty: 70, amount: 1475.6 });

    const done = await commit(job.id, { mapping: job.suggested_mapping });
    expect(done).toMatchObject({ status: 'done', created: 4, updated: 0, unchanged: 0, processed_rows: 5 });
    const stored = await orders('DIST');
    expect(stored.map((o: Row) => o.order_no)).toEqual(['XS001', 'XS002', 'XS003', 'XS004']);
    expect(stored[1]).toMatchObject({ flow: 'sell_out', source: 'import', customer_name: '仁心大药房(天河店)', customer_type: 'pharmacy', province: '广东省', status: 'completed', sales_day: '2026-10-02' });
    expect(stored[2]).toMatchObject({ customer_type: 'clinic' });
    expect(stored[3]).toMatchObject({ customer_type: 'hospital', province: '北京市', ordered_at: '2026-10-04T16:00:00.000Z' });
    expect(Number(stored[1].total)).toBe(123230);
    expect(await rollupAmount('sell_out')).toBe(431370);
    await rollupsMatchRebuild();
    // The mapping is offered next time for this channel and kind.
    const again = await upload(sellThrough(ORIGINAL), 'same.csv', 'sell_through', t.fixture.channels.DIST);
    expect(again.mapping_source).toBe('saved');
    const second = await commit(again.id, { mapping: again.suggested_mapping });
    expect(second).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 4 });
    expect(await rollupAmount('sell_out')).toBe(431370);
    // The report reads sell-out beside sell-in, never added to it.
    const report = await manager.get('/api/reports/sales').query({ group_by: 'customer_type', filter: JSON.stringify({ flow: 'sell_out', date_gte: '2026-10-01', date_lte: '2026-10-31' }) });
    expect(report.status).toBe(200);
    expect(report.body.find((r: Row) => r.customer_type === 'hospital')).toMatchObject({ amount: 458.8, qty: 40, orders: 1 });
  });

  test('should ask before a corrected report replaces the period, show both totals, and then count nothing twice', async () => {
    const corrected = [ORIGINAL[0], ORIGINAL[1].replace(',90,11.47,1032.30', ',80,11.47,917.60'), ORIGINAL[2], ORIGINAL[4]]; // XS002 changed, XS003 withdrawn
    const job = await upload(sellThrough(corrected), '流向2026-10-更正.csv', 'sell_through', t.fixture.channels.DIST);
    const asked = await commit(job.id, { mapping: job.suggested_mapping });
    expect(asked.status).toBe('confirm');
    expect(asked.period).toMatchObject({ from: '2026-10-01', to: '2026-10-05', stale_orders: 1, existing_orders: 4, existing_amount: 4313.7, file_orders: 3, file_amount: 3052 });
    expect(await rollupAmount('sell_out')).toBe(431370); // nothing written while asking
    const unanswered = await sales.post(`/api/sales-imports/${job.id}/commit`).send({ mapping: job.suggested_mapping });
    expect(unanswered.status).toBe(400);
    expect(unanswered.body.errors.replace_period).toBeTruthy();
    const done = await commit(job.id, { mapping: job.suggested_mapping, replace_period: true });
    expect(done).toMatchObject({ status: 'done', created: 0, updated: 1, unchanged: 2, replaced: 1 });
    expect((await orders('DIST')).map((o: Row) => o.order_no)).toEqual(['XS001', 'XS002', 'XS004']);
    expect(await rollupAmount('sell_out')).toBe(305200);
    await rollupsMatchRebuild();
  });

  test('should key rows without a document number by their content and occurrence', async () => {
    const noDoc = [
      '2026-09-10,,康宁诊所,诊所,河南,郑州,IBU-50,布洛芬,×50,B1,5,30.00,150.00',
      '2026-09-10,,康宁诊所,诊所,河南,郑州,IBU-50,布洛芬,×50,B1,5,30.00,150.00',
      '2026-09-11,,康宁诊所,诊所,河南,郑州,IBU-50,布洛芬,×50,B1,6,30.00,180.00',
    ];
    const job = await upload(sellThrough(noDoc), 'nodoc.csv', 'sell_through', t.fixture.channels.DIST);
    expect((await commit(job.id, { mapping: job.suggested_mapping })).created).toBe(3);
    const again = await upload(sellThrough(noDoc), 'nodoc.csv', 'sell_through', t.fixture.channels.DIST);
    expect(await commit(again.id, { mapping: again.suggested_mapping })).toMatchObject({ status: 'done', created: 0, unchanged: 3 });
  });

  test('should import a platform order export: Chinese status words, Beijing time, consumers, and unknown words mapped by the user', async () => {
    const rows = [
      '3087100000,2026-11-10 23:40:00,已付款,AMX-12,欣诺林,2,18.50,37.00,广东,深圳市',
      '3087100001,2026-11-11 00:07:00,已发货,IBU-20,布洛芬,1,15.80,15.80,北京,北京市',
      '3087100001,2026-11-11 00:07:00,已发货,AMX-12,欣诺林,1,18.50,18.50,北京,北京市',
      '3087100002,2026/11/11 9:05,退款成功,IBU-20,布洛芬,3,15.80,47.40,浙江,杭州市',
      '3087100003,2026-11-12 10:00:00,交易关闭中,IBU-20,布洛芬,1,15.80,15.80,浙江,杭州市',
    ];
    const job = await upload(platformOrders(rows), 'orders.csv', 'orders', t.fixture.channels.JD);
    expect(job.suggested_mapping).toMatchObject({ order_no: '订单编号', ordered_at: '下单时间', status: '订单状态', sku: '商品编码', qty: '购买数量', unit_price: '商品单价', amount: '实付金额', province: '收货省份', city: '收货城市' });
    const preview = await sales.post(`/api/sales-imports/${job.id}/preview`).send({ mapping: job.suggested_mapping });
    expect(preview.body).toMatchObject({ invalid_rows: 1, unknown_values: [{ field: 'status', value: '交易关闭中', count: 1 }] });
    expect(preview.body.errors[0]).toMatchObject({ row: 6, field: 'status', key: 'sales_row_status' });

    const failed = await commit(job.id, { mapping: job.suggested_mapping });
    expect(failed, JSON.stringify(failed)).toMatchObject({ status: 'failed', failed_rows: 1 });
    expect(failed.row_errors[0]).toMatchObject({ row: 6, field: 'status' });
    expect(await orders('JD')).toHaveLength(0);
    const sheet = await sales.get(`/api/sales-imports/${job.id}/errors.xlsx`).set('Accept-Language', 'zh-CN').buffer(true)
      .parse((res, cb) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => cb(null, Buffer.concat(chunks))); });
    expect(sheet.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.body);
    expect(workbook.worksheets[0].getRow(2).values).toEqual([undefined, 6, '状态', expect.stringContaining('交易关闭中')]);

    const done = await commit(job.id, { mapping: job.suggested_mapping, values: { status: { 交易关闭中: 'cancelled' } } });
    expect(done).toMatchObject({ status: 'done', created: 4 });
    const stored = await orders('JD');
    expect(stored.map((o: Row) => [o.order_no, o.status, o.flow, o.customer_type, o.sales_day])).toEqual([
      ['3087100000', 'paid', 'sell_in', 'consumer', '2026-11-10'],
      ['3087100001', 'shipped', 'sell_in', 'consumer', '2026-11-11'],
      ['3087100002', 'refunded', 'sell_in', 'consumer', '2026-11-11'],
      ['3087100003', 'cancelled', 'sell_in', 'consumer', '2026-11-12'],
    ]);
    expect(stored[0].ordered_at).toBe('2026-11-10T15:40:00.000Z');
    expect(stored[2].ordered_at).toBe('2026-11-11T01:05:00.000Z');
    const lines = await t.database.db('order_lines').where('order_id', stored[1].id).orderBy('line_no').select('line_no', 'qty');
    expect(lines.map((l: Row) => Number(l.line_no))).toEqual([1, 2]);
    expect(await rollupAmount('sell_in')).toBe(3700 + 1580 + 1850); // refunded and cancelled count nothing
    await rollupsMatchRebuild();

    // The platform's next export: an order refunded since, the rest the same.
    const later = [...rows.slice(0, 1).map((r) => r.replace('已付款', '退款成功')), ...rows.slice(1, 4)];
    const next = await upload(platformOrders(later), 'orders-2.csv', 'orders', t.fixture.channels.JD);
    expect(next.suggested_values).toEqual({ status: { 交易关闭中: 'cancelled' } });
    expect(await commit(next.id, { mapping: next.suggested_mapping })).toMatchObject({ status: 'done', created: 0, updated: 1, unchanged: 2 });
    expect(await rollupAmount('sell_in')).toBe(1580 + 1850);
    await rollupsMatchRebuild();
  });

  test('should keep wide rows in chunks of about a megabyte, numbering rows as in the sheet', async () => {
    const notes = Array.from({ length: 50 }, (_, i) => `备注${i + 1}`);
    const wide = (row: string) => `${row},${notes.map(() => '长'.repeat(2000)).join(',')}`;
    const rows = Array.from({ length: 12 }, (_, i) => wide(`W-${i + 1},2026-05-02 10:00:00,已付款,${i === 10 ? 'NOPE' : 'IBU-20'},布洛芬,1,15.80,15.80,浙江,杭州市`));
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([`${ORDERS_HEADER},${notes.join(',')}`, ...rows].join('\n'), 'utf8')]);
    const job = await upload(file, 'wide.csv', 'orders', t.fixture.channels.JD);
    expect(job.total_rows).toBe(12);
    const chunks = await t.database.db('import_rows').where('job_id', job.id).orderBy('row_no').select('row_no');
    expect(chunks.length).toBeGreaterThan(1); // 12 rows of 100,000 characters do not fit one megabyte
    const preview = await sales.post(`/api/sales-imports/${job.id}/preview`).send({ mapping: job.suggested_mapping });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ checked_rows: 12, invalid_rows: 1 });
    expect(preview.body.errors[0]).toMatchObject({ row: 12, field: 'sku', params: { value: 'NOPE' } });
  });

  test('should refuse an order whose lines disagree on its time or status, naming the order', async () => {
    const rows = [
      'M-1,2026-05-01 10:00:00,已付款,IBU-20,布洛芬,1,15.80,15.80,浙江,杭州市',
      'M-1,2026-05-01 10:00:00,已发货,AMX-12,欣诺林,1,18.50,18.50,浙江,杭州市',
    ];
    const job = await upload(platformOrders(rows), 'mixed.csv', 'orders', t.fixture.channels.JD);
    const failed = await commit(job.id, { mapping: job.suggested_mapping });
    expect(failed, JSON.stringify(failed)).toMatchObject({ status: 'failed', failed_rows: 1 });
    expect(failed.row_errors[0]).toMatchObject({ row: 2, field: 'order_no', key: 'sales_import_order_mixed', params: { order_no: 'M-1' } });
    expect(await t.database.db('orders').where({ order_no: 'M-1' }).first()).toBeUndefined();
  });

  test('should read an XLSX export: date cells as wall-clock times in the company zone, numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('订单');
    sheet.addRow(['订单编号', '下单时间', '订单状态', '商品编码', '购买数量', '实付金额', '收货省份']);
    sheet.addRow(['X-1', new Date(Date.UTC(2026, 6, 1, 23, 40)), '已完成', 'IBU-20', 3, 47.4, '内蒙古']);
    sheet.getCell('B2').numFmt = 'yyyy-mm-dd hh:mm';
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const job = await upload(file, '订单导出.xlsx', 'orders', t.fixture.channels.JD);
    expect(await commit(job.id, { mapping: job.suggested_mapping })).toMatchObject({ status: 'done', created: 1 });
    const [stored] = await t.database.db('orders').where({ channel_id: t.fixture.channels.JD, order_no: 'X-1' }).select();
    expect(stored).toMatchObject({ ordered_at: '2026-07-01T15:40:00.000Z', sales_day: '2026-07-01', province: '内蒙古自治区', status: 'completed' });
    expect(Number(stored.total)).toBe(4740);
  });

  test('should leave nothing half-written when the server stops mid-import, and run again', async () => {
    const rows = ['2026-08-01,R1,康宁诊所,诊所,河南,郑州,IBU-50,布洛芬,×50,B1,5,30.00,150.00'];
    const job = await upload(sellThrough(rows), 'crash.csv', 'sell_through', t.fixture.channels.DIST);
    const count = async () => (await orders('DIST')).length;
    const before = await count();
    // The process "dies" before the apply: its lease runs out, and the next reader finds the run interrupted.
    salesImportTuning.beforeApply = async (id) => {
      await t.database.db('import_jobs').where({ id }).update({ claimed_until: '2000-01-01T00:00:00.000Z' });
      expect((await sales.get(`/api/sales-imports/${id}`)).body.status).toBe('failed');
    };
    await sales.post(`/api/sales-imports/${job.id}/commit`).send({ mapping: job.suggested_mapping });
    const interrupted = await waitFor(job.id);
    expect(interrupted).toMatchObject({ status: 'failed', error: { key: 'sales_import_interrupted' } });
    expect(await count()).toBe(before);
    expect(Number((await t.database.db('sales_import_lines').where('job_id', job.id).count({ n: '*' }))[0].n)).toBe(0);
    salesImportTuning.beforeApply = undefined;
    expect(await commit(job.id, { mapping: job.suggested_mapping })).toMatchObject({ status: 'done', created: 1 });
    expect(await count()).toBe(before + 1);
  });

  test('should fail, on a restart, the runs the stopped process left (SQLite: all of them; PostgreSQL: those whose lease ran out)', async () => {
    const job = await upload(sellThrough([ORIGINAL[0]]), 'restart.csv', 'sell_through', t.fixture.channels.DIST);
    const soon = new Date(Date.now() + 60_000).toISOString();
    await t.database.db('import_jobs').where({ id: job.id }).update({ status: 'running', claim_token: 'dead-process', claimed_until: soon });
    await recoverSalesImportsOnStart(t.database.db);
    const after = (await sales.get(`/api/sales-imports/${job.id}`)).body;
    if (kind === 'sqlite') expect(after).toMatchObject({ status: 'failed', error: { key: 'sales_import_interrupted' } });
    else expect(after.status).toBe('running'); // another instance may still hold it
    await t.database.db('import_jobs').where({ id: job.id }).update({ claimed_until: new Date(0).toISOString() });
    await recoverSalesImportsOnStart(t.database.db);
    expect((await sales.get(`/api/sales-imports/${job.id}`)).body.status).toBe('failed');
    expect(await commit(job.id, { mapping: job.suggested_mapping, replace_period: false })).toMatchObject({ status: 'done' });
  });

  test('should refuse bad uploads and mappings with field errors, and keep other companies out', async () => {
    const file = sellThrough(ORIGINAL);
    const noKind = await sales.post('/api/sales-imports').field('channel_id', String(t.fixture.channels.DIST)).attach('file', file, 'a.csv');
    expect(noKind.status).toBe(400);
    expect(noKind.body.errors.kind).toBeTruthy();
    const foreign = await sales.post('/api/sales-imports').field('kind', 'sell_through').field('channel_id', String(t.fixture.channels['RIV-MINI'])).attach('file', file, 'a.csv');
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors.channel_id).toBeTruthy();
    const job = await upload(file, 'a.csv', 'sell_through', t.fixture.channels.DIST);
    const partial = await sales.post(`/api/sales-imports/${job.id}/preview`).send({ mapping: { ordered_at: '单据日期' } });
    expect(partial.status).toBe(400);
    expect(partial.body.errors['mapping.sku']).toBeTruthy();
    const unknownColumn = await sales.post(`/api/sales-imports/${job.id}/preview`).send({ mapping: { ...job.suggested_mapping, sku: 'Nope' } });
    expect(unknownColumn.status).toBe(400);
    expect(unknownColumn.body.errors['mapping.sku']).toMatch(/Nope/);
    const rival = await t.login('admin@rival.test');
    expect((await rival.get(`/api/sales-imports/${job.id}`)).status).toBe(404);
    expect((await rival.post(`/api/sales-imports/${job.id}/commit`).send({ mapping: job.suggested_mapping })).status).toBe(404);
    expect((await manager.post(`/api/sales-imports/${job.id}/commit`).send({ mapping: job.suggested_mapping })).status).toBe(403);
    const list = await manager.get('/api/sales-imports').query({ filter: JSON.stringify({ kind: 'sell_through' }) });
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(0);
    expect(list.body[0]).toMatchObject({ channel_name: 'DIST channel' });
  });
});
