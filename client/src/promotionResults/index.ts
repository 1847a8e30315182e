import { lazy } from 'react';

export { PROMOTION_RESULTS_PATH, promotionResultsPath } from './resultsPath';
export { PromotionResultsButton } from './PromotionResultsButton';

/** The results of one promotion, loaded on first visit (the chart is not part of the app shell). */
export const PromotionResultsPage = lazy(() => import('./PromotionResultsPage'));
