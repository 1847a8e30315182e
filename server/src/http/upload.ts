import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request, RequestHandler, Response } from 'express';
import { apiError, type HttpError } from './errors';

/**
 * The one way to receive a multipart upload. The file streams to a temporary file (never into
 * memory) and every limit trips while the bytes arrive: file size (413), number of files, fields
 * and parts, field size. Malformed bodies (no boundary, unterminated, control characters in the
 * file name) are a 400 with our own message, never a library's.
 */
export interface UploadLimits {
  /** The form field that carries the file. */
  fileField: string;
  fileSize: number;
  fields: number;
  fieldSize: number;
  parts: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  fileField: 'file',
  fileSize: 20 * 1024 * 1024,
  fields: 10,
  fieldSize: 10 * 1024,
  parts: 12,
};

export interface ReceivedFile {
  /** Temporary file holding the bytes; removed when the handler finishes. */
  path: string;
  /** The client's file name without directories. */
  fileName: string;
  size: number;
  mimeType: string;
}

export interface Upload {
  file?: ReceivedFile;
  fields: Record<string, string>;
}

const MAX_FILE_NAME = 200;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function fileError(status: number, key: Parameters<typeof apiError>[1], params: Record<string, string | number> = {}): HttpError {
  return apiError(status, key, params, { file: apiError(status, key, params).message });
}

/** The client's file name, or a 400 when it is empty, too long or holds control characters. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop()!.trim();
  if (!base || base.length > MAX_FILE_NAME || CONTROL.test(base)) throw fileError(400, 'upload_bad_file_name');
  return base;
}

/** Receives one multipart request into a temporary file and plain fields. */
export function receiveUpload(req: Request, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): Promise<Upload> {
  return new Promise<Upload>((resolve, reject) => {
    const type = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data\b/i.test(type)) return reject(fileError(400, 'upload_not_multipart'));
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: limits.fileSize, files: 1, fields: limits.fields, fieldSize: limits.fieldSize, parts: limits.parts, fieldNameSize: 100, headerPairs: 20 },
      });
    } catch {
      return reject(fileError(400, 'upload_not_multipart'));
    }

    const fields: Record<string, string> = Object.create(null);
    let file: ReceivedFile | undefined;
    let writing: Promise<void> | undefined;
    let incoming: NodeJS.ReadableStream & { destroy(): void } | undefined;
    let settled = false;

    const fail = (error: HttpError) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      parser.removeAllListeners();
      parser.on('error', () => undefined);
      req.resume(); // discard the rest of the body so the answer can go out
      incoming?.destroy();
      const done = () => reject(error);
      if (file) fs.rm(file.path, { force: true }, done);
      else done();
    };

    parser.on('file', (name, stream, info) => {
      if (settled) return stream.resume();
      if (name !== limits.fileField || file) {
        stream.resume();
        return fail(file ? fileError(400, 'upload_too_many_files') : fileError(400, 'upload_unexpected_file', { field: limits.fileField }));
      }
      let fileName: string;
      try {
        fileName = cleanFileName(info.filename);
      } catch (err) {
        stream.resume();
        return fail(err as HttpError);
      }
      const target = path.join(os.tmpdir(), `rxc-upload-${randomUUID()}`);
      const received: ReceivedFile = { path: target, fileName, size: 0, mimeType: info.mimeType };
      file = received;
      incoming = stream;
      stream.on('data', (chunk: Buffer) => {
        received.size += chunk.length;
      });
      stream.on('limit', () => fail(fileError(413, 'upload_file_too_large', { max: Math.round(limits.fileSize / 1024 / 1024) })));
      writing = pipeline(stream, fs.createWriteStream(target, { flags: 'wx' })).catch(() => {
        fail(fileError(400, 'upload_incomplete'));
      });
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) return fail(fileError(413, 'upload_field_too_large', { max: Math.round(limits.fieldSize / 1024) }));
      if (!Object.hasOwn(fields, name)) fields[name] = value;
    });
    parser.on('filesLimit', () => fail(fileError(400, 'upload_too_many_files')));
    parser.on('fieldsLimit', () => fail(fileError(400, 'upload_too_many_fields', { max: limits.fields })));
    parser.on('partsLimit', () => fail(fileError(400, 'upload_too_many_parts', { max: limits.parts })));
    parser.on('error', (err: Error) => fail(fileError(400, /unexpected end/i.test(err.message) ? 'upload_incomplete' : 'upload_malformed')));
    parser.on('close', () => {
      void (writing ?? Promise.resolve()).then(() => {
        if (settled) return;
        settled = true;
        resolve({ file, fields });
      });
    });
    req.on('aborted', () => fail(fileError(400, 'upload_incomplete')));
    req.on('error', () => fail(fileError(400, 'upload_incomplete')));
    req.pipe(parser);
  });
}

/** Wraps a handler that needs an upload: receives it, runs the handler, always removes the temporary file. */
export function withUpload(
  handler: (req: Request, res: Response, upload: Upload) => Promise<void>,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): RequestHandler {
  return async (req, res) => {
    const upload = await receiveUpload(req, limits);
    try {
      await handler(req, res, upload);
    } finally {
      if (upload.file) await fs.promises.rm(upload.file.path, { force: true });
    }
  };
}

/** The uploaded file, or a 400 when the form carried none. */
export function requireFile(upload: Upload): ReceivedFile {
  if (!upload.file || upload.file.size === 0) throw fileError(400, 'upload_file_required');
  return upload.file;
}
