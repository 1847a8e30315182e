import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { apiError } from '../../http/errors';
import { listHandler } from '../../http/list-handler';
import { requireFile, withUpload } from '../../http/upload';
import { parseId } from '../crud/routes';
import {
  commitPriceImport, getPriceImport, listPriceImports, previewPriceImport, priceImportList, uploadPriceSheet,
} from './price-import.service';
import { writeImportErrors, writePriceTemplate, xlsxHeaders } from './price-import-sheets';

const RESOURCE = 'price-imports';

/** Price imports: read by every role that reads prices, uploaded and committed by sales and admins. The role check comes first. */
export function priceImportRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess(RESOURCE, 'list'), listHandler(db, RESOURCE, priceImportList, listPriceImports));
  router.post('/', requireAccess(RESOURCE, 'create'), withUpload(async (req, res, upload) => {
    res.status(201).json(await uploadPriceSheet(contextOf(req, db), requireFile(upload)));
  }));
  router.get('/template.xlsx', requireAccess(RESOURCE, 'list'), async (req, res) => {
    const layout = req.query.layout === 'long' ? 'long' : 'wide';
    res.set(xlsxHeaders(`price-import-${layout}.xlsx`));
    await writePriceTemplate(contextOf(req, db), layout, res);
  });
  router.get('/:id/errors.xlsx', requireAccess(RESOURCE, 'show'), async (req, res) => {
    const id = parseId(req.params.id);
    const ctx = contextOf(req, db);
    await getPriceImport(ctx, id); // 404 before any header is sent
    res.set(xlsxHeaders(`price-import-${id}-errors.xlsx`));
    await writeImportErrors(ctx, id, res);
  });
  router.get('/:id', requireAccess(RESOURCE, 'show'), async (req, res) => {
    res.json(await getPriceImport(contextOf(req, db), parseId(req.params.id)));
  });
  router.post('/:id/preview', requireAccess(RESOURCE, 'create'), async (req, res) => {
    res.json(await previewPriceImport(contextOf(req, db), parseId(req.params.id), req.body));
  });
  router.post('/:id/commit', requireAccess(RESOURCE, 'create'), async (req, res) => {
    res.json(await commitPriceImport(contextOf(req, db), parseId(req.params.id), req.body));
  });
  router.all(['/', '/:id', '/:id/{*rest}'], requireAccess(RESOURCE, 'edit'), () => {
    throw apiError(405, 'read_only', { resource: RESOURCE });
  });
  return router;
}
