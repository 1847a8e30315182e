import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { apiError } from '../../http/errors';
import { listHandler } from '../../http/list-handler';
import { DEFAULT_UPLOAD_LIMITS, requireFile, withUpload } from '../../http/upload';
import { parseId } from '../crud/routes';
import { xlsxHeaders } from '../imports/price-import-sheets';
import {
  commitSalesImport, getSalesImport, listSalesImports, previewSalesImport, SALES_UPLOAD_MAX_BYTES, salesImportList, uploadSalesFile,
} from './sales-import.service';
import { exportLabel } from '../../../../shared/export-labels';
import { writeRowErrorsSheet } from '../imports/row-errors-sheet';

const RESOURCE = 'sales-imports';

/** Sales file imports: read by every role that reads orders; uploaded and run by sales and admins. */
export function salesImportRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess(RESOURCE, 'list'), listHandler(db, RESOURCE, salesImportList, listSalesImports));
  router.post('/', requireAccess(RESOURCE, 'create'), withUpload(async (req, res, upload) => {
    res.status(201).json(await uploadSalesFile(contextOf(req, db), requireFile(upload), upload.fields));
  }, { ...DEFAULT_UPLOAD_LIMITS, fileSize: SALES_UPLOAD_MAX_BYTES }));
  router.get('/:id/errors.xlsx', requireAccess(RESOURCE, 'show'), async (req, res) => {
    const id = parseId(req.params.id);
    const ctx = contextOf(req, db);
    const job = await getSalesImport(ctx, id); // 404 before any header is sent
    res.set(xlsxHeaders(`sales-import-${id}-errors.xlsx`));
    await writeRowErrorsSheet(ctx.user.locale, job.row_errors, (field) => exportLabel(ctx.user.locale, `sales_field.${field}`), res);
  });
  router.get('/:id', requireAccess(RESOURCE, 'show'), async (req, res) => {
    res.json(await getSalesImport(contextOf(req, db), parseId(req.params.id)));
  });
  router.post('/:id/preview', requireAccess(RESOURCE, 'create'), async (req, res) => {
    res.json(await previewSalesImport(contextOf(req, db), parseId(req.params.id), req.body));
  });
  router.post('/:id/commit', requireAccess(RESOURCE, 'create'), async (req, res) => {
    res.status(202).json(await commitSalesImport(contextOf(req, db), parseId(req.params.id), req.body));
  });
  router.all(['/', '/:id', '/:id/{*rest}'], requireAccess(RESOURCE, 'edit'), () => {
    throw apiError(405, 'read_only', { resource: RESOURCE });
  });
  return router;
}
