import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { parseSalesReportQuery, salesReport } from './sales-report';
import { exportSalesXlsx } from './sales-export';
import { planAttainment } from './plan-attainment';
import { listPriceRealization, priceRealizationList } from './price-realization';
import { listHandler } from '../../http/list-handler';

/** Reports: read by every role, computed from the rollups. */
export function reportRoutes(db: Db): Router {
  const router = Router();
  router.get('/sales', requireAccess('reports', 'list'), async (req, res) => {
    res.json(await salesReport(contextOf(req, db), req.query as Record<string, unknown>));
  });
  router.get('/sales.xlsx', requireAccess('reports', 'list'), async (req, res) => {
    const ctx = contextOf(req, db);
    parseSalesReportQuery(req.query as Record<string, unknown>); // a bad query is a 400 before any header is sent
    res.set({ 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': 'attachment; filename="sales-report.xlsx"' });
    await exportSalesXlsx(ctx, req.query as Record<string, unknown>, res);
  });
  router.get('/price-realization', requireAccess('reports', 'list'), listHandler(db, 'price-realization', priceRealizationList, listPriceRealization));
  router.get('/plan-attainment', requireAccess('reports', 'list'), async (req, res) => {
    res.json(await planAttainment(contextOf(req, db), req.query as Record<string, unknown>));
  });
  return router;
}
