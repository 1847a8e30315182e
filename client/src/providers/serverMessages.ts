import { HttpError } from 'react-admin';
import { validationMessages, VALIDATION_KEY_PREFIX } from '../../../shared/validation-messages';
import { renderServerMessage, type MessageParams } from '../../../shared/server-messages';
import { i18nProvider } from './i18nProvider';

/**
 * The server answers in English; these known messages map to i18n keys (whose English text is
 * the server's own), so the UI can show them in the user's language. Unknown text passes through.
 */
const KNOWN: [RegExp, string][] = [
  [/^Email or password is wrong/, 'rx.server.wrong_credentials'],
  [/^This account is deactivated/, 'rx.server.deactivated'],
  [/^Too many failed logins/, 'rx.server.throttled'],
  [/^Someone else changed this record/, 'rx.server.stale_version'],
  [/^A record with this \w+ already exists/, 'rx.server.duplicate'],
  [/^Already exists$/, 'rx.server.already_exists'],
  [/^This product still has SKUs/, 'rx.server.product_has_skus'],
  [/^This record is still referenced/, 'rx.server.referenced'],
  [/^Your role may not do this/, 'rx.server.forbidden'],
  [/^You cannot demote or deactivate yourself/, 'rx.server.self_demote'],
  [/^Ask another admin to change your own role/, 'rx.server.ask_another_admin'],
  [/^You cannot delete yourself/, 'rx.server.self_delete'],
  [/^Invalid input\./, 'rx.server.invalid_input'],
  [/^Product not found$/, 'rx.server.product_not_found'],
  [/not found$/, 'rx.server.not_found'],
  [/^Internal server error/, 'rx.server.internal'],
];

const VALIDATION = new Map<string, string>(
  Object.entries(validationMessages.en).map(([key, text]) => [text, VALIDATION_KEY_PREFIX + key]),
);

export function serverMessageKey(message: string): string {
  if (VALIDATION.has(message)) return VALIDATION.get(message)!;
  return KNOWN.find(([pattern]) => pattern.test(message))?.[1] ?? message;
}

/**
 * Rewrites an API error for react-admin: message and field errors become i18n keys; an error on
 * `version` alone (a stale edit) drops its field errors so react-admin notifies the message.
 */
export function localizeHttpError(error: HttpError): HttpError {
  const body = (error.body ?? {}) as { errors?: Record<string, string>; key?: string; params?: MessageParams };
  const keyed = body.key ? renderServerMessage(i18nProvider.getLocale(), body.key, body.params) : undefined;
  const errors = Object.fromEntries(
    Object.entries(body.errors ?? {})
      .filter(([field]) => field !== 'version' && field !== '_')
      .map(([field, message]) => [field, serverMessageKey(String(message))]),
  );
  const hasFieldErrors = Object.keys(errors).length > 0;
  return new HttpError(keyed ?? serverMessageKey(error.message), error.status, {
    ...body,
    errors: hasFieldErrors ? errors : undefined,
  });
}
