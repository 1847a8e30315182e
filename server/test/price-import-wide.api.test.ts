import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

const binary = (req: ReturnType<Agent['get']>): Promise<Response> => req.buffer(true).parse((response, done) => {
  const chunks: Buffer[] = [];
  response.on('data', (c: Buffer) => chunks.push(c));
  response.on('end', () => done(null, Buffer.concat(chunks)));
});

async function workbookOf(res: Response) {
  expect(res.status, String(res.body).slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toMatch(/spreadsheetml/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  return workbook;
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const today = () => new Date().toISOString();

describe.each(databases)('the Excel round trip (wide layout) on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  const priceCount = async () => Number((await sales.get('/api/channel-prices').query({ range: '[0,0]' })).headers['content-range'].split('/')[1]);
  const exportMatrix = async () => workbookOf(await binary(sales.get('/api/price-matrix/export.xlsx').query({ sort: JSON.stringify(['code', 'ASC']) })));
  const upload = async (buffer: Buffer, name = 'matrix.xlsx') => {
    const res = await sales.post('/api/price-imports').attach('file', buffer, name);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const uploadWorkbook = async (workbook: ExcelJS.Workbook) => upload(Buffer.from(await workbook.xlsx.writeBuffer()));
  const wide = (job: { suggested_mapping: Record<string, unknown> }) => ({ ...job.suggested_mapping, default_effective_from: today(), reason: 'round trip' });

  beforeAll(async () => {
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test'); // reads Chinese
    const { skus, channels } = t.fixture;
    for (const [code, control] of [['IBU-20', 14], ['AMX-12', 9]] as const) {
      const policy = await sales.post('/api/price-policies').send({ sku_id: skus[code], control_price: control, promo_floor_price: control - 1 });
      expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    }
    const res = await sales.post('/api/channel-prices/batch').send({
      effective_from: today(),
      changes: [
        { sku_id: skus['IBU-20'], channel_id: channels.JD, price: 15.8 },
        { sku_id: skus['IBU-20'], channel_id: channels.DIST, price: 16 },
        { sku_id: skus['AMX-12'], channel_id: channels.JD, price: 9.9 },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ created: 3, pending: 0 });
  });
  afterAll(() => t.close());

  test('should take the matrix export back unchanged and change nothing', async () => {
    const job = await uploadWorkbook(await exportMatrix());
    expect(job.suggested_mapping).toMatchObject({ layout: 'wide', sku: 'SKU编码', channel_columns: ['JD channel', 'DIST channel'] });
    const before = await priceCount();
    const preview = await sales.post(`/api/price-imports/${job.id}/preview`).send(wide(job));
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ layout: 'wide', invalid_rows: 0, changes: 0, unchanged: 3, errors: [], preview: [] });
    const commit = await sales.post(`/api/price-imports/${job.id}/commit`).send(wide(job));
    expect(commit.status, JSON.stringify(commit.body)).toBe(200);
    expect(commit.body).toMatchObject({ created: 0 });
    expect(await priceCount()).toBe(before);
  });

  test('should turn one changed cell into exactly one request, skipping blanks and cells the scope forbids', async () => {
    const workbook = await exportMatrix();
    const sheet = workbook.worksheets[0];
    const header = headerOf(sheet);
    const column = (name: string) => header.indexOf(name) + 1;
    const rowOf = (code: string) => [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === code)!;
    rowOf('IBU-20').getCell(column('JD channel')).value = 16.5;
    rowOf('AMX-12').getCell(column('DIST channel')).value = 5; // AMX-12 is online-only: skipped, not an error
    const before = await priceCount();
    const job = await uploadWorkbook(workbook);
    const preview = await sales.post(`/api/price-imports/${job.id}/preview`).send(wide(job));
    expect(preview.body).toMatchObject({ invalid_rows: 0, changes: 1, unchanged: 2 });
    expect(preview.body.preview).toEqual([expect.objectContaining({ sku_code: 'IBU-20', channel_code: 'JD', channel_name: 'JD channel', price: 16.5, current_price: 15.8 })]);
    const commit = await sales.post(`/api/price-imports/${job.id}/commit`).send(wide(job));
    expect(commit.body).toMatchObject({ created: 1, approved: 1 });
    expect(await priceCount()).toBe(before + 1);
    const matrix = await sales.get('/api/price-matrix').query({ filter: JSON.stringify({ id: [t.fixture.skus['IBU-20']] }) });
    expect(matrix.body[0].cells[t.fixture.channels.JD]).toMatchObject({ price: 16.5 });

    // The same file again: the changed cell is now the price in force, so nothing changes.
    const again = await uploadWorkbook(workbook);
    const second = await sales.post(`/api/price-imports/${again.id}/commit`).send(wide(again));
    expect(second.body).toMatchObject({ created: 0 });
    expect(await priceCount()).toBe(before + 1);
  });

  test('should treat a cell equal to the price in force as no change in the long layout too, even with a change scheduled', async () => {
    const { skus, channels } = t.fixture;
    const scheduled = await sales.post('/api/channel-prices').send({ sku_id: skus['IBU-20'], channel_id: channels.DIST, price: 16.2, effective_from: '2030-01-01' });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
    const csv = 'SKU,Channel,Price\nIBU-20,DIST channel,16.00\nIBU-20,JD,17.00\n';
    const job = await upload(Buffer.from(csv), 'long.csv');
    expect(job.suggested_mapping).toMatchObject({ layout: 'long', sku: 'SKU', channel: 'Channel', price: 'Price' });
    const preview = await sales.post(`/api/price-imports/${job.id}/preview`).send({ ...job.suggested_mapping, default_effective_from: today() });
    expect(preview.body).toMatchObject({ valid_rows: 2, changes: 1, unchanged: 1 });
    expect(preview.body.preview).toEqual([expect.objectContaining({ row: 3, channel_code: 'JD', price: 17, current_price: 16.5 })]);
  });

  test('should read a wide CSV in GBK, as Excel on Chinese Windows saves it', async () => {
    const csv = iconv.encode('SKU编码,名称,JD channel,DIST\r\nIBU-20,布洛芬,18.80,\r\nAMX-24,阿莫西林,,17.50\r\n', 'gbk');
    const job = await upload(csv, '价格.csv');
    expect(job.suggested_mapping).toMatchObject({ layout: 'wide', sku: 'SKU编码', channel_columns: ['JD channel', 'DIST'] });
    const preview = await sales.post(`/api/price-imports/${job.id}/preview`).send(wide(job));
    expect(preview.body).toMatchObject({ invalid_rows: 0, changes: 2 });
    expect(preview.body.preview.map((p: { sku_code: string; channel_code: string; price: number }) => `${p.sku_code}@${p.channel_code}=${p.price}`))
      .toEqual(['IBU-20@JD=18.8', 'AMX-24@DIST=17.5']);
  });

  test('should report a bad cell by its channel column and offer the errors as a sheet in the reader\'s language', async () => {
    const csv = 'SKU编码,JD channel,DIST channel\nIBU-20,abc,16.00\nNOPE,1.00,\n';
    const job = await upload(Buffer.from(csv), 'bad.csv');
    const before = await priceCount();
    const preview = await sales.post(`/api/price-imports/${job.id}/preview`).send(wide(job));
    expect(preview.body).toMatchObject({ invalid_rows: 2, changes: 0 });
    expect(preview.body.errors.map((e: { row: number; field: string; key: string }) => `${e.row}:${e.field}:${e.key}`))
      .toEqual(['2:JD channel:import_row_price', '3:sku:import_row_sku_unknown']);
    expect((await sales.post(`/api/price-imports/${job.id}/commit`).send(wide(job))).status).toBe(400);
    expect(await priceCount()).toBe(before);

    const sheet = (await workbookOf(await binary(sales.get(`/api/price-imports/${job.id}/errors.xlsx`)))).worksheets[0];
    expect(sheet.name).toBe('导入错误');
    expect(headerOf(sheet)).toEqual(['行号', '列', '问题']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([2, 'JD channel', expect.stringContaining('abc')]);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([3, 'SKU编码', expect.stringMatching(/NOPE.*|.*NOPE/)]);
    expect(String(sheet.getRow(3).getCell(3).value)).toMatch(/[\u4e00-\u9fff]/); // the message is Chinese

    const rival = await t.login('admin@rival.test');
    expect((await rival.get(`/api/price-imports/${job.id}/errors.xlsx`)).status).toBe(404);
  });

  test('should refuse a wide mapping whose columns name no channel, with a field error', async () => {
    const job = await upload(Buffer.from('SKU编码,京东\nIBU-20,18\n'), 'x.csv');
    expect(job.suggested_mapping.layout).toBe('long'); // no column names a channel, so nothing is guessed
    const res = await sales.post(`/api/price-imports/${job.id}/preview`).send({ layout: 'wide', sku: 'SKU编码', channel_columns: ['京东'], default_effective_from: today() });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('channel_columns');
    const none = await sales.post(`/api/price-imports/${job.id}/preview`).send({ layout: 'wide', sku: 'SKU编码', default_effective_from: today() });
    expect(none.status).toBe(400);
    expect(none.body.errors).toHaveProperty('channel_columns');
    const longWithoutColumns = await sales.post(`/api/price-imports/${job.id}/preview`).send({ layout: 'long', sku: 'SKU编码', default_effective_from: today() });
    expect(longWithoutColumns.status).toBe(400);
    expect(Object.keys(longWithoutColumns.body.errors).sort()).toEqual(['channel', 'price']);
  });

  test('should offer templates in both layouts that the import recognizes', async () => {
    const wideBook = await workbookOf(await binary(sales.get('/api/price-imports/template.xlsx').query({ layout: 'wide' })));
    const [template, help] = wideBook.worksheets;
    expect(template.name).toBe('价格导入');
    expect(help.name).toBe('填写说明');
    expect(headerOf(template)).toEqual(['SKU编码', '名称', 'JD channel', 'DIST channel']);
    const codes = [...Array(template.rowCount - 1).keys()].map((i) => template.getRow(i + 2).getCell(1).value);
    expect(codes).toEqual(['AMX-12', 'AMX-24', 'IBU-20', 'IBU-50']); // active SKUs of this tenant only
    const job = await uploadWorkbook(wideBook);
    expect(job.suggested_mapping).toMatchObject({ layout: 'wide', channel_columns: ['JD channel', 'DIST channel'] });
    expect((await sales.post(`/api/price-imports/${job.id}/preview`).send(wide(job))).body).toMatchObject({ invalid_rows: 0, changes: 0 });

    const longBook = await workbookOf(await binary(sales.get('/api/price-imports/template.xlsx').query({ layout: 'long' })));
    expect(headerOf(longBook.worksheets[0])).toEqual(['SKU编码', '渠道', '价格', '生效日期']);
    const longJob = await uploadWorkbook(longBook);
    expect(longJob.suggested_mapping).toMatchObject({ layout: 'long', sku: 'SKU编码', channel: '渠道', price: '价格', effective_from: '生效日期' });

    const manager = await t.login('manager@acme.test');
    expect((await binary(manager.get('/api/price-imports/template.xlsx'))).status).toBe(200); // every role that reads prices
  });
});
