import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { PASSWORD } from './support/fixture';
import { startTestApp, type TestApp } from './support/test-app';

describe.each(databases)('auth and sessions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { loginAttempts: 3 });
  });
  afterAll(() => t.close());

  test('should log in with an httpOnly SameSite cookie and answer /me', async () => {
    const res = await request(t.app).post('/api/auth/login').send({ email: 'SALES@acme.test', password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers['set-cookie'][0];
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.body).toMatchObject({ email: 'sales@acme.test', role: 'sales', organization: { name: 'Acme Pharma' } });
    expect(res.body.password_hash).toBeUndefined();
    const me = await request(t.app).get('/api/auth/me').set('Cookie', cookie.split(';')[0]);
    expect(me.body.role).toBe('sales');
  });

  test('should let every role save their own language, and only their own, refusing anything but en and zh', async () => {
    for (const email of ['admin@acme.test', 'manager@acme.test', 'sales@acme.test', 'promotion@acme.test']) {
      const agent = await t.login(email);
      const saved = await agent.put('/api/auth/me/locale').send({ locale: 'en' });
      expect(saved.status, email).toBe(200);
      expect(saved.body).toMatchObject({ email, locale: 'en' });
      expect((await agent.get('/api/auth/me')).body.locale).toBe('en');
      for (const bad of [{ locale: 'fr' }, { locale: ['zh'] }, {}, { locale: 'zh', id: 1 }]) {
        const res = await agent.put('/api/auth/me/locale').send(bad);
        if ('id' in bad) expect(res.status).toBe(200); // unknown fields are dropped, never trusted
        else {
          expect(res.status, JSON.stringify(bad)).toBe(400);
          expect(res.body.errors.locale).toBeTruthy();
        }
      }
      expect((await agent.put('/api/auth/me/locale').send({ locale: 'zh' })).body.locale).toBe('zh');
    }
    const others = await t.database.db('users').whereNot('email', 'like', '%@acme.test').pluck('locale');
    expect(new Set(others)).not.toContain('en'); // another company's users untouched
    expect((await request(t.app).put('/api/auth/me/locale').send({ locale: 'en' })).status).toBe(401);
  });

  test('should refuse wrong credentials and anonymous calls', async () => {
    const wrong = await request(t.app).post('/api/auth/login').send({ email: 'manager@acme.test', password: 'nope-nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toMatch(/wrong/);
    expect((await request(t.app).get('/api/skus')).status).toBe(401);
    expect((await request(t.app).get('/api/auth/me')).status).toBe(401);
    const bad = await request(t.app).post('/api/auth/login').send({ email: 'not-an-email' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('email');
  });

  test('should throttle repeated failed logins with 429', async () => {
    const attempt = () => request(t.app).post('/api/auth/login').send({ email: 'promotion@acme.test', password: 'guess-guess' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/Too many/);
    // Even the right password is refused while throttled.
    expect((await request(t.app).post('/api/auth/login').send({ email: 'promotion@acme.test', password: PASSWORD })).status).toBe(429);
  });

  test('should revoke the session at logout', async () => {
    const agent = await t.login('sales@acme.test');
    expect((await agent.get('/api/skus')).status).toBe(200);
    expect((await agent.post('/api/auth/logout')).status).toBe(200);
    expect((await agent.get('/api/skus')).status).toBe(401);
  });

  test('should revoke a user\'s sessions at once when an admin deactivates them', async () => {
    const sales = await t.login('sales@acme.test');
    const admin = await t.login('admin@acme.test');
    const user = (await admin.get(`/api/users/${t.fixture.users.sales}`)).body;
    const res = await admin.put(`/api/users/${user.id}`).send({ ...user, active: false });
    expect(res.status).toBe(200);
    expect((await sales.get('/api/skus')).status).toBe(401);
    const relogin = await request(t.app).post('/api/auth/login').send({ email: 'sales@acme.test', password: PASSWORD });
    expect(relogin.status).toBe(401);
    await admin.put(`/api/users/${user.id}`).send({ ...res.body, active: true });
  });

  test('should never return password hashes from the users API', async () => {
    const admin = await t.login('admin@acme.test');
    const list = await admin.get('/api/users');
    expect(list.body.length).toBe(4);
    for (const user of list.body) expect(Object.keys(user)).not.toContain('password_hash');
    const created = await admin.post('/api/users').send({ email: 'new@acme.test', name: 'New', role: 'sales', password: 'long-enough-pw' });
    expect(created.status).toBe(201);
    expect(created.body.password_hash).toBeUndefined();
    expect(created.body.password).toBeUndefined();
    const audit = await admin.get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'users', record_id: created.body.id }) });
    expect(JSON.stringify(audit.body)).not.toMatch(/password/);
    expect((await request(t.app).post('/api/auth/login').send({ email: 'new@acme.test', password: 'long-enough-pw' })).status).toBe(200);
  });

  test('should stop an admin from demoting or deleting themselves', async () => {
    const admin = await t.login('admin@acme.test');
    const me = (await admin.get(`/api/users/${t.fixture.users.admin}`)).body;
    const demote = await admin.put(`/api/users/${me.id}`).send({ ...me, role: 'sales' });
    expect(demote.status).toBe(400);
    expect(demote.body.errors).toHaveProperty('role');
    expect((await admin.delete(`/api/users/${me.id}`)).status).toBe(400);
  });
});
