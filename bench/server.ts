import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import readline from 'node:readline';

/** A free TCP port on the loopback. */
export const freePort = () => new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});

/** The V8 flags `npm start` gives the server (its heap growth), so what is measured is what a deployment runs. */
export function startFlags(): string[] {
  const words = (JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.start as string).split(/\s+/);
  return words.slice(1, words.indexOf('--import'));
}

/**
 * Starts the real server (`server/src/main.ts` with `npm start`'s flags) on a database, seeding the
 * demo company when asked, and resolves once /api/health answers. Each line of its log goes to `onLine`.
 */
export async function startServer(databaseUrl: string, port: number, seed: boolean, onLine: (line: string) => void = () => {}): Promise<ChildProcess> {
  // BENCH_SERVER_FLAGS adds node flags to the server only (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
  const extra = process.env.BENCH_SERVER_FLAGS?.split(/\s+/).filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...startFlags(), ...extra, '--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO: String(seed), DEMO_ORDER_LINES: '20000', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    if (process.env.BENCH_SERVER_LOG) console.log(line);
    onLine(line);
  });
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

/** Stops a server and waits for it to exit. */
export const stopServer = (child: ChildProcess) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); });
