import { Router } from 'express';
import multer from 'multer';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { HttpError } from '../../http/errors';
import { parseId } from '../crud/routes';
import { commitPriceImport, getPriceImport, previewPriceImport, uploadPriceSheet } from './price-import.service';

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function priceImportRoutes(db: Db): Router {
  const router = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  const receiveFile = upload.single('file');
  router.use(requireAccess('price-imports', 'create'));
  router.post('/', (req, res, next) => {
    receiveFile(req, res, (err: unknown) => {
      if (err instanceof multer.MulterError) {
        return next(new HttpError(err.code === 'LIMIT_FILE_SIZE' ? 413 : 400, err.code === 'LIMIT_FILE_SIZE' ? 'The file is larger than 20 MB' : err.message, { file: err.message }));
      }
      if (err) return next(err);
      uploadPriceSheet(contextOf(req, db), req.file).then((job) => res.status(201).json(job), next);
    });
  });
  router.get('/:id', async (req, res) => {
    res.json(await getPriceImport(contextOf(req, db), parseId(req.params.id)));
  });
  router.post('/:id/preview', async (req, res) => {
    res.json(await previewPriceImport(contextOf(req, db), parseId(req.params.id), req.body));
  });
  router.post('/:id/commit', async (req, res) => {
    res.json(await commitPriceImport(contextOf(req, db), parseId(req.params.id), req.body));
  });
  return router;
}
