import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { contentRange, parseListQuery } from '../../http/simple-rest';
import { listMatrix, matrixList } from './matrix.service';
import { listParity, parityList } from './parity.service';

export function matrixRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess('price-matrix', 'list'), async (req, res) => {
    const query = parseListQuery(req.query as Record<string, unknown>, matrixList);
    const { records, total } = await listMatrix(contextOf(req, db), query);
    res.set('Content-Range', contentRange('price-matrix', query.range.start, records.length, total));
    res.json(records);
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
