import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import request from 'supertest';
import { fetchUtils } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import { createApp, type AppOptions } from '../../src/app';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases';
import { PASSWORD, seedFixture, type Fixture } from './fixture';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: TestDatabase;
  fixture: Fixture;
  /** A supertest agent that is logged in (keeps the session cookie). */
  login(email: string): Promise<ReturnType<typeof request.agent>>;
  /** The very data provider react-admin uses, logged in as `email`, against a listening server. */
  dataProvider(email: string): Promise<ReturnType<typeof simpleRestProvider>>;
  close(): Promise<void>;
}

export async function startTestApp(
  kind: DatabaseKind,
  options: Pick<AppOptions, 'loginAttempts' | 'loginLimits' | 'trustProxy' | 'corsOrigins'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const fixture = await seedFixture(database.db);
  const app = createApp({ db: database.db, ...options, loginAttempts: options.loginAttempts ?? 1000 });
  let server: Server | undefined;

  async function login(email: string) {
    const agent = request.agent(app);
    const res = await agent.post('/api/auth/login').send({ email, password: PASSWORD });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return agent;
  }

  async function dataProvider(email: string) {
    server ??= await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const httpClient = (url: string, opts: fetchUtils.Options = {}) => {
      const headers = new Headers(opts.headers ?? { Accept: 'application/json' });
      headers.set('Cookie', cookie);
      return fetchUtils.fetchJson(url, { ...opts, headers });
    };
    return simpleRestProvider(`${base}/api`, httpClient);
  }

  return {
    app,
    database,
    fixture,
    login,
    dataProvider,
    async close() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await database.drop();
    },
  };
}
