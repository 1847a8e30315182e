import fs from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../src/app';
import { acceptedEncodings } from '../src/http/static-client';
import { createTestDatabase, type TestDatabase } from './support/databases';
import { PASSWORD, seedFixture } from './support/fixture';

const SCRIPT = `export const hello = ${JSON.stringify('bonjour '.repeat(200))};\n`;
const STYLE = 'body { color: teal; }\n';
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';

interface WireResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body exactly as it went over the wire (supertest and fetch would decode it). */
  body: Buffer;
}

function onTheWire(server: Server, method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<WireResponse> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decode(body: Buffer, encoding: string | undefined): string {
  if (encoding === 'br') return zlib.brotliDecompressSync(body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(body).toString();
  return body.toString();
}

/** A tiny built client: index.html and one hashed script with .br/.gz beside them, a stylesheet without. */
function writeClientFixture(dir: string) {
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  const write = (rel: string, content: string, compressed: boolean) => {
    fs.writeFileSync(path.join(dir, rel), content);
    if (!compressed) return;
    fs.writeFileSync(path.join(dir, `${rel}.br`), zlib.brotliCompressSync(content));
    fs.writeFileSync(path.join(dir, `${rel}.gz`), zlib.gzipSync(content));
  };
  write('index.html', INDEX, true);
  write('assets/index-Ab12Cd34.js', SCRIPT, true);
  write('assets/style-Ef56Gh78.css', STYLE, false);
  fs.writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\n');
}

describe('serving the built client and compressing the API', () => {
  let database: TestDatabase;
  let clientDir: string;
  let app: ReturnType<typeof createApp>;
  let server: Server;

  beforeAll(async () => {
    // <tmp>/client is served; <tmp>/outside.txt must never be
    clientDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rxc-client-')), 'client');
    writeClientFixture(clientDir);
    fs.writeFileSync(path.join(clientDir, '..', 'outside.txt'), 'secret');
    database = await createTestDatabase('sqlite');
    await seedFixture(database.db);
    app = createApp({ db: database.db, clientDir, loginAttempts: 1000 });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await database?.drop();
    fs.rmSync(path.dirname(clientDir), { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding: string, headers: Record<string, string> = {}) =>
    onTheWire(server, 'GET', url, { 'Accept-Encoding': acceptEncoding, ...headers });

  test.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['*', 'br'],
    ['gzip;q=0, *;q=0.1', 'br'],
    ['identity', undefined],
    ['br;q=0, gzip;q=0', undefined],
    ['deflate', undefined],
  ])('should answer Accept-Encoding "%s" with the %s variant of a hashed asset, cached as immutable', async (acceptEncoding, expected) => {
    const res = await get('/assets/index-Ab12Cd34.js', acceptEncoding);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(expected);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(decode(res.body, expected)).toBe(SCRIPT);
    if (expected) expect(Number(res.headers['content-length'])).toBeLessThan(SCRIPT.length / 4);
  });

  test('should send an asset without precompressed variants as it is, still immutable', async () => {
    const res = await get('/assets/style-Ef56Gh78.css', 'gzip, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.toString()).toBe(STYLE);
  });

  test('should revalidate a precompressed variant with its own ETag (304) and answer HEAD without a body', async () => {
    const first = await get('/assets/index-Ab12Cd34.js', 'br');
    const again = await get('/assets/index-Ab12Cd34.js', 'br', { 'If-None-Match': first.headers.etag! });
    expect(again.status).toBe(304);
    const gzip = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gzip.headers.etag).not.toBe(first.headers.etag);
    const head = await onTheWire(server, 'HEAD', '/assets/index-Ab12Cd34.js', { 'Accept-Encoding': 'gzip' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers['content-length']).toBe(gzip.headers['content-length']);
  });

  test('should answer a missing asset with a plain 404, never the page', async () => {
    for (const url of ['/assets/index-OLDHASH.js', '/assets/', '/assets/%2e%2e/index.html', '/assets/.secret']) {
      const res = await get(url, 'gzip, br');
      expect(res.status, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^text\/plain/);
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.body.toString(), url).not.toContain('<html');
    }
  });

  test.each(['/', '/index.html', '/products', '/skus/12/show', '/%E4%BA%A7%E5%93%81', '/%ZZ'])(
    'should answer %s with index.html, to be revalidated on every load',
    async (url) => {
      const res = await get(url, 'gzip, deflate, br');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(decode(res.body, 'br')).toBe(INDEX);

      const plain = await get(url, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(INDEX);
    },
  );

  test('should serve other files at the root with no-cache, and nothing outside the client dir', async () => {
    const robots = await get('/robots.txt', 'gzip');
    expect(robots.status).toBe(200);
    expect(robots.headers['cache-control']).toBe('no-cache');
    expect(robots.body.toString()).toBe('User-agent: *\n');
    for (const url of ['/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt', '/%2e%2e/%2e%2e/etc/passwd', '/.env']) {
      const res = await get(url, 'identity');
      expect(res.status, url).toBe(200);
      expect(res.body.toString(), url).toBe(INDEX);
    }
  });

  test('should leave non-GET requests outside /api to the rest of the app', async () => {
    const res = await request(app).post('/products').send({});
    expect(res.status).toBe(404);
  });

  test('should gzip (or brotli) an API JSON answer when asked, keeping Content-Range', async () => {
    const agent = request.agent(app);
    const login = await agent.post('/api/auth/login').send({ email: 'admin@acme.test', password: PASSWORD });
    expect(login.status).toBe(200);
    const Cookie = String(login.headers['set-cookie']).split(';')[0];
    const listUrl = `/api/skus?range=${encodeURIComponent('[0,99]')}`;
    const plain = await get(listUrl, 'identity', { Cookie });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = plain.body.toString();
    expect(json.length).toBeGreaterThan(1024);

    for (const [acceptEncoding, expected] of [['gzip', 'gzip'], ['gzip, deflate, br', 'br']] as const) {
      const res = await get(listUrl, acceptEncoding, { Cookie });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(expected);
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.headers['content-range']).toBe(plain.headers['content-range']);
      expect(res.headers['cache-control']).toBe(plain.headers['cache-control']);
      expect(res.body.length).toBeLessThan(json.length / 2);
      expect(decode(res.body, expected)).toBe(json);
    }
    // supertest's own decoding, as a browser would
    const decoded = await agent.get(listUrl).set('Accept-Encoding', 'gzip');
    expect(decoded.body).toEqual(JSON.parse(json));
  });

  test('should stream the XLSX export unencoded (a zip already) and whole when compression is asked', async () => {
    const login = await request(app).post('/api/auth/login').send({ email: 'admin@acme.test', password: PASSWORD });
    expect(login.status).toBe(200);
    const res = await get('/api/price-matrix/export.xlsx', 'gzip, deflate, br', { Cookie: String(login.headers['set-cookie']).split(';')[0] });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body).buffer);
    expect(workbook.worksheets[0].rowCount).toBeGreaterThan(1);
  });

  test('should read q values and wildcards in Accept-Encoding', () => {
    expect(acceptedEncodings(undefined)).toEqual({ br: 0, gzip: 0 });
    expect(acceptedEncodings('gzip, deflate, br')).toEqual({ br: 1, gzip: 1 });
    expect(acceptedEncodings('BR;Q=0.8 , gzip;q=0.9')).toEqual({ br: 0.8, gzip: 0.9 });
    expect(acceptedEncodings('*;q=0.3, gzip;q=0')).toEqual({ br: 0.3, gzip: 0 });
    expect(acceptedEncodings('br;q=abc, gzip;q=7')).toEqual({ br: 0, gzip: 1 });
  });
});

describe('without a built client', () => {
  test('should mount nothing when the client dir has no index.html', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'rxc-client-'));
    const database = await createTestDatabase('sqlite');
    try {
      const app = createApp({ db: database.db, clientDir: empty });
      const res = await request(app).get('/');
      expect(res.status).toBe(404);
      expect((await request(app).get('/api/health')).status).toBe(200);
    } finally {
      await database.drop();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
