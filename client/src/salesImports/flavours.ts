import type { SalesImportKind } from '../../../shared/sales-import';
import { observationImportApi, salesImportApi, type ImportApi } from './api';

/**
 * What one wizard imports: its endpoints, the kinds of file it offers (one kind means no choice)
 * and its title. Sales files and price-watch sheets go through the same steps.
 */
export interface ImportFlavour {
  api: ImportApi;
  kinds: readonly SalesImportKind[];
  /** Translation key of the page title. */
  title: string;
}

/** The kinds of sales file (orders and sell-through), without price-watch sheets. */
export const SALES_KINDS: readonly SalesImportKind[] = ['orders', 'sell_through'];

export const SALES_IMPORT: ImportFlavour = { api: salesImportApi, kinds: SALES_KINDS, title: 'rx.salesData.import' };
export const OBSERVATION_IMPORT: ImportFlavour = { api: observationImportApi, kinds: ['observations'], title: 'rx.salesData.observations.import' };

/** Sales files need a unit price or an amount (either one); a price-watch sheet has its own required price. */
export const needsPriceOrAmount = (kind: SalesImportKind) => kind !== 'observations';

/** The API serving a job of this kind. */
export const apiOfKind = (kind: SalesImportKind): ImportApi => (kind === 'observations' ? observationImportApi : salesImportApi);
