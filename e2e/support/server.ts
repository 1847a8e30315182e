import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths';

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed so far. */
  log: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Signals the server's whole process group (it was spawned detached, so it leads one). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Starts the real server (`node --import tsx server/src/main.ts`) on a fresh SQLite file in a temp
 * dir and a free port; the demo companies are seeded into the empty database. Resolves once
 * `GET /api/health` answers 200.
 *
 * The server runs in the temp dir with its own copy of dist/client, so a `vite build` elsewhere
 * during the run (it replaces the hashed chunks) cannot break the lazy-loaded pages mid-test.
 */
export async function startServer({ timeoutMs = 60_000 } = {}): Promise<RunningServer> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxchannel-e2e-'));
  let child: ChildProcess;
  let baseUrl: string;
  try {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    fs.cpSync(path.join(repoRoot, 'dist', 'client'), path.join(tempDir, 'dist', 'client'), { recursive: true });
    // `--import tsx` resolves from the working directory.
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(tempDir, 'node_modules'), 'dir');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `file:${path.join(tempDir, 'e2e.db')}`,
      PORT: String(port),
      BCRYPT_ROUNDS: '4',
      TSX_TSCONFIG_PATH: path.join(repoRoot, 'tsconfig.json'),
    };
    delete env.SEED_DEMO;
    delete env.CORS_ORIGINS;
    child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'src', 'main.ts')], {
      cwd: tempDir,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    fs.rmSync(tempDir, { recursive: true, force: true });
    throw err;
  }
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = exited(child);
  // Detached, the server would outlive an interrupted run: take it down with this process.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    signalGroup(child, 'SIGTERM');
    const killed = await Promise.race([done.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
    if (!killed) {
      signalGroup(child, 'SIGKILL');
      await done;
    }
    fs.rmSync(tempDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`The server exited (${child.exitCode ?? child.signalCode}) before answering /api/health. Its output:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return { baseUrl, log: () => output, stop };
      lastProblem = `HTTP ${res.status}`;
    } catch (err) {
      lastProblem = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The server did not answer GET ${baseUrl}/api/health with 200 within ${timeoutMs / 1000}s (last: ${lastProblem}). Its output:\n${output}`);
}
