/** The results page's route (inside the authenticated layout) and a link to one promotion's. */
export const PROMOTION_RESULTS_PATH = '/promotions/:id/results';

export const promotionResultsPath = (id: number | string) => `/promotions/${encodeURIComponent(String(id))}/results`;
