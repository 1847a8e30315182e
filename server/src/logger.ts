import pino from 'pino';

/** Structured logs for the whole server; silent under tests unless LOG_LEVEL asks otherwise. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  redact: ['req.headers.cookie', 'req.headers["x-api-key"]', 'req.headers.authorization', 'res.headers["set-cookie"]'],
});
