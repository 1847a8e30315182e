import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { SESSION_TTL_MS } from '../src/modules/auth/sessions';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

const T0 = '2030-02-01T00:00:00.000Z';
const PASSWORD = 'Velvet-Harbor-Cactus-63';

/** Sessions end when they expire and whenever an admin changes who the user is or how they log in. */
describe.each(databases)('session lifetime on %s', (kind) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let seq = 0;

  beforeAll(async () => {
    clock.set(T0);
    t = await startTestApp(kind);
    admin = await t.login('admin@acme.test');
  });
  afterEach(() => clock.set(T0));
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  /** A fresh user of this test, logged in with their own agent. */
  async function loggedInUser(role = 'sales') {
    const email = `session-${++seq}@acme.test`;
    const created = await admin.post('/api/users').send({ email, name: `Session user ${seq}`, role, password: PASSWORD });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const agent = request.agent(t.app);
    expect((await agent.post('/api/auth/login').send({ email, password: PASSWORD })).status).toBe(200);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    return { agent, user: created.body as Record<string, unknown> & { id: number } };
  }
  const update = async (user: Record<string, unknown>, change: Record<string, unknown>) => {
    const res = await admin.put(`/api/users/${user.id}`).send({ ...user, ...change });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  test('should end a session when an admin changes the user\'s role', async () => {
    const { agent, user } = await loggedInUser('sales');
    await update(user, { role: 'promotion' });
    expect((await agent.get('/api/auth/me')).status).toBe(401);
    expect((await agent.post('/api/skus').send({})).status).toBe(401);
  });

  test('should end a session when an admin sets a new password', async () => {
    const { agent, user } = await loggedInUser();
    await update(user, { password: 'Granite-Meadow-Violin-48' });
    expect((await agent.get('/api/auth/me')).status).toBe(401);
    const relogin = request.agent(t.app);
    expect((await relogin.post('/api/auth/login').send({ email: user.email, password: PASSWORD })).status).toBe(401);
    expect((await relogin.post('/api/auth/login').send({ email: user.email, password: 'Granite-Meadow-Violin-48' })).status).toBe(200);
  });

  test('should keep the session through a change that is neither role nor password', async () => {
    const { agent, user } = await loggedInUser();
    await update(user, { name: 'Renamed', password: '' });
    const me = await agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body, JSON.stringify(me.body)).toMatchObject({ fullName: 'Renamed', role: 'sales' });
  });

  test('should end a session when it expires, by the server clock', async () => {
    const { agent } = await loggedInUser();
    clock.advance(SESSION_TTL_MS - 1000);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    clock.advance(1000);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
    expect((await agent.get('/api/skus')).status).toBe(401);
  });
});
