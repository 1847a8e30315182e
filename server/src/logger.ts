import pino from 'pino';

/**
 * Structured logs for the whole server; silent under tests unless LOG_LEVEL asks otherwise. Writes
 * are buffered (not one synchronous write per request); `flushLogs` runs at shutdown.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    redact: ['req.headers.cookie', 'req.headers["x-api-key"]', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  },
  pino.destination({ dest: 1, sync: false, minLength: 4096 }),
);

export function flushLogs(): void {
  try {
    logger.flush();
  } catch {
    // nothing buffered, or stdout already closed
  }
}
