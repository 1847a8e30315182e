import type { RequestHandler } from 'express';
import type { Db } from '../db/knex';
import { forgetRuleInputs } from '../modules/compliance/rule-input-cache';
import { forgetSkuLookup } from '../modules/compliance/sku-resolver';
import { forgetEngineState } from '../modules/engine/engine-cache';

/** What a company's committed change must make this process forget: the engine's snapshots, the compliance rules' inputs and SKU lookup. */
export function forgetCompanyState(db: Db, orgId: number): void {
  forgetEngineState(db, orgId);
  forgetRuleInputs(db, orgId);
  forgetSkuLookup(db, orgId);
}

/**
 * Console writes (promotions approved, edited or cancelled, prices decided, policies, channels,
 * settings) change what the engine answers and what the compliance rules judge by: the company's
 * kept state is forgotten once each has been answered, or once its connection closed early (the
 * write may have committed all the same).
 */
export function forgetCompanyStateAfterWrites(db: Db): RequestHandler {
  return (req, res, next) => {
    const orgId = req.auth?.orgId;
    if (orgId !== undefined && req.method !== 'GET' && req.method !== 'HEAD') {
      const forget = () => forgetCompanyState(db, orgId);
      res.once('finish', forget);
      res.once('close', forget);
    }
    next();
  };
}
