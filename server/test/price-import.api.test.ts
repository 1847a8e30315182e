import { renderServerMessage } from '../../shared/server-messages';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Prices');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(databases)('price import and export on %s', (kind) => {
  let t: TestApp;
  let sales: Awaited<ReturnType<TestApp['login']>>;
  const count = async () => Number((await sales.get('/api/channel-prices').query({ range: '[0,0]' })).headers['content-range'].split('/')[1]);
  const mapping = { sku: 'SKU', channel: '渠道编码', price: 'Price', effective_from: 'Effective from' };

  beforeAll(async () => {
    // The sheets below start prices on 2026-12-01: the server's today must come before that.
    clock.set('2026-11-20T02:00:00.000Z');
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
    await sales.post('/api/price-policies').send({ sku_id: t.fixture.skus['AMX-12'], control_price: 9, promo_floor_price: 8 });
  });
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  const upload = async (rows: (string | number)[][], name = 'prices.xlsx') => {
    const res = await sales.post('/api/price-imports').attach('file', await xlsx(rows), name);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  const header = ['SKU', '渠道编码', 'Price', 'Effective from'];

  test('should read the sheet, suggest a mapping and preview per-row errors', async () => {
    const job = await upload([header, ['AMX-12', 'JD', 9.9, '2026-12-01'], ['AMX-24', 'JD', '¥18.00', '2026-12-01'], ['NOPE', 'JD', 'abc', 'soon']]);
    expect(job).toMatchObject({ total_rows: 3, headers: header, suggested_mapping: { sku: 'SKU', channel: '渠道编码', price: 'Price', effective_from: 'Effective from' } });
    const preview = await sales.post(`/api/price-imports/${job.id}/preview`).send(mapping);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ total_rows: 3, valid_rows: 1, invalid_rows: 2 });
    const fields = preview.body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`);
    expect(fields).toEqual(['3:channel', '4:sku', '4:price', '4:effective_from']);
    expect(preview.body.preview.map((p: { row: number }) => p.row)).toEqual([2]); // the out-of-scope row is not offered
    expect(preview.body.preview[0]).toMatchObject({ row: 2, sku_code: 'AMX-12', channel_code: 'JD', price: 9.9, effective_from: '2026-11-30T16:00:00.000Z' });
  });

  test('should write nothing when any row is invalid', async () => {
    const before = await count();
    const job = await upload([header, ['AMX-12', 'JD', 9.9, '2026-12-01'], ['IBU-20', 'DIST', '-5', '2026-12-01']]);
    const res = await sales.post(`/api/price-imports/${job.id}/commit`).send(mapping);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/nothing was imported/);
    expect(res.body.errors['rows.3.price']).toBeTruthy();
    expect(await count()).toBe(before);
  });

  test('should commit all rows in one go and skip them when the same file comes again', async () => {
    const rows = [header, ['AMX-12', 'JD', 9.9, '2026-12-01'], ['AMX-12', 'JD', 9.9, '2026-12-01'], ['6901234500011', 'dist', '15.80', '2026-12-01'], ['IBU-20', 'JD', 14, '2027-01-01']];
    await sales.put(`/api/skus/${t.fixture.skus['IBU-50']}`).send({
      ...(await sales.get(`/api/skus/${t.fixture.skus['IBU-50']}`)).body, gtin: '6901234500011',
    });
    const before = await count();
    const first = await upload(rows);
    const committed = await sales.post(`/api/price-imports/${first.id}/commit`).send(mapping);
    expect(committed.status, JSON.stringify(committed.body)).toBe(200);
    expect(committed.body).toMatchObject({ created: 3, skipped: 1 });
    expect(await count()).toBe(before + 3);
    expect((await sales.get(`/api/price-imports/${first.id}`)).body).toMatchObject({ status: 'committed', created_rows: 3, processed_rows: 4 });
    expect((await sales.post(`/api/price-imports/${first.id}/commit`).send(mapping)).status).toBe(409);

    const again = await upload(rows, 'prices-again.xlsx');
    const second = await sales.post(`/api/price-imports/${again.id}/commit`).send(mapping);
    expect(second.body).toMatchObject({ created: 0, skipped: 4 });
    expect(await count()).toBe(before + 3);
  });

  test('should read a decimal comma as a decimal point and refuse an ambiguous amount, never dropping the comma', async () => {
    const job = await upload([header, ['AMX-12', 'JD', '26,5', '2026-12-01'], ['IBU-20', 'DIST', '１，２３４．５０', '2026-12-01'], ['AMX-12', 'DIST', '1,2345', '2026-12-01']]);
    const preview = await sales.post(`/api/price-imports/${job.id}/preview`).send(mapping);
    expect(preview.body.preview.map((p: { price: number }) => p.price)).toEqual([26.5, 1234.5]);
    expect(preview.body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toContain('4:price');
  });

  test('should key every row error for the reader\'s language and take channels by name', async () => {
    const jd = (await sales.get(`/api/channels/${t.fixture.channels.JD}`)).body;
    const job = await upload([header, ['AMX-12', jd.name, 9.8, '2026-12-01'], ['NOPE', '不存在的渠道', 'abc', 'soon'], ['AMX-12', 'DIST', 9.9, '2026-12-01']]);
    const preview = await sales.post(`/api/price-imports/${job.id}/preview`).send(mapping);
    expect(preview.body.preview).toEqual([expect.objectContaining({ row: 2, channel_code: 'JD', price: 9.8 })]);
    expect(preview.body.errors).toEqual([
      { row: 3, field: 'sku', key: 'import_row_sku_unknown', params: { value: 'NOPE' }, message: 'No SKU with code or GTIN "NOPE"' },
      expect.objectContaining({ row: 3, field: 'channel', key: 'import_row_channel_unknown', params: { value: '不存在的渠道' } }),
      expect.objectContaining({ row: 3, field: 'price', key: 'import_row_price', params: { value: 'abc' } }),
      expect.objectContaining({ row: 3, field: 'effective_from', key: 'import_row_date', params: { value: 'soon' } }),
      expect.objectContaining({ row: 4, field: 'channel', key: 'import_row_online_only', params: { sku: 'AMX-12', channel: expect.any(String) } }),
    ]);
    for (const e of preview.body.errors) expect(renderServerMessage('zh', e.key, e.params)).toMatch(/[\u4e00-\u9fff]/);
  });

  test('should read CSV and refuse other files', async () => {
    const csv = Buffer.from('\uFEFFSKU,渠道编码,Price\nIBU-20,DIST,16.5\n');
    const res = await sales.post('/api/price-imports').attach('file', csv, 'prices.csv');
    expect(res.status).toBe(201);
    const withDefaultDate = { sku: 'SKU', channel: '渠道编码', price: 'Price', default_effective_from: '2027-02-01' };
    expect((await sales.post(`/api/price-imports/${res.body.id}/preview`).send(withDefaultDate)).body.valid_rows).toBe(1);
    const noDate = await sales.post(`/api/price-imports/${res.body.id}/preview`).send({ sku: 'SKU', channel: '渠道编码', price: 'Price' });
    expect(noDate.status).toBe(400);
    expect(noDate.body.errors.default_effective_from).toBeTruthy();
    const wrongType = await sales.post('/api/price-imports').attach('file', Buffer.from('hello'), 'notes.txt');
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors.file).toBeTruthy();
    const broken = await sales.post('/api/price-imports').attach('file', Buffer.from('not a zip'), 'broken.xlsx');
    expect(broken.status).toBe(400);
    const missing = await sales.post('/api/price-imports').field('note', 'no file');
    expect(missing.status).toBe(400);
    expect(missing.body.errors.file).toBeTruthy();
    const huge = await sales.post('/api/price-imports').attach('file', Buffer.alloc(21 * 1024 * 1024, 'a'), 'huge.csv');
    expect(huge.status).toBe(413);
  });

  test('should keep imports to their tenant and to roles that edit prices', async () => {
    const job = await upload([header, ['AMX-12', 'JD', 9.9, '2026-12-05']]);
    const rival = await t.login('admin@rival.test');
    expect((await rival.get(`/api/price-imports/${job.id}`)).status).toBe(404);
    expect((await rival.post(`/api/price-imports/${job.id}/commit`).send(mapping)).status).toBe(404);
    const manager = await t.login('manager@acme.test');
    expect((await manager.post(`/api/price-imports/${job.id}/preview`).send(mapping)).status).toBe(403);
    const rivalRows = await rival.post('/api/price-imports').attach('file', await xlsx([header, ['AMX-12', 'JD', 1, '2026-12-01']]), 'x.xlsx');
    const rivalPreview = await rival.post(`/api/price-imports/${rivalRows.body.id}/preview`).send(mapping);
    expect(rivalPreview.body.invalid_rows).toBe(1); // Acme's SKU and channel codes mean nothing to Rival
  });

  test('should export the matrix as an XLSX that opens', async () => {
    const res = await sales.get('/api/price-matrix/export.xlsx').query({ filter: JSON.stringify({ product_id: t.fixture.products.amoxicillin }) })
      .buffer(true).parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.worksheets[0];
    // sales@acme reads Chinese: headers, sheet name and enum labels in Chinese, channels by name.
    expect(sheet.name).toBe('渠道价格');
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['SKU编码', '控价', '处方分类', '渠道范围', 'JD channel', 'DIST channel']));
    const codes = [sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value];
    expect(codes).toEqual(['AMX-12', 'AMX-24']);
    expect([sheet.getRow(2).getCell(6).value, sheet.getRow(3).getCell(6).value]).toEqual(['仅线上', '仅线下']);
    expect(sheet.rowCount).toBe(3);

    // The same export for a reader of English.
    expect((await sales.put('/api/auth/me/locale').send({ locale: 'en' })).status).toBe(200);
    try {
      const en = await sales.get('/api/price-matrix/export.xlsx').query({ filter: JSON.stringify({ product_id: t.fixture.products.amoxicillin }), view: 'unit' })
        .buffer(true).parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
      const english = new ExcelJS.Workbook();
      await english.xlsx.load(en.body);
      expect(english.worksheets[0].name).toBe('Per-unit prices');
      expect(english.worksheets[0].getRow(1).values).toEqual(expect.arrayContaining(['SKU code', 'Control price', 'Rx class', 'JD channel (per unit)']));
      // Per-unit columns name no channel, so this sheet cannot be imported back as pack prices by mistake.
      expect(english.worksheets[0].getRow(1).values).not.toContain('JD channel');
      expect(english.worksheets[0].getRow(2).getCell(6).value).toBe('Online only');
    } finally {
      await sales.put('/api/auth/me/locale').send({ locale: 'zh' });
    }
  });
});
