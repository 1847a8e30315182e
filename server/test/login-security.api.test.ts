import bcrypt from 'bcryptjs';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createApp } from '../src/app';
import { clock } from '../src/clock';
import { DEFAULT_LOGIN_LIMITS } from '../src/modules/auth/login-limits';
import { bcryptRounds, dummyHash, hashPassword } from '../src/modules/auth/passwords';
import { SESSION_TTL_MS } from '../src/modules/auth/sessions';
import { databases } from './support/databases';
import { PASSWORD } from './support/fixture';
import { startTestApp, type TestApp } from './support/test-app';

const T0 = '2030-03-01T00:00:00.000Z';
const FIFTEEN_MINUTES = 15 * 60 * 1000;
const NEW_PASSWORD = 'Velvet-Orchard-Tram-91';

type Agent = Awaited<ReturnType<TestApp['login']>>;

function restoreRounds(previous: string | undefined) {
  if (previous === undefined) delete process.env.BCRYPT_ROUNDS;
  else process.env.BCRYPT_ROUNDS = previous;
}

describe('login limits', () => {
  test('should default to 5 failures per account and 50 per IP in 15 minutes', () => {
    expect(DEFAULT_LOGIN_LIMITS).toEqual({ accountFailures: 5, ipFailures: 50, windowMs: FIFTEEN_MINUTES });
  });

  test('should compare unknown emails against a dummy hash of the same cost as real hashes', async () => {
    expect(bcrypt.getRounds(dummyHash())).toBe(bcryptRounds());
    expect(bcrypt.getRounds(await hashPassword('blue-Kettle-42-river'))).toBe(bcryptRounds());
    const previous = process.env.BCRYPT_ROUNDS;
    process.env.BCRYPT_ROUNDS = '6';
    try {
      expect(bcrypt.getRounds(dummyHash())).toBe(6);
    } finally {
      restoreRounds(previous);
    }
  });
});

describe.each(databases)('login hardening on %s', (kind) => {
  let t: TestApp;
  let seq = 0;
  /** Each test uses its own client IP (X-Forwarded-For, trusted from loopback here) so IP limits stay apart. */
  const nextIp = () => `203.0.113.${++seq}`;
  const loginFrom = (ip: string, email: string, password: string, extra: object = {}) =>
    request(t.app).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password, ...extra });

  beforeAll(async () => {
    clock.set(T0);
    t = await startTestApp(kind, { loginAttempts: 5, trustProxy: ['loopback'] });
  });
  afterEach(() => clock.set(T0));
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  async function createUser(admin: Agent, email: string, password = NEW_PASSWORD, role = 'sales') {
    const res = await admin.post('/api/users').send({ email, name: email.split('@')[0], role, password });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Record<string, unknown> & { id: number; email: string };
  }

  test('should answer 401, never 500, for j: cookies and other malformed session cookies', async () => {
    for (const cookie of ['j%3A%7B%7D', 'j:{}', 'j:[]', 'j:1', 'j%3A%5B%22x%22%5D', 'j:null', 'j:"abc"', 'x'.repeat(43) + '!', '']) {
      for (const path of ['/api/auth/me', '/api/skus', '/api/users']) {
        const res = await request(t.app).get(path).set('Cookie', `rxc_session=${cookie}`);
        expect(res.status, `${path} ${cookie}`).toBe(401);
        expect(res.body.key).toBe('login_required');
      }
      expect((await request(t.app).post('/api/auth/logout').set('Cookie', `rxc_session=${cookie}`)).status).toBe(200);
    }
  });

  test('should trim and lower-case emails at login and on users', async () => {
    const ip = nextIp();
    expect((await loginFrom(ip, '  SALES@Acme.Test  ', PASSWORD)).status).toBe(200);
    const admin = await t.login('admin@acme.test');
    const created = await createUser(admin, '  Mixed.Case@ACME.test ');
    expect(created.email).toBe('mixed.case@acme.test');
    expect((await loginFrom(ip, 'MIXED.CASE@acme.TEST', NEW_PASSWORD)).status).toBe(200);
    const renamed = await admin.put(`/api/users/${created.id}`).send({ ...created, email: ' Renamed.Case@Acme.TEST' });
    expect(renamed.body.email).toBe('renamed.case@acme.test');
  });

  test('should lock an account after 5 failures for 15 minutes, however the email is spelled', async () => {
    const ip = nextIp();
    const spellings = ['manager@acme.test', 'MANAGER@acme.test', ' manager@acme.test', 'manager@ACME.TEST ', '\tManager@Acme.Test'];
    for (const email of spellings) expect((await loginFrom(ip, email, 'wrong-password-1')).status).toBe(401);
    for (const email of [...spellings, 'manager@acme.test']) {
      const res = await loginFrom(nextIp(), email, PASSWORD); // the right password, from another IP
      expect(res.status).toBe(429);
      expect(res.body).toMatchObject({ key: 'login_throttled', params: { minutes: 15 } });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect((await loginFrom(ip, 'promotion@acme.test', PASSWORD)).status).toBe(200); // other accounts unaffected
    clock.advance(FIFTEEN_MINUTES - 1000);
    expect((await loginFrom(ip, 'manager@acme.test', PASSWORD)).status).toBe(429);
    clock.advance(1001);
    expect((await loginFrom(ip, 'manager@acme.test', PASSWORD)).status).toBe(200);
  });

  test('should lock unknown emails the same way, so a 429 reveals no account', async () => {
    const ip = nextIp();
    for (let i = 0; i < 5; i++) expect((await loginFrom(ip, 'nobody@acme.test', `wrong-password-${i}`)).body.key).toBe('login_wrong');
    expect((await loginFrom(ip, 'nobody@acme.test', 'wrong-password-x')).status).toBe(429);
  });

  test('should forget an account\'s failures once its right password was given', async () => {
    const ip = nextIp();
    for (let i = 0; i < 4; i++) expect((await loginFrom(ip, 'promotion@acme.test', 'wrong-password')).status).toBe(401);
    expect((await loginFrom(ip, 'promotion@acme.test', PASSWORD)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await loginFrom(ip, 'promotion@acme.test', 'wrong-password')).status).toBe(401);
    expect((await loginFrom(ip, 'promotion@acme.test', PASSWORD)).status).toBe(429);
  });

  test('should let no more than 5 concurrent guesses through', async () => {
    const ip = nextIp();
    const admin = await t.login('admin@acme.test');
    await createUser(admin, 'race@acme.test');
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => loginFrom(ip, 'race@acme.test', `wrong-guess-${i}`)));
    const statuses = answers.map((r) => r.status);
    const failures = statuses.filter((s) => s === 401).length;
    expect(failures).toBeLessThanOrEqual(5);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // Refused guesses checked no password and do not count; the failures do, up to exactly 5.
    for (let i = failures; i < 5; i++) expect((await loginFrom(ip, 'race@acme.test', 'wrong-again')).status).toBe(401);
    expect((await loginFrom(ip, 'race@acme.test', NEW_PASSWORD)).status).toBe(429);
  });

  test('should share the limits between two app instances on one database', async () => {
    const ip = nextIp();
    await createUser(await t.login('admin@acme.test'), 'two-instances@acme.test');
    const other = createApp({ db: t.database.db, trustProxy: ['loopback'] });
    const viaOther = (password: string) => request(other).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email: 'two-instances@acme.test', password });
    for (let i = 0; i < 3; i++) expect((await loginFrom(ip, 'two-instances@acme.test', 'wrong-password')).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await viaOther('wrong-password')).status).toBe(401);
    expect((await viaOther(NEW_PASSWORD)).status).toBe(429);
    expect((await loginFrom(ip, 'two-instances@acme.test', NEW_PASSWORD)).status).toBe(429);
  });

  test('should refuse a password longer than 72 bytes instead of truncating it', async () => {
    const admin = await t.login('admin@acme.test');
    const exact = 'Zq8!vR2#mK9@xL4$'.repeat(4) + 'Ab1!Cd2@'; // 72 bytes
    await createUser(admin, 'long@acme.test', exact);
    const ip = nextIp();
    expect((await loginFrom(ip, 'long@acme.test', exact)).status).toBe(200);
    expect((await loginFrom(ip, 'long@acme.test', `${exact}anything-else`)).status).toBe(401);
    expect((await loginFrom(ip, 'long@acme.test', exact + 'x'.repeat(128))).status).toBe(401);
    const tooLong = await admin.post('/api/users').send({ email: 'longer@acme.test', name: 'Longer', role: 'sales', password: `${exact}x` });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors.password).toMatch(/72 bytes/);
    const chinese = await admin.post('/api/users').send({ email: 'zh@acme.test', name: 'Zh', role: 'sales', password: '药'.repeat(25) });
    expect(chinese.status).toBe(400);
    expect(chinese.body.errors.password).toMatch(/72 bytes/);
  });

  test('should refuse weak passwords with a field error, on create and update', async () => {
    const admin = await t.login('admin@acme.test');
    const email = 'weak@acme.test';
    for (const password of ['aaaaaaaa', '12345678', 'password', '        ', email, 'aaaaaaaaaaaa', 'password1234', 'Weak@acme.test-2030']) {
      const res = await admin.post('/api/users').send({ email, name: 'Weak', role: 'sales', password });
      expect(res.status, password).toBe(400);
      expect(Object.keys(res.body.errors), password).toEqual(['password']);
    }
    expect((await admin.get('/api/users').query({ filter: JSON.stringify({ email }) })).body).toEqual([]);
    const user = await createUser(admin, email);
    const weak = await admin.put(`/api/users/${user.id}`).send({ ...user, password: '12345678' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toHaveProperty('password');
    const unchanged = await admin.put(`/api/users/${user.id}`).send({ ...user, password: '' });
    expect(unchanged.status).toBe(200);
    expect((await loginFrom(nextIp(), email, NEW_PASSWORD)).status).toBe(200);
  });

  test('should still log in the fixture and demo-style passwords that predate the rules', async () => {
    const admin = await t.login('admin@acme.test');
    const user = await createUser(admin, 'demo-style@acme.test');
    await t.database.db('users').where({ id: user.id }).update({ password_hash: await hashPassword('rxchannel-demo') });
    expect((await loginFrom(nextIp(), 'demo-style@acme.test', 'rxchannel-demo')).status).toBe(200);
    expect((await loginFrom(nextIp(), 'sales@acme.test', PASSWORD)).status).toBe(200);
  });

  test('should make the same bcrypt work for an unknown email, a known one and one used in two companies', async () => {
    const admin = await t.login('admin@acme.test');
    await createUser(admin, 'work@acme.test');
    await createUser(admin, 'work-both@acme.test');
    await createUser(await t.login('admin@rival.test'), 'work-both@acme.test');
    const ip = nextIp();
    const compare = vi.spyOn(bcrypt, 'compare');
    try {
      const work = async (email: string) => {
        compare.mockClear();
        expect((await loginFrom(ip, email, 'wrong-password-w')).status).toBe(401);
        return compare.mock.calls.map(([, hash]) => bcrypt.getRounds(hash as string));
      };
      const rounds = bcryptRounds();
      expect(await work('work@acme.test')).toEqual([rounds, rounds]);
      expect(await work('nobody-w@acme.test')).toEqual([rounds, rounds]);
      expect(await work('work-both@acme.test')).toEqual([rounds, rounds]);
    } finally {
      compare.mockRestore();
    }
  });

  test('should answer an unknown email about as slowly as a wrong password', async () => {
    const previous = process.env.BCRYPT_ROUNDS;
    process.env.BCRYPT_ROUNDS = '9';
    try {
      const admin = await t.login('admin@acme.test');
      await createUser(admin, 'timing@acme.test');
      const ip = nextIp();
      const time = async (email: string) => {
        const start = performance.now();
        expect((await loginFrom(ip, email, 'wrong-password-t')).status).toBe(401);
        return performance.now() - start;
      };
      await time('warm-up@acme.test');
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 4; i++) {
        known.push(await time('timing@acme.test'));
        unknown.push(await time(`nobody-${i}@acme.test`));
      }
      // Loose on purpose (a loaded machine jitters); the leak it guards against was 30× (6 ms vs 195 ms).
      expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...known) / 2.5);
      expect(Math.min(...unknown)).toBeLessThan(Math.min(...known) * 2.5);
    } finally {
      restoreRounds(previous);
    }
  });

  describe('changing my own password', () => {
    async function userWithTwoSessions() {
      const admin = await t.login('admin@acme.test');
      const email = `changer-${++seq}@acme.test`;
      const user = await createUser(admin, email);
      const ip = nextIp();
      const here = request.agent(t.app);
      const elsewhere = request.agent(t.app);
      for (const agent of [here, elsewhere]) {
        expect((await agent.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password: NEW_PASSWORD })).status).toBe(200);
      }
      return { admin, user, email, ip, here, elsewhere };
    }

    test('should change the password, keep this session and sign out every other', async () => {
      const { admin, user, email, ip, here, elsewhere } = await userWithTwoSessions();
      const res = await here.post('/api/auth/password').set('X-Forwarded-For', ip).send({ current_password: NEW_PASSWORD, new_password: 'Copper-Lagoon-Sketch-17' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.key).toBe('password_changed');
      expect((await here.get('/api/auth/me')).status).toBe(200);
      expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
      expect((await loginFrom(ip, email, NEW_PASSWORD)).status).toBe(401);
      expect((await loginFrom(ip, email, 'Copper-Lagoon-Sketch-17')).status).toBe(200);
      const audit = await admin.get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'users', record_id: user.id, action: 'update' }) });
      expect(audit.status).toBe(200);
      expect(audit.body.length).toBe(1);
      const text = JSON.stringify(audit.body);
      expect(text).not.toContain('Copper-Lagoon');
      expect(text).not.toContain(NEW_PASSWORD);
      expect(text).not.toContain('$2');
      const stored = await admin.get(`/api/users/${user.id}`);
      expect(stored.body.version).toBe(Number(user.version) + 1);
    });

    test('should answer a wrong current password with a field error and count it as a failed login', async () => {
      const { email, ip, here } = await userWithTwoSessions();
      for (let i = 0; i < 5; i++) {
        const res = await here.post('/api/auth/password').set('X-Forwarded-For', ip).send({ current_password: `wrong-${i}`, new_password: 'Copper-Lagoon-Sketch-17' });
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual({ current_password: 'The current password is wrong' });
      }
      const locked = await here.post('/api/auth/password').set('X-Forwarded-For', ip).send({ current_password: NEW_PASSWORD, new_password: 'Copper-Lagoon-Sketch-17' });
      expect(locked.status).toBe(429);
      expect((await loginFrom(nextIp(), email, NEW_PASSWORD)).status).toBe(429);
      expect((await here.get('/api/auth/me')).status).toBe(200); // the session itself stays
    });

    test('should apply the password rules to the new password', async () => {
      const { email, ip, here } = await userWithTwoSessions();
      for (const newPassword of ['aaaaaaaa', 'password', '12345678', '        ', email, NEW_PASSWORD, '药'.repeat(25)]) {
        const res = await here.post('/api/auth/password').set('X-Forwarded-For', ip).send({ current_password: NEW_PASSWORD, new_password: newPassword });
        expect(res.status, newPassword).toBe(400);
        expect(Object.keys(res.body.errors), newPassword).toEqual(['new_password']);
      }
      expect((await loginFrom(ip, email, NEW_PASSWORD)).status).toBe(200);
    });

    test('should need a session', async () => {
      expect((await request(t.app).post('/api/auth/password').send({ current_password: PASSWORD, new_password: 'Copper-Lagoon-Sketch-17' })).status).toBe(401);
    });
  });

  test('should end sessions when an admin changes the role or the password via the users API', async () => {
    const admin = await t.login('admin@acme.test');
    const user = await createUser(admin, 'revoked@acme.test');
    const ip = nextIp();
    const session = async () => {
      const agent = request.agent(t.app);
      expect((await agent.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email: user.email, password: NEW_PASSWORD })).status).toBe(200);
      return agent;
    };
    const first = await session();
    const promoted = await admin.put(`/api/users/${user.id}`).send({ ...user, role: 'manager' });
    expect(promoted.status).toBe(200);
    expect((await first.get('/api/auth/me')).status).toBe(401);
    const second = await session();
    const changed = await admin.put(`/api/users/${user.id}`).send({ ...promoted.body, password: 'Copper-Lagoon-Sketch-17' });
    expect(changed.status).toBe(200);
    expect((await second.get('/api/auth/me')).status).toBe(401);
  });

  test('should end a session past its lifetime', async () => {
    const agent = await t.login('sales@acme.test');
    clock.advance(SESSION_TTL_MS + 1000);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  describe('the same email in two companies', () => {
    test('should let another company use an address without learning that it exists elsewhere', async () => {
      const acme = await t.login('admin@acme.test');
      const rival = await t.login('admin@rival.test');
      const fresh = await rival.post('/api/users').send({ email: 'fresh-address@rival.test', name: 'Fresh', role: 'sales', password: NEW_PASSWORD });
      const taken = await rival.post('/api/users').send({ email: ' Sales@ACME.test', name: 'Copy', role: 'sales', password: NEW_PASSWORD });
      expect(fresh.status).toBe(201);
      expect(taken.status).toBe(201);
      expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
      expect(taken.body.email).toBe('sales@acme.test');
      // Inside one company the address stays unique: a 409 on the email field.
      const duplicate = await acme.post('/api/users').send({ email: 'SALES@acme.test ', name: 'Dup', role: 'sales', password: NEW_PASSWORD });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.errors).toHaveProperty('email');
      const mine = (await acme.get('/api/users').query({ filter: JSON.stringify({ email: 'sales@acme.test' }) })).body;
      expect(mine.length).toBe(1);
      // Each login finds the account whose password matches.
      const ip = nextIp();
      expect((await loginFrom(ip, 'sales@acme.test', PASSWORD)).body.organization.name).toBe('Acme Pharma');
      expect((await loginFrom(ip, 'sales@acme.test', NEW_PASSWORD)).body.organization.name).toBe('Rival Distribution');
      // Moving a user onto an address used elsewhere is fine too.
      const moved = await rival.put(`/api/users/${fresh.body.id}`).send({ ...fresh.body, email: 'manager@acme.test' });
      expect(moved.status).toBe(200);
    });

    test('should ask for the company when one password opens accounts in two', async () => {
      await createUser(await t.login('admin@acme.test'), 'both@acme.test', PASSWORD, 'sales');
      await createUser(await t.login('admin@rival.test'), 'both@acme.test', PASSWORD, 'promotion');
      const ip = nextIp();
      const ambiguous = await loginFrom(ip, 'Both@acme.test', PASSWORD);
      expect(ambiguous.status).toBe(409);
      expect(ambiguous.body).toMatchObject({ key: 'login_choose_organization', errors: { organization: 'Choose your company' } });
      expect(ambiguous.body.organizations).toEqual([
        { id: t.fixture.orgs.acme, name: 'Acme Pharma' },
        { id: t.fixture.orgs.rival, name: 'Rival Distribution' },
      ]);
      expect(ambiguous.headers['set-cookie']).toBeUndefined();
      const chosen = await loginFrom(ip, 'both@acme.test', PASSWORD, { organization: t.fixture.orgs.rival });
      expect(chosen.status).toBe(200);
      expect(chosen.body).toMatchObject({ role: 'promotion', organization: { name: 'Rival Distribution' } });
      expect((await loginFrom(ip, 'both@acme.test', PASSWORD, { organization: t.fixture.orgs.acme })).body.role).toBe('sales');
      expect((await loginFrom(ip, 'both@acme.test', 'wrong-password', { organization: t.fixture.orgs.acme })).status).toBe(401);
      expect((await loginFrom(ip, 'both@acme.test', PASSWORD, { organization: 99999 })).status).toBe(401);
    });
  });
});

describe.each(databases)('per-IP login limit on %s', (kind) => {
  let t: TestApp;
  beforeAll(() => clock.set(T0));
  afterEach(async () => {
    await t.close();
    clock.set(T0);
  });
  afterAll(() => clock.reset());

  test('should refuse an IP after 50 failures across many emails, whatever the password', async () => {
    t = await startTestApp(kind, { loginAttempts: 5 });
    const attempt = (email: string, password: string) => request(t.app).post('/api/auth/login').send({ email, password });
    for (let i = 0; i < 50; i++) expect((await attempt(`guess-${i}@acme.test`, 'wrong-password')).status).toBe(401);
    const blocked = await attempt('sales@acme.test', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.key).toBe('login_throttled');
    clock.advance(FIFTEEN_MINUTES + 1);
    expect((await attempt('sales@acme.test', PASSWORD)).status).toBe(200);
  });

  test('should not let a client choose its IP with X-Forwarded-For unless TRUST_PROXY says so', async () => {
    t = await startTestApp(kind, { loginAttempts: 5 });
    for (let i = 0; i < 50; i++) {
      const res = await request(t.app).post('/api/auth/login').set('X-Forwarded-For', `198.51.100.${i}`).send({ email: `spoof-${i}@acme.test`, password: 'wrong-password' });
      expect(res.status).toBe(401);
    }
    const blocked = await request(t.app).post('/api/auth/login').set('X-Forwarded-For', '198.51.100.200').send({ email: 'sales@acme.test', password: PASSWORD });
    expect(blocked.status).toBe(429);
  });

  test('should count per client IP behind a trusted proxy', async () => {
    t = await startTestApp(kind, { loginAttempts: 5, trustProxy: ['loopback'] });
    for (let i = 0; i < 50; i++) {
      const res = await request(t.app).post('/api/auth/login').set('X-Forwarded-For', '198.51.100.7').send({ email: `proxied-${i}@acme.test`, password: 'wrong-password' });
      expect(res.status).toBe(401);
    }
    const send = (ip: string) => request(t.app).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email: 'sales@acme.test', password: PASSWORD });
    expect((await send('198.51.100.7')).status).toBe(429);
    expect((await send('198.51.100.8')).status).toBe(200);
  });
});
