import { fetchUtils, HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { localizeHttpError } from './serverMessages';

/**
 * ra-data-simple-rest repeats a list's page in a `Range` header, which the server ignores (it reads
 * the `range` parameter); a browser sending `Range` asks for the answer uncompressed
 * (`Accept-Encoding: identity`), so the header is dropped.
 */
function withoutRange(headers: fetchUtils.Options['headers']): Headers | undefined {
  if (!headers) return undefined;
  const copy = new Headers(headers);
  copy.delete('Range');
  return copy;
}

const httpClient = (url: string, options: fetchUtils.Options = {}) =>
  fetchUtils.fetchJson(url, { ...options, headers: withoutRange(options.headers), credentials: 'include' }).catch((error: unknown) => {
    throw error instanceof HttpError ? localizeHttpError(error) : error;
  });

/** ra-data-simple-rest against /api with the session cookie; errors carry i18n keys. */
export const dataProvider = simpleRestProvider('/api', httpClient);
