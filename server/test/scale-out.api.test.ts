import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../src/app';
import { createDb, type Db } from '../src/db/knex';
import { clock } from '../src/clock';
import { createTestDatabase, databases, type TestDatabase } from './support/databases';
import { PASSWORD, seedFixture, type Fixture } from './support/fixture';

/**
 * Two app instances (each with its own connection pools, as two processes behind one load
 * balancer) on one database behave as one: login limits, idempotency keys and import claims are
 * shared state, never per-process memory.
 */
describe.each(databases)('two app instances on one %s database', (kind) => {
  let database: TestDatabase;
  let secondDb: Db;
  let fixture: Fixture;
  let appA: ReturnType<typeof createApp>;
  let appB: ReturnType<typeof createApp>;

  beforeAll(async () => {
    clock.set('2033-01-10T02:00:00.000Z');
    database = await createTestDatabase(kind);
    fixture = await seedFixture(database.db);
    secondDb = createDb(database.url);
    appA = createApp({ db: database.db });
    appB = createApp({ db: secondDb });
  });
  afterAll(async () => {
    await secondDb.destroy();
    await database.drop();
    clock.reset();
  });

  const login = async (app: ReturnType<typeof createApp>, email: string) => {
    const agent = request.agent(app);
    const res = await agent.post('/api/auth/login').send({ email, password: PASSWORD });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return agent;
  };

  test('should count failed logins across instances and lock the account on both', async () => {
    const wrong = { email: 'promotion@acme.test', password: 'not the password at all' };
    for (let i = 0; i < 5; i++) {
      const res = await request(i % 2 ? appB : appA).post('/api/auth/login').send(wrong);
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    for (const app of [appA, appB]) {
      const res = await request(app).post('/api/auth/login').send({ email: 'promotion@acme.test', password: PASSWORD });
      expect(res.status).toBe(429);
    }
  });

  test('should share a session between instances', async () => {
    const agent = request.agent(appA);
    const res = await agent.post('/api/auth/login').send({ email: 'manager@acme.test', password: PASSWORD });
    const cookie = res.headers['set-cookie'][0].split(';')[0];
    expect((await request(appB).get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    await request(appB).post('/api/auth/logout').set('Cookie', cookie);
    expect((await request(appA).get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
  });

  test('should answer an idempotent batch once across instances', async () => {
    const a = await login(appA, 'sales@acme.test');
    const b = await login(appB, 'sales@acme.test');
    const body = { effective_from: '2033-02-01', changes: [{ sku_id: fixture.skus['IBU-20'], channel_id: fixture.channels.JD, price: 19.9 }] };
    const [first, second] = await Promise.all([
      a.post('/api/channel-prices/batch').set('Idempotency-Key', 'two-instances').send(body),
      b.post('/api/channel-prices/batch').set('Idempotency-Key', 'two-instances').send(body),
    ]);
    expect([first.status, second.status]).toContain(201);
    const retry = await b.post('/api/channel-prices/batch').set('Idempotency-Key', 'two-instances').send(body);
    expect(retry.status).toBe(201);
    const count = await a.get('/api/channel-prices').query({ filter: JSON.stringify({ sku_id: fixture.skus['IBU-20'], effective_from: '2033-02-01' }) });
    expect(count.body).toHaveLength(1);
  });

  test('should let exactly one instance commit an import', async () => {
    const a = await login(appA, 'sales@acme.test');
    const b = await login(appB, 'sales@acme.test');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Prices');
    sheet.addRow(['SKU', 'Channel', 'Price', 'From']);
    for (const price of [20.5, 21.5, 22.5]) sheet.addRow(['IBU-20', 'DIST', price, `2033-03-0${price - 19.5}`]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = await a.post('/api/price-imports').attach('file', file, 'prices.xlsx');
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const mapping = { sku: 'SKU', channel: 'Channel', price: 'Price', effective_from: 'From' };
    const commits = await Promise.all([
      a.post(`/api/price-imports/${upload.body.id}/commit`).send(mapping),
      b.post(`/api/price-imports/${upload.body.id}/commit`).send(mapping),
      b.post(`/api/price-imports/${upload.body.id}/commit`).send(mapping),
    ]);
    expect(commits.map((c) => c.status).sort()).toEqual([200, 409, 409]);
    const job = await b.get(`/api/price-imports/${upload.body.id}`);
    expect(job.body).toMatchObject({ status: 'committed', created_rows: 3, processed_rows: 3 });
  });
});
