import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import { logger } from './logger';
import type { Db } from './db/knex';
import { authenticate } from './http/auth';
import { errorMiddleware, notFound } from './http/errors';
import { authRoutes } from './modules/auth/routes';
import { crudRoutes } from './modules/crud/routes';
import { productsService } from './modules/products/resource';
import { skusService } from './modules/skus/resource';
import { channelsService } from './modules/channels/resource';
import { usersService } from './modules/users/resource';
import { auditService } from './modules/audit/resource';
import { pricePoliciesService } from './modules/pricing/policies';
import { channelPricesRoutes } from './modules/pricing/channel-prices.routes';
import { matrixRoutes, parityRoutes } from './modules/pricing/routes';
import { settingsRoutes } from './modules/settings/routes';
import { priceImportRoutes } from './modules/imports/routes';

export interface AppOptions {
  db: Db;
  /** Built client to serve at `/`, when present. */
  clientDir?: string;
  /** Origins allowed to call the API from another host (CORS), e.g. a script's dashboard. */
  corsOrigins?: string[];
  secureCookies?: boolean;
  loginAttempts?: number;
}

/** Builds the Express app without listening, so tests drive it directly. */
export function createApp({ db, clientDir, corsOrigins = [], secureCookies = false, loginAttempts = 5 }: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customProps: (req) => ({ tenant: req.auth?.orgId, user: req.auth?.userId }),
      serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }) },
    }),
  );
  app.use(
    '/api',
    cors({
      origin: corsOrigins.length ? corsOrigins : false,
      credentials: true,
      exposedHeaders: ['Content-Range'],
      allowedHeaders: ['Content-Type', 'Range', 'Authorization'],
    }),
  );
  app.use('/api', express.json({ limit: '1mb' }), cookieParser());
  app.use('/api/auth', authRoutes(db, { secureCookies, loginAttempts }));
  app.get('/api/health', async (_req, res) => {
    await db.raw('select 1');
    res.json({ ok: true });
  });

  const api = express.Router();
  api.use(authenticate(db));
  api.use('/products', crudRoutes(db, productsService));
  api.use('/skus', crudRoutes(db, skusService));
  api.use('/channels', crudRoutes(db, channelsService));
  api.use('/users', crudRoutes(db, usersService));
  api.use('/audit-logs', crudRoutes(db, auditService));
  api.use('/settings', settingsRoutes(db));
  api.use('/price-policies', crudRoutes(db, pricePoliciesService));
  api.use('/channel-prices', channelPricesRoutes(db));
  api.use('/price-matrix', matrixRoutes(db));
  api.use('/pricing/parity', parityRoutes(db));
  api.use('/price-imports', priceImportRoutes(db));
  api.use(() => {
    throw notFound('API endpoint');
  });
  app.use('/api', api);

  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorMiddleware);
  return app;
}
