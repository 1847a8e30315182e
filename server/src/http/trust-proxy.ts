/**
 * Express `trust proxy` from the TRUST_PROXY environment variable. Unset (the default): no proxy
 * is trusted and the client IP is the socket's, so nobody can pick their own IP with
 * X-Forwarded-For. `1` (or another number): trust that many proxy hops; `loopback`,
 * `10.0.0.0/8, 127.0.0.1` and similar: trust proxies at those addresses; `true`: trust every hop.
 */
export type TrustProxy = boolean | number | string[];

export function trustProxySetting(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (!text || /^(false|no|off|0)$/i.test(text)) return false;
  if (/^(true|yes|on)$/i.test(text)) return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text.split(',').map((part) => part.trim()).filter(Boolean);
}
