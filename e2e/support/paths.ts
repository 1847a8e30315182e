import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const artifactsDir = path.join(repoRoot, 'e2e', 'artifacts');
export const clientIndex = path.join(repoRoot, 'dist', 'client', 'index.html');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A file name made of letters, digits and dashes only. */
export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 100) || 'test';
}
