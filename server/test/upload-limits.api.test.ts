import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';
import { csvRows, multipartBody, xlsxBomb, xlsxSharedStringBomb, xlsxWide } from './support/hostile-files';

describe.each(databases)('upload limits on %s', (kind) => {
  let t: TestApp;
  let sales: Awaited<ReturnType<TestApp['login']>>;
  const leftovers = async () => ({
    jobs: Number((await t.database.db('import_jobs').whereNot('status', 'uploaded').count({ n: '*' }))[0].n),
    rows: Number((await t.database.db('import_rows').count({ n: '*' }))[0].n),
  });

  beforeAll(async () => {
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
  });
  afterAll(() => t.close());

  /** Uploads a file and expects a quick refusal with a keyed message and a field error on `file`. */
  async function refused(bytes: Buffer, name: string, key: string, status = 400) {
    const started = Date.now();
    const res = await sales.post('/api/price-imports').attach('file', bytes, name);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toMatchObject({ key, errors: { file: expect.any(String) } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await leftovers()).toEqual({ jobs: 0, rows: 0 });
    return res;
  }

  test('should refuse the 100,001st data row and keep nothing', async () => {
    await refused(csvRows(100_001), 'rows.csv', 'import_too_many_rows');
  });

  test('should refuse a zip bomb by the length of its one cell', async () => {
    await refused(xlsxBomb(20 * 1024 * 1024), 'bomb.xlsx', 'import_cell_too_long');
    await refused(xlsxSharedStringBomb(20 * 1024 * 1024), 'bomb-sst.xlsx', 'import_cell_too_long');
  });

  test('should refuse a sheet 16,000 columns wide', async () => {
    const res = await refused(xlsxWide(16_000), 'wide.xlsx', 'import_too_many_columns');
    expect(res.body.message).toMatch(/100 columns/);
  });

  test('should refuse files over 20 MB with 413', async () => {
    await refused(Buffer.alloc(21 * 1024 * 1024, 'a'), 'huge.csv', 'upload_file_too_large', 413);
  });

  test('should refuse malformed multipart bodies with our own 400', async () => {
    const raw = (contentType: string | undefined, body: Buffer | string) => {
      const req = sales.post('/api/price-imports');
      if (contentType) req.set('Content-Type', contentType);
      return req.send(body);
    };
    const filePart = (filename: string) => ({ headers: `Content-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv`, body: 'SKU\na\n' });
    const cases: [string, Awaited<ReturnType<typeof raw>>, string][] = [
      ['no boundary', await raw('multipart/form-data', multipartBody('XYZ', [filePart('a.csv')])), 'upload_not_multipart'],
      ['unterminated', await raw('multipart/form-data; boundary=XYZ', multipartBody('XYZ', [filePart('a.csv')], false)), 'upload_incomplete'],
      ['NUL in the file name', await raw('multipart/form-data; boundary=XYZ', multipartBody('XYZ', [filePart('a\u0000.csv')])), 'upload_malformed'],
      ['control chars in the file name', await raw('multipart/form-data; boundary=XYZ', multipartBody('XYZ', [filePart('a\u001b[2J.csv')])), 'upload_malformed'],
      ['encoded NUL in the file name', await raw('multipart/form-data; boundary=XYZ', multipartBody('XYZ', [{ headers: "Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''a%00b.csv", body: 'SKU\na\n' }])), 'upload_bad_file_name'],
      ['empty file name', await raw('multipart/form-data; boundary=XYZ', multipartBody('XYZ', [{ headers: 'Content-Disposition: form-data; name="file"; filename="  "', body: 'SKU\na\n' }])), 'upload_bad_file_name'],
      ['garbage', await raw('multipart/form-data; boundary=XYZ', Buffer.from('\u0000\u0001garbage without parts')), 'upload_incomplete'],
    ];
    for (const [name, res, key] of cases) {
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.key, name).toBe(key);
      expect(res.body.message, name).not.toMatch(/busboy|multipart: |Unexpected end of form/i);
    }
    // Other content types are refused before any upload code runs (the app's content-type guard may answer 415).
    for (const [type, body] of [['text/plain', 'SKU\na\n'], ['application/json', '{"file":"x"}']]) {
      const res = await raw(type, body);
      expect([400, 415], type).toContain(res.status);
      expect(res.body.key, type).toMatch(/^(upload_not_multipart|unsupported_upload_type)$/);
    }
    expect(await leftovers()).toEqual({ jobs: 0, rows: 0 });
  });

  test('should refuse extra and oversized form fields, extra files and files in other fields', async () => {
    let big = sales.post('/api/price-imports').attach('file', csvRows(2), 'a.csv');
    for (let i = 0; i < 40; i++) big = big.field(`extra${i}`, 'x'.repeat(1024 * 1024));
    const bigRes = await big;
    expect([400, 413]).toContain(bigRes.status);
    expect(bigRes.body.key).toBe('upload_field_too_large');

    let many = sales.post('/api/price-imports');
    for (let i = 0; i < 11; i++) many = many.field(`f${i}`, 'x');
    expect((await many.attach('file', csvRows(2), 'a.csv')).body).toMatchObject({ key: 'upload_too_many_fields' });

    const twoFiles = await sales.post('/api/price-imports').attach('file', csvRows(2), 'a.csv').attach('file', csvRows(2), 'b.csv');
    expect(twoFiles.status).toBe(400);
    expect(twoFiles.body.key).toBe('upload_too_many_files');
    const otherField = await sales.post('/api/price-imports').attach('upload', csvRows(2), 'a.csv');
    expect(otherField.body).toMatchObject({ key: 'upload_unexpected_file', errors: { file: expect.any(String) } });
    expect(await leftovers()).toEqual({ jobs: 0, rows: 0 });
  });

  test('should read a GBK CSV with Chinese headers and suggest the mapping', async () => {
    const text = '商品编码,渠道编码,单价,生效日期\r\nAMX-12,JD,9.90,2027-03-01\r\nIBU-20,DIST,16.50,2027-03-01\r\n';
    const res = await sales.post('/api/price-imports').attach('file', iconv.encode(text, 'gbk'), '价格表.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      file_name: '价格表.csv', total_rows: 2, headers: ['商品编码', '渠道编码', '单价', '生效日期'],
      suggested_mapping: { sku: '商品编码', channel: '渠道编码', price: '单价', effective_from: '生效日期' },
    });
    const preview = await sales.post(`/api/price-imports/${res.body.id}/preview`).send(res.body.suggested_mapping);
    expect(preview.body).toMatchObject({ valid_rows: 2, invalid_rows: 0 });
    expect(Number((await t.database.db('import_rows').where({ job_id: res.body.id }).count({ n: '*' }))[0].n)).toBe(2);
    expect((await t.database.db('import_jobs').where({ id: res.body.id }).first()).rows).toBe('[]');
  });
});
