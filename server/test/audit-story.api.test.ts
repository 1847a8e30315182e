import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

/** The audit log names what it talks about: the record, and every id its before/after mention. */
describe.each(databases)('audit log as a story on %s', (kind) => {
  let t: TestApp;
  let admin: Agent;
  let sales: Agent;
  beforeAll(async () => {
    t = await startTestApp(kind);
    [admin, sales] = await Promise.all([t.login('admin@acme.test'), t.login('sales@acme.test')]);
  });
  afterAll(() => t.close());

  const entries = async (filter: Record<string, unknown>) => {
    const res = await admin.get('/api/audit-logs').query({ filter: JSON.stringify(filter) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Record<string, unknown>[];
  };

  test('should name a price request by SKU and channel, and the SKU, channel and requester it refers to', async () => {
    const request = await sales.post('/api/channel-prices').send({ sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels.JD, price: 15.5, effective_from: '2031-03-01' });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    const [entry] = await entries({ resource: 'channel-prices', record_id: request.body.id });
    expect(entry).toMatchObject({
      record_label: 'IBU-20 · JD channel',
      refs: {
        sku_id: { [t.fixture.skus['IBU-20']]: 'IBU-20' },
        channel_id: { [t.fixture.channels.JD]: 'JD channel' },
        requested_by: { [t.fixture.users.sales]: 'Acme sales' },
      },
    });
    expect((await admin.get(`/api/audit-logs/${entry.id}`)).body).toMatchObject({ record_label: 'IBU-20 · JD channel' });
  });

  test('should name products and SKUs by their names, even once deleted, and never another company\'s', async () => {
    const product = (await admin.get(`/api/products/${t.fixture.products.ibuprofen}`)).body;
    expect((await admin.put(`/api/products/${product.id}`).send({ ...product, strength: '0.3g' })).status).toBe(200);
    const [update] = await entries({ resource: 'products', record_id: product.id, action: 'update' });
    expect(update.record_label).toBe(product.generic_name);

    const sku = await admin.post('/api/skus').send({ product_id: product.id, code: 'STORY-1', name: '故事', pack_desc: '×1', units_per_pack: 1, unit: '片', channel_scope: 'all', guide_price: 1 });
    expect((await admin.delete(`/api/skus/${sku.body.id}`)).status).toBe(200);
    const [deleted] = await entries({ resource: 'skus', record_id: sku.body.id, action: 'delete' });
    expect(deleted).toMatchObject({ record_label: 'STORY-1', refs: { product_id: { [product.id]: product.generic_name } } });

    // A forged audit row pointing at another tenant's SKU gets no name for it.
    await t.database.db('audit_log').insert({
      org_id: t.fixture.orgs.acme, user_id: t.fixture.users.admin, user_email: 'admin@acme.test', at: new Date().toISOString(),
      action: 'update', resource: 'price-policies', record_id: 999, before: JSON.stringify({ sku_id: t.fixture.skus['RIV-10'] }), after: null,
    });
    const [forged] = await entries({ resource: 'price-policies', record_id: 999 });
    expect(forged.refs).toEqual({});
    expect(JSON.stringify(forged)).not.toContain('RIV-10');
  });
});
