import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { artifactsDir, chromiumPath, clientIndex } from './paths';
import { startServer } from './server';
import './provided';

/** Checks the prerequisites, then starts one real server for the whole run. */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install Debian's: apt-get update && apt-get install -y chromium fonts-wqy-zenhei ` +
        '(never `npx playwright install`).',
    );
  }
  if (!hasChineseFont()) {
    console.warn('[e2e] No Chinese font found (fc-list :lang=zh): Chinese screenshots will show boxes. apt-get install -y fonts-wqy-zenhei');
  }
  if (!fs.existsSync(clientIndex)) {
    throw new Error(`The built client is missing (${clientIndex}). Run \`npm run test:e2e\`, which runs \`vite build\` first.`);
  }
  fs.mkdirSync(artifactsDir, { recursive: true });
  for (const file of fs.readdirSync(artifactsDir)) {
    if (file.startsWith('failure-')) fs.rmSync(path.join(artifactsDir, file));
  }
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  return async () => {
    fs.writeFileSync(path.join(artifactsDir, 'server.log'), server.log());
    await server.stop();
  };
}

function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
