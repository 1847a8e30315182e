import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { apiError, notFound } from '../../http/errors';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { SALES_IMPORT_KINDS, type SalesImportKind } from '../../../../shared/sales-import';
import { listHandler } from '../../http/list-handler';
import { DEFAULT_UPLOAD_LIMITS, requireFile, withUpload } from '../../http/upload';
import { parseId } from '../crud/routes';
import { xlsxHeaders } from '../imports/price-import-sheets';
import {
  commitSalesImport, getSalesImport, listSalesImports, previewSalesImport, SALES_UPLOAD_MAX_BYTES, salesImportList, uploadSalesFile,
} from './sales-import.service';
import { exportLabel } from '../../../../shared/export-labels';
import { writeRowErrorsSheet } from '../imports/row-errors-sheet';

const SALES_KINDS: readonly SalesImportKind[] = ['orders', 'sell_through'];

interface ImportRouteOptions {
  /** The permission (and list) resource: sales files under sales imports, price-watch sheets under observations. */
  resource: string;
  kinds: readonly SalesImportKind[];
}

/**
 * File imports through the one wizard flow: upload, preview, commit, follow, errors as a sheet. Sales
 * files are read by every role that reads orders and run by sales and admins; price-watch sheets
 * follow the observations' rights (sales, managers and admins enter them).
 */
export function salesImportRoutes(db: Db, { resource, kinds }: ImportRouteOptions = { resource: 'sales-imports', kinds: SALES_KINDS }): Router {
  const router = Router();
  /** A job of another kind is not found here (its own route serves it, under its own rights). */
  const jobOf = async (ctx: ReturnType<typeof contextOf>, id: number) => {
    const job = await getSalesImport(ctx, id);
    if (!kinds.includes(job.kind as SalesImportKind)) throw notFound('Import');
    return job;
  };
  router.get('/', requireAccess(resource, 'list'), listHandler(db, resource, salesImportList, (ctx, query) => listSalesImports(ctx, query, kinds)));
  router.post('/', requireAccess(resource, 'create'), withUpload(async (req, res, upload) => {
    const fields = kinds.length === 1 ? { ...upload.fields, kind: kinds[0] } : upload.fields;
    if (!kinds.includes(fields.kind as SalesImportKind) && SALES_IMPORT_KINDS.includes(fields.kind as SalesImportKind)) {
      throw apiError(400, 'invalid_input', { summary: 'kind' }, { kind: englishMessage(msg('invalid_option')) });
    }
    res.status(201).json(await uploadSalesFile(contextOf(req, db), requireFile(upload), fields));
  }, { ...DEFAULT_UPLOAD_LIMITS, fileSize: SALES_UPLOAD_MAX_BYTES }));
  router.get('/:id/errors.xlsx', requireAccess(resource, 'show'), async (req, res) => {
    const id = parseId(req.params.id);
    const ctx = contextOf(req, db);
    const job = await jobOf(ctx, id); // 404 before any header is sent
    res.set(xlsxHeaders(`${kinds.length === 1 ? kinds[0] : 'sales'}-import-${id}-errors.xlsx`));
    await writeRowErrorsSheet(ctx.user.locale, job.row_errors, (field) => exportLabel(ctx.user.locale, `sales_field.${field}`), res);
  });
  router.get('/:id', requireAccess(resource, 'show'), async (req, res) => {
    res.json(await jobOf(contextOf(req, db), parseId(req.params.id)));
  });
  router.post('/:id/preview', requireAccess(resource, 'create'), async (req, res) => {
    const ctx = contextOf(req, db);
    await jobOf(ctx, parseId(req.params.id));
    res.json(await previewSalesImport(ctx, parseId(req.params.id), req.body));
  });
  router.post('/:id/commit', requireAccess(resource, 'create'), async (req, res) => {
    const ctx = contextOf(req, db);
    await jobOf(ctx, parseId(req.params.id));
    res.status(202).json(await commitSalesImport(ctx, parseId(req.params.id), req.body));
  });
  router.all(['/', '/:id', '/:id/{*rest}'], requireAccess(resource, 'edit'), () => {
    throw apiError(405, 'read_only', { resource });
  });
  return router;
}
