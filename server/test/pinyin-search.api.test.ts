import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown> & { id: number };

/** Staff search Chinese names by pinyin (full or initials) and by several words; names sort by pinyin. */
describe.each(databases)('search like a Chinese user on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  const created: Record<string, Row> = {};

  beforeAll(async () => {
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
    for (const [key, generic, brand] of [['amx', '阿莫西林胶囊', '欣莫'], ['ibu', '布洛芬缓释胶囊', '欣舒芬'], ['tou', '头孢克肟片', null]] as const) {
      const res = await sales.post('/api/products').send({
        generic_name: generic, brand_name: brand, dosage_form: '胶囊', strength: '0.25g', approval_number: '国药准字H20013062', rx_class: 'rx', manufacturer: '华欣制药',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      created[key] = res.body;
      const sku = await sales.post('/api/skus').send({
        product_id: res.body.id, code: `PY-${key.toUpperCase()}`, name: `${generic} 24粒`, pack_desc: '24粒/盒', units_per_pack: 24, unit: '粒', channel_scope: 'all', guide_price: 20,
      });
      expect(sku.status, JSON.stringify(sku.body)).toBe(201);
      created[`${key}-sku`] = sku.body;
    }
  });
  afterAll(() => t.close());

  const search = async (resource: string, q: string, extra: Record<string, unknown> = {}) => {
    const res = await sales.get(`/api/${resource}`).query({ filter: JSON.stringify({ q, ...extra }), range: '[0,99]' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as Row[]).map((r) => r.id);
  };

  test('should find 阿莫西林 by initials and by full pinyin, in any case, on products, SKUs and the matrix', async () => {
    for (const q of ['amxl', 'amoxilin', 'AMXL', 'AmoXiLin']) {
      expect(await search('products', q), q).toEqual([created.amx.id]);
      expect(await search('skus', q), q).toEqual([created['amx-sku'].id]);
      expect(await search('price-matrix', q), q).toEqual([created['amx-sku'].id]);
    }
    expect(await search('skus', 'xinshufen')).toEqual([created['ibu-sku'].id]); // a SKU by its product's brand
    expect((await sales.get(`/api/products/${created.amx.id}`)).body).not.toHaveProperty('search_keys');
  });

  test('should narrow with several words, each in any column', async () => {
    expect((await search('skus', '胶囊')).sort()).toEqual([created['amx-sku'].id, created['ibu-sku'].id].sort());
    expect(await search('skus', '阿莫 胶囊')).toEqual([created['amx-sku'].id]);
    expect(await search('skus', 'jiaonang  blf')).toEqual([created['ibu-sku'].id]);
    expect(await search('skus', '阿莫　头孢')).toEqual([]); // a full-width space splits too
  });

  test('should follow a rename, of the product too', async () => {
    const product = (await sales.get(`/api/products/${created.tou.id}`)).body;
    const renamed = await sales.put(`/api/products/${created.tou.id}`).send({ ...product, generic_name: '头孢呋辛酯片' });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(await search('products', 'toubaofuxin')).toEqual([created.tou.id]);
    expect(await search('products', 'tbkw')).toEqual([]);
    expect(await search('skus', 'tbfxz')).toEqual([created['tou-sku'].id]); // its SKU follows the product's new name
  });
});
