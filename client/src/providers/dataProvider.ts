import { fetchUtils, HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { localizeHttpError } from './serverMessages';

const httpClient = (url: string, options: fetchUtils.Options = {}) =>
  fetchUtils.fetchJson(url, { ...options, credentials: 'include' }).catch((error: unknown) => {
    throw error instanceof HttpError ? localizeHttpError(error) : error;
  });

/** ra-data-simple-rest against /api with the session cookie; errors carry i18n keys. */
export const dataProvider = simpleRestProvider('/api', httpClient);
