import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { contentRange, parseListQuery } from '../../http/simple-rest';
import { listMatrix, matrixList } from './matrix.service';
import { exportMatrixXlsx } from './matrix-export';
import { listParity, parityList } from './parity.service';

export function matrixRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess('price-matrix', 'list'), async (req, res) => {
    const query = parseListQuery(req.query as Record<string, unknown>, matrixList);
    const { records, total } = await listMatrix(contextOf(req, db), query);
    res.set('Content-Range', contentRange('price-matrix', query.range.start, records.length, total));
    res.json(records);
  });
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
  router.get('/', requireAccess('parity', 'list'), async (req, res) => {
    const query = parseListQuery(req.query as Record<string, unknown>, parityList);
    const { records, total } = await listParity(contextOf(req, db), query);
    res.set('Content-Range', contentRange('parity', query.range.start, records.length, total));
    res.json(records);
  });
  return router;
}
