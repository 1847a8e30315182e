import express, { Router } from 'express';
import { MAX_EVIDENCE_BYTES, setObservationClock } from '../../../../shared/compliance-schemas';
import { clock } from '../../clock';
import { readerOf, writerOf, type Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { apiError } from '../../http/errors';
import { parseListQuery } from '../../http/simple-rest';
import { DEFAULT_UPLOAD_LIMITS, requireFile, withUpload } from '../../http/upload';
import { inTimeZone } from '../../http/request-time-zone';
import { crudRoutes, parseId } from '../crud/routes';
import { xlsxHeaders } from '../imports/price-import-sheets';
import { channelOfKey } from '../ingest/api-keys';
import { INGEST_BODY_LIMIT } from '../ingest/routes';
import { getOrgSettings } from '../settings/service';
import { sendEvidence, storeEvidence } from './evidence';
import { evidencePackage } from './evidence-package';
import { ingestObservations } from './ingest-observations';
import { checkObservationBatchOffThread } from './observation-check-pool';
import { createObservation, getObservation, listObservations, observationsList } from './observations.service';
import { reevaluateAll } from './reevaluation';
import { addContact, createSeller, getSeller, listContacts, listSellers, sellersList, updateSeller } from './sellers.service';
import { complianceSummary } from './summary';
import { actOnViolation, actOnViolations, BULK_ACTIONS, listAssignees, VIOLATION_ACTIONS, type ViolationAction } from './violation-workflow';
import { writeViolationsSheet } from './violations-export';
import { getViolation, listViolations, violationsList } from './violations.service';

// "Not in the future" is judged by the server's clock, which tests move.
setObservationClock(() => clock.nowMs());

/** Market observations: typed in by sales, managers and admins; read by every role. */
export function observationRoutes(db: Db): Router {
  return crudRoutes(db, { def: { resource: 'price-observations', list: observationsList }, list: listObservations, getOne: getObservation, create: createObservation });
}

/** Screenshots and PDFs behind observations: uploaded with an observation, served only inside the tenant. */
export function evidenceRoutes(db: Db): Router {
  const router = Router();
  router.post('/', requireAccess('evidence', 'create'), withUpload(async (req, res, upload) => {
    res.status(201).json(await storeEvidence(contextOf(req, db), requireFile(upload)));
  }, { ...DEFAULT_UPLOAD_LIMITS, fileSize: MAX_EVIDENCE_BYTES }));
  router.get('/:id', requireAccess('evidence', 'show'), async (req, res) => {
    await sendEvidence(contextOf(req, db), parseId(req.params.id), res);
  });
  return router;
}

export function sellerRoutes(db: Db): Router {
  const router = Router();
  router.get('/:id/contacts', requireAccess('sellers', 'show'), async (req, res) => {
    res.json(await listContacts(contextOf(req, db), parseId(req.params.id)));
  });
  router.post('/:id/contacts', requireAccess('sellers', 'edit'), async (req, res) => {
    res.status(201).json(await addContact(contextOf(req, db), parseId(req.params.id), req.body));
  });
  router.get('/:id/evidence-package', requireAccess('sellers', 'show'), async (req, res) => {
    res.json(await evidencePackage(contextOf(req, db), parseId(req.params.id)));
  });
  router.use(crudRoutes(db, { def: { resource: 'sellers', list: sellersList }, list: listSellers, getOne: getSeller, create: createSeller, update: updateSeller }));
  return router;
}

function actionOf(raw: string, allowed: readonly ViolationAction[]): ViolationAction {
  if (!(allowed as readonly string[]).includes(raw)) throw apiError(404, 'not_found', { what: 'Action' });
  return raw as ViolationAction;
}

/** Violations are read by every role; managers and admins act on them. */
export function violationRoutes(db: Db): Router {
  const router = Router();
  router.get('/export', requireAccess('violations', 'list'), async (req, res) => {
    const ctx = contextOf(req, db);
    const query = parseListQuery(req.query as Record<string, unknown>, violationsList);
    res.set(xlsxHeaders('violations.xlsx'));
    await writeViolationsSheet(ctx, query, res);
  });
  router.get('/assignees', requireAccess('violations', 'list'), async (req, res) => {
    res.json(await listAssignees(contextOf(req, db)));
  });
  router.post('/bulk/:action', requireAccess('violations', 'edit'), async (req, res) => {
    res.json(await actOnViolations(contextOf(req, db), actionOf(String(req.params.action), BULK_ACTIONS), req.body));
  });
  router.post('/:id/:action', requireAccess('violations', 'edit'), async (req, res) => {
    const id = parseId(req.params.id);
    res.json(await actOnViolation(contextOf(req, db), id, actionOf(String(req.params.action), VIOLATION_ACTIONS), req.body));
  });
  router.use(crudRoutes(db, { def: { resource: 'violations', list: violationsList }, list: listViolations, getOne: getViolation }));
  return router;
}

export function complianceRoutes(db: Db): Router {
  const router = Router();
  router.get('/summary', requireAccess('compliance', 'show'), async (req, res) => {
    res.json(await complianceSummary(contextOf(req, db), req.query.weeks));
  });
  router.post('/reevaluate', requireAccess('compliance', 'edit'), async (req, res) => {
    const ctx = contextOf(req, db);
    res.json(await reevaluateAll(ctx.db, ctx.user.orgId, { userId: ctx.user.userId, email: ctx.user.email }));
  });
  return router;
}

/**
 * `POST /api/ingest/observations` with a channel key: the channel and tenant come from the key alone.
 * The raw body is parsed and checked in the check thread; everything before the write is read on the
 * read pool: a batch being checked never queues behind another batch's write transaction for SQLite's
 * one writer, nor holds that transaction up.
 */
export function ingestObservationRoute(db: Db): Router {
  const router = Router();
  router.post('/observations', express.raw({ type: 'application/json', limit: INGEST_BODY_LIMIT }), async (req, res) => {
    const reader = readerOf(db);
    const channel = await channelOfKey(reader, req.get('X-Api-Key'));
    const { time_zone } = await getOrgSettings(reader, channel.org_id);
    const bytes: Buffer | undefined = Buffer.isBuffer(req.body) ? req.body : undefined;
    req.body = undefined; // the raw batch need not outlive its check
    const checked = await checkObservationBatchOffThread(bytes, clock.nowMs(), time_zone);
    res.json(await inTimeZone(time_zone, () => ingestObservations(writerOf(db), channel, checked)));
  });
  return router;
}
