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
  test('should sort Chinese names by pinyin on products, SKUs, the matrix, channels and users, without sending the keys', async () => {
    const ids = async (resource: string, field: string, order = 'ASC', filter: Record<string, unknown> = {}) => {
      const res = await sales.get(`/api/${resource}`).query({ sort: JSON.stringify([field, order]), range: '[0,99]', filter: JSON.stringify(filter) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      for (const row of res.body as Row[]) expect(Object.keys(row).filter((k) => k.endsWith('_sort') || k === 'search_keys')).toEqual([]);
      return (res.body as Row[]).map((r) => r.id);
    };
    const mine = [created.amx.id, created.ibu.id, created.tou.id]; // 阿莫西林 a, 布洛芬 b, 头孢 t
    expect((await ids('products', 'generic_name')).filter((id) => mine.includes(id))).toEqual(mine);
    expect((await ids('products', 'generic_name', 'DESC')).filter((id) => mine.includes(id))).toEqual([...mine].reverse());
    const skus = [created['amx-sku'].id, created['ibu-sku'].id, created['tou-sku'].id];
    expect((await ids('skus', 'name')).filter((id) => skus.includes(id))).toEqual(skus);
    expect((await ids('price-matrix', 'name')).filter((id) => skus.includes(id))).toEqual(skus);
    expect((await ids('price-matrix', 'generic_name')).filter((id) => skus.includes(id))).toEqual(skus);
    // 欣莫 (xin mo) before 欣舒芬 (xin shu fen) by brand, and after them when descending.
    const branded = [created.amx.id, created.ibu.id];
    expect((await ids('products', 'brand_name')).filter((id) => branded.includes(id))).toEqual(branded);
    expect((await ids('products', 'brand_name', 'DESC')).filter((id) => branded.includes(id))).toEqual([...branded].reverse());

    const admin = await t.login('admin@acme.test');
    const channelIds: number[] = [];
    for (const [code, name] of [['PY-T', '天猫旗舰店'], ['PY-J', '京东自营'], ['PY-A', '阿里健康大药房']]) {
      const res = await admin.post('/api/channels').send({ name, code, type: 'online', platform: 'tmall', region: '华东', commission_rate: 0.05, active: true });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      channelIds.push(res.body.id);
    }
    const channelOrder = (await ids('channels', 'name')).filter((id) => channelIds.includes(id));
    expect(channelOrder).toEqual([channelIds[2], channelIds[1], channelIds[0]]); // 阿里 a, 京东 j, 天猫 t

    // A rename re-sorts at once.
    const [tmall] = channelIds;
    const current = (await admin.get(`/api/channels/${tmall}`)).body;
    expect((await admin.put(`/api/channels/${tmall}`).send({ ...current, name: '爱药网' })).status).toBe(200); // ai
    expect((await ids('channels', 'name')).filter((id) => channelIds.includes(id))[1]).toBe(tmall); // 阿里 (a li) < 爱药 (ai yao) < 京东

    const users = await admin.get('/api/users').query({ sort: JSON.stringify(['name', 'ASC']), range: '[0,99]' });
    expect(users.status).toBe(200);
    const names = (users.body as Row[]).map((u) => String(u.name));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN-u-co-pinyin')));
  });
});
