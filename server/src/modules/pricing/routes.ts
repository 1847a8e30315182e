import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { parseListQuery } from '../../http/simple-rest';
import { listHandler } from '../../http/list-handler';
import { listMatrix, matrixList } from './matrix.service';
import { exportMatrixXlsx } from './matrix-export';
import { listParity, parityList } from './parity.service';
import { belowControlList, listBelowControl } from './below-control.service';

export function matrixRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess('price-matrix', 'list'), listHandler(db, 'price-matrix', matrixList, listMatrix));
  router.get('/export.xlsx', requireAccess('price-matrix', 'list'), async (req, res) => {
    const query = parseListQuery(req.query as Record<string, unknown>, matrixList);
    const view = req.query.view === 'unit' ? 'unit' : 'box';
    const stamp = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="price-matrix-${stamp}.xlsx"`);
    await exportMatrixXlsx(contextOf(req, db), query, view, res);
  });
  return router;
}

export function parityRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess('parity', 'list'), listHandler(db, 'parity', parityList, listParity));
  return router;
}

export function belowControlRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess('parity', 'list'), listHandler(db, 'below-control', belowControlList, listBelowControl));
  return router;
}
