import { fetchJson } from '../sales/api';
import type { PromotionResults } from './types';

/** `GET /api/promotions/:id/results` (every role may read it). */
export const fetchPromotionResults = (id: number | string) =>
  fetchJson<PromotionResults>(`/api/promotions/${encodeURIComponent(String(id))}/results`);
