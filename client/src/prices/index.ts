import { lazy } from 'react';

export { pricingMessages } from './i18n';
export { PRICE_MATRIX_PATH, PriceMatrixMenuItem } from './PriceMatrixMenuItem';

/** The price matrix page, loaded on first visit (AG Grid and recharts stay out of the first bundle). */
export const PriceMatrixPage = lazy(() => import('./PriceMatrixPage'));
