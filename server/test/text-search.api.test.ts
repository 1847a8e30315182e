import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Knex } from 'knex';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';
import { searchTableOf, SEARCH_INDEXES, whereTextContains } from '../src/db/text-search';

/**
 * The indexed `q` search (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) must answer exactly what the
 * plain substring match `LOWER(col) LIKE '%term%'` answered before, and follow every write at once.
 */

type Row = Record<string, unknown>;

/**
 * The list search as plain SQL, the oracle every answer is compared with: each word (split on spaces)
 * a case-insensitive substring of some search column.
 */
function plainMatch(qb: Knex.QueryBuilder, columns: string[], q: string) {
  const words = q.split(/[\s\u3000]+/).filter(Boolean);
  for (const word of words.length ? words : [q]) {
    const pattern = `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where((inner) => {
      for (const column of columns) inner.orWhereRaw('LOWER(??) LIKE ? ESCAPE ?', [column, pattern, '\\']);
    });
  }
  return qb;
}

const SKU_COLUMNS = ['skus.code', 'skus.name', 'skus.gtin', 'skus.pack_desc', 'skus.search_keys'];

/** Names chosen to trip case folding, LIKE wildcards, FTS5 query syntax and short terms. */
const TRICKY: [code: string, name: string, pack: string, gtin: string | null][] = [
  ['T-CN-1', '阿莫西林胶囊 0.25g×24粒', '0.25g×24粒', '6901234567892'],
  ['T-CN-2', '阿莫地平片', '5mg×7片', null],
  ['T-CASE-1', 'MiXeD CaSe Amoxicillin', '×10', null],
  ['T-UML-1', 'Ärztlich ÄBC', '×10', null],
  ['T-UML-2', 'ärztlich äbc', '×10', null],
  ['T-PCT-1', '50% off_sale x%y a_b', '×10', null],
  ['T-PCT-2', '50 off sale xzy aXb', '×10', null],
  ['T-BSL-1', 'back\\slash path', '×10', null],
  ['T-QUO-1', 'quote "double" and \'single\'', '×10', null],
  ['T-FTS-1', 'FTS syntax AND OR NOT * ^ : ( ) { } NEAR(x y) -col', '×10', null],
  ['T-WIDE-1', 'Ｆｕｌｌ ｗｉｄｔｈ ＡＢＣ', '×10', null],
  ['T-EMO-1', 'emoji 💊 pill', '×10', null],
  ['T-TR-1', 'İstanbul Iİıi', '×10', null],
  ['T-DE-1', 'Straße STRASSE', '×10', null],
  ['T-GR-1', 'Ωmega ωmega', '×10', null],
  ['SPAN-END', 'START-span', '×10', null],
];

const TERMS = [
  '阿莫西林', '阿莫', '阿', '莫西林胶', '×24粒', '24粒', '0.25G', 'amox', 'AMOX', 'AmOx', 'mixed case', 'äbc', 'ÄBC', 'Äbc', 'abc',
  'ärztlich', 'ÄRZTLICH', '50%', '%', '_', 'a_b', 'x%y', '%y', '\\', 'back\\slash', '"double"', '"', "'single'", "'", 'and or not',
  '*', '^ :', '{ }', 'near(x', ':', '-col', 'ＡＢＣ', 'ａｂｃ', '💊', '💊 p', 'İstanbul', 'istanbul', 'iİı', 'STRASSE', 'straße', 'ß',
  'Ωmega', 'ωmega', 'end start', 'span-end', 'END', '6901234', '01234567', 'sku', 'zzzz-no-match', 'x', 'ibu', 'amx-1', 'name',
  't-', 'T-CN', 'ab',
];

const withTricky = (org: number, productId: number) => TRICKY.map(([code, name, pack_desc, gtin]) => ({
  org_id: org, product_id: productId, code, name, pack_desc, units_per_pack: 10, unit: '粒', gtin, channel_scope: 'all',
  guide_price: 1000, status: 'active', version: 1, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z',
}));

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648), s % n);
}

describe.each(databases)('indexed text search on %s', (kind) => {
  let t: TestApp;
  let db: Knex;
  const ids = (rows: Row[]) => rows.map((r) => r.id);

  beforeAll(async () => {
    t = await startTestApp(kind);
    db = t.database.db;
    await db.batchInsert('skus', withTricky(t.fixture.orgs.acme, t.fixture.products.amoxicillin), 50);
    // The same names in the other tenant: never part of Acme's answers.
    await db.batchInsert('skus', withTricky(t.fixture.orgs.rival, t.fixture.products.rivalProduct), 50);
  });
  afterAll(() => t.close());

  async function searchSkus(agent: Awaited<ReturnType<TestApp['login']>>, q: string): Promise<Row[]> {
    const res = await agent.get('/api/skus').query({ filter: JSON.stringify({ q }), sort: '["code","ASC"]', range: '[0,999]' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  const expectedSkus = async (q: string) =>
    plainMatch(db('skus').where('skus.org_id', t.fixture.orgs.acme), SKU_COLUMNS, q.trim()).orderBy('skus.code').pluck('skus.id');

  test('should answer every term exactly like the plain substring match, within the tenant', async () => {
    const agent = await t.login('sales@acme.test');
    let nonEmpty = 0;
    for (const q of TERMS) {
      const expected = await expectedSkus(q);
      expect(ids(await searchSkus(agent, q)), `q=${JSON.stringify(q)}`).toEqual(expected);
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(TERMS.length * 0.7); // the comparison is not vacuous
  });

  test('should find Chinese, mixed-case and literal wildcard terms, and not match across columns', async () => {
    const agent = await t.login('sales@acme.test');
    const codes = async (q: string) => (await searchSkus(agent, q)).map((r) => r.code);
    expect(await codes('阿莫西林')).toEqual(['T-CN-1']);
    expect(await codes('阿莫')).toEqual(['T-CN-1', 'T-CN-2']); // shorter than a trigram: the plain match
    expect(await codes('aMoXiCiLlIn')).toEqual(['T-CASE-1']);
    expect(await codes('x%y')).toEqual(['T-PCT-1']);
    expect(await codes('a_b')).toEqual(['T-PCT-1']);
    expect(await codes('"double"')).toEqual(['T-QUO-1']);
    expect(await codes('NEAR(x y)')).toEqual(['T-FTS-1']);
    expect(await codes('6901234')).toEqual(['T-CN-1']); // the GTIN column
    expect(await codes('end-start')).toEqual([]); // "SPAN-END" + "START-span" are two columns: one word never spans them
    expect(await codes('end start')).toEqual(['SPAN-END']); // two words: each in some column
  });

  test('should match random substrings and case variants like the plain match', async () => {
    const agent = await t.login('sales@acme.test');
    const random = rng(7);
    const texts = TRICKY.flatMap(([code, name, pack]) => [code, name, pack]);
    const flip = (s: string) => [...s].map((c) => (random(2) ? c.toUpperCase() : c.toLowerCase())).join('');
    for (let i = 0; i < 40; i++) {
      const text = [...texts[random(texts.length)]];
      const start = random(text.length);
      const q = flip(text.slice(start, start + 1 + random(6)).join(''));
      if (!q.trim()) continue;
      expect(ids(await searchSkus(agent, q)), `q=${JSON.stringify(q)}`).toEqual(await expectedSkus(q));
    }
  });

  test('should find rows right after they are created, renamed and deleted', async () => {
    const agent = await t.login('sales@acme.test');
    const created = await agent.post('/api/skus').send({
      product_id: t.fixture.products.amoxicillin, code: 'NEW-FTS-1', name: '新增检索测试品 Quokka', pack_desc: '10mg×12片',
      units_per_pack: 12, unit: '片', channel_scope: 'all', guide_price: 12.5,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(ids(await searchSkus(agent, '检索测试'))).toEqual([created.body.id]);
    expect(ids(await searchSkus(agent, 'QUOKKA'))).toEqual([created.body.id]);

    const renamed = await agent.put(`/api/skus/${created.body.id}`).send({ ...created.body, name: '改名以后 Wombat' });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(ids(await searchSkus(agent, 'quokka'))).toEqual([]);
    expect(ids(await searchSkus(agent, '改名以后'))).toEqual([created.body.id]);
    expect(ids(await searchSkus(agent, 'wombat'))).toEqual([created.body.id]);

    // A change that leaves the searched columns alone keeps the row findable.
    const repriced = await agent.put(`/api/skus/${created.body.id}`).send({ ...renamed.body, guide_price: 13 });
    expect(repriced.status).toBe(200);
    expect(ids(await searchSkus(agent, 'wombat'))).toEqual([created.body.id]);

    // Writes outside the API (imports, scripts, migrations) are followed too.
    await db('skus').where({ id: created.body.id }).update({ name: 'Raw SQL Platypus' });
    expect(ids(await searchSkus(agent, 'platypus'))).toEqual([created.body.id]);
    expect(ids(await searchSkus(agent, 'wombat'))).toEqual([]);

    expect((await agent.delete(`/api/skus/${created.body.id}`)).status).toBe(200);
    expect(ids(await searchSkus(agent, 'platypus'))).toEqual([]);
    expect(ids(await searchSkus(agent, '阿莫西林')).length).toBe(1); // the rest of the index is intact
  });

  test('should keep products, channels, users and the audit log searchable after writes', async () => {
    const admin = await t.login('admin@acme.test');
    const list = async (resource: string, q: string) => {
      const res = await admin.get(`/api/${resource}`).query({ filter: JSON.stringify({ q }), range: '[0,999]' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as Row[];
    };
    const product = await admin.post('/api/products').send({
      generic_name: '蒙脱石散检索', brand_name: 'Smecta Search', dosage_form: '散剂', strength: '3g', rx_class: 'non_drug',
      storage: 'ambient', manufacturer: 'Ipsen 检索',
    });
    expect(product.status, JSON.stringify(product.body)).toBe(201);
    expect(ids(await list('products', '蒙脱石'))).toEqual([product.body.id]);
    expect(ids(await list('products', 'smecta s'))).toEqual([product.body.id]);
    const channel = await admin.post('/api/channels').send({ name: '京东大药房检索', code: 'JD-SEARCH', type: 'online', platform: 'jd', region: '华北地区' });
    expect(channel.status, JSON.stringify(channel.body)).toBe(201);
    expect(ids(await list('channels', '大药房'))).toEqual([channel.body.id]);
    expect(ids(await list('channels', 'jd-sea'))).toEqual([channel.body.id]);
    expect(ids(await list('users', 'acme sal'))).toEqual([t.fixture.users.sales]);
    expect(ids(await list('users', 'ANAGER@ACME'))).toEqual([t.fixture.users.manager]);
    const audit = await list('audit-logs', 'admin@acme');
    expect(audit.map((a) => a.record_id)).toEqual(expect.arrayContaining([product.body.id, channel.body.id]));

    expect((await admin.delete(`/api/channels/${channel.body.id}`)).status).toBe(200);
    expect(await list('channels', '大药房')).toEqual([]);
    expect((await admin.delete(`/api/products/${product.body.id}`)).status).toBe(200);
    expect(await list('products', '蒙脱石')).toEqual([]);
  });

  test('should search joined lists (price matrix, channel prices) like the plain match', async () => {
    const admin = await t.login('admin@acme.test');
    const all = async (resource: string, q?: string) => {
      const res = await admin.get(`/api/${resource}`).query({ ...(q ? { filter: JSON.stringify({ q }) } : {}), range: '[0,999]' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as Row[];
    };
    const price = await admin.post('/api/channel-prices').send({ sku_id: t.fixture.skus['AMX-12'], channel_id: t.fixture.channels.JD, price: 9.9,
      effective_from: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(price.status, JSON.stringify(price.body)).toBe(201);
    // Terms without non-ASCII capitals, where a JavaScript includes() is the same oracle as SQL's LOWER … LIKE.
    const contains = (q: string, ...values: unknown[]) => values.some((v) => typeof v === 'string' && v.toLowerCase().includes(q.toLowerCase()));
    for (const q of ['阿莫西林', '阿莫', 'amx', 'Amx-12 N', 'jd ch', 'brand', '胶囊', 'x%y', 'zzz']) {
      const matrix = await all('price-matrix');
      const expectedMatrix = matrix.filter((r) => contains(q, r.code, r.name, r.gtin, r.pack_desc, r.generic_name, r.brand_name));
      expect(ids(await all('price-matrix', q)).sort(), `matrix q=${q}`).toEqual(ids(expectedMatrix).sort());
      const prices = await all('channel-prices');
      const expectedPrices = prices.filter((r) => contains(q, r.sku_code, r.sku_name, r.channel_name));
      expect(ids(await all('channel-prices', q)).sort(), `channel-prices q=${q}`).toEqual(ids(expectedPrices).sort());
    }
  });

  test('should keep the index consistent with its table after every kind of write, cascades included', async () => {
    // Deleting a company removes its rows through ON DELETE CASCADE, which fires the same triggers.
    await db('organizations').where({ id: t.fixture.orgs.rival }).delete();
    expect(await db('skus').where({ org_id: t.fixture.orgs.rival }).count({ n: '*' })).toEqual([{ n: kind === 'sqlite' ? 0 : '0' }]);
    if (kind === 'sqlite') {
      for (const table of Object.keys(SEARCH_INDEXES)) {
        const fts = searchTableOf(table);
        // Exactly one index entry per row (the contents are checked by every search above) …
        const indexed = (await db.raw(`SELECT rowid AS id FROM ${fts} ORDER BY rowid`)).map((r: Row) => r.id);
        expect(indexed, table).toEqual(await db(table).orderBy('id').pluck('id'));
        // … and the index itself is sound.
        await expect(db.raw(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`), table).resolves.toBeDefined();
      }
    }
    const agent = await t.login('sales@acme.test');
    expect(ids(await searchSkus(agent, 't-cn'))).toEqual(await expectedSkus('t-cn'));
  });

  test('should answer from the index, not by reading every row', async () => {
    if (kind === 'sqlite') {
      const query = whereTextContains(db('skus').where('skus.org_id', t.fixture.orgs.acme), SKU_COLUMNS, '阿莫西林').select('skus.id');
      const plan = (await db.raw(`EXPLAIN QUERY PLAN ${query.toString()}`)) as { detail: string }[];
      const details = plan.map((p) => p.detail).join('\n');
      // Candidates come from the trigram index (how they meet org_id is the planner's choice, by table statistics).
      expect(details).toMatch(/SCAN skus_search VIRTUAL TABLE INDEX \d+:M/);
    } else {
      // The test table is tiny, so the planner would read it whole (or by org_id); forbid that to prove the
      // trigram indexes fit the very predicate the list runs.
      const unscoped = whereTextContains(db('skus'), SKU_COLUMNS, '阿莫西林').select('skus.id');
      const plan = await db.transaction(async (trx) => {
        await trx.raw('SET LOCAL enable_seqscan = off');
        return (await trx.raw(`EXPLAIN ${unscoped.toString()}`)).rows.map((r: Row) => r['QUERY PLAN']).join('\n');
      });
      for (const column of SEARCH_INDEXES.skus) expect(plan).toContain(`skus_${column}_trgm`);
    }
  });

  test('should have a search index for every searchable table', async () => {
    for (const [table, columns] of Object.entries(SEARCH_INDEXES)) {
      if (kind === 'sqlite') {
        const info = (await db.raw(`PRAGMA table_info(${searchTableOf(table)})`)) as { name: string }[];
        expect(info.map((c) => c.name), table).toEqual(columns);
        const triggers = await db('sqlite_master').where({ type: 'trigger', tbl_name: table }).pluck('name');
        expect(triggers.filter((n: string) => n.startsWith(searchTableOf(table))).sort(), table).toHaveLength(3);
      } else {
        const indexes = await db('pg_indexes').where({ tablename: table }).pluck('indexname');
        for (const column of columns) expect(indexes, table).toContain(`${table}_${column}_trgm`);
      }
    }
  });
});
