import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileTypeFromFile } from 'file-type';
import type { Response } from 'express';
import type { ServiceContext } from '../../http/context';
import { nowIso } from '../../http/context';
import { apiError, notFound } from '../../http/errors';
import type { ReceivedFile } from '../../http/upload';

/** What evidence may be: screenshots and PDFs, told by their bytes, never by the name a client gave. */
const ALLOWED = new Map([['image/png', 'png'], ['image/jpeg', 'jpg'], ['image/webp', 'webp'], ['application/pdf', 'pdf']]);

/** Outside the web root: `EVIDENCE_DIR`, else `data/evidence` beside the database (a temp folder under tests). */
export function evidenceDir(): string {
  if (process.env.EVIDENCE_DIR) return process.env.EVIDENCE_DIR;
  return process.env.VITEST ? path.join(os.tmpdir(), 'rxc-evidence-test') : path.resolve('data/evidence');
}

/** Stores an uploaded screenshot or PDF under a generated name; anything else is a 400. */
export async function storeEvidence(ctx: ServiceContext, file: ReceivedFile) {
  const sniffed = await fileTypeFromFile(file.path);
  const ext = sniffed && ALLOWED.get(sniffed.mime);
  if (!sniffed || !ext) throw apiError(400, 'evidence_type', {}, { file: apiError(400, 'evidence_type').message });
  const dir = evidenceDir();
  await fs.promises.mkdir(dir, { recursive: true });
  const storedName = `${randomUUID()}.${ext}`;
  await fs.promises.copyFile(file.path, path.join(dir, storedName));
  const [inserted] = await ctx.db('evidence_files').insert({
    org_id: ctx.user.orgId, stored_name: storedName, content_type: sniffed.mime, size: file.size,
    original_name: file.fileName.slice(0, 200), uploaded_by: ctx.user.userId, created_at: nowIso(),
  }).returning('id');
  const id = Number(typeof inserted === 'object' ? inserted.id : inserted);
  return { id, content_type: sniffed.mime, size: file.size, original_name: file.fileName };
}

/** Sends a file of the caller's company only; PDFs download instead of rendering in the console's origin. */
export async function sendEvidence(ctx: ServiceContext, id: number, res: Response): Promise<void> {
  const row = await ctx.db('evidence_files').where({ id, org_id: ctx.user.orgId }).first('stored_name', 'content_type', 'original_name', 'size');
  if (!row) throw notFound('Evidence');
  const file = path.join(evidenceDir(), path.basename(row.stored_name));
  if (!fs.existsSync(file)) throw notFound('Evidence');
  const pdf = row.content_type === 'application/pdf';
  const name = encodeURIComponent(row.original_name ?? `evidence-${id}.${ALLOWED.get(row.content_type)}`);
  res.set({
    'Content-Type': row.content_type,
    'Content-Length': String(row.size),
    'Content-Disposition': `${pdf ? 'attachment' : 'inline'}; filename*=UTF-8''${name}`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, max-age=3600',
  });
  await new Promise<void>((resolve, reject) => fs.createReadStream(file).on('error', reject).pipe(res).on('finish', resolve).on('error', reject));
}
