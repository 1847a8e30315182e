import express from 'express';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import { logger } from './logger';
import { machineApi } from './http/machine-api';
import { noStore, requireJsonBodies, sameOriginWrites, securityHeaders } from './http/security';
import { readerOf, type Db } from './db/knex';
import { authenticate } from './http/auth';
import { errorMiddleware, notFound } from './http/errors';
import { apiCompression } from './http/api-compression';
import { mountStaticClient } from './http/static-client';
import { authRoutes } from './modules/auth/routes';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './modules/auth/login-limits';
import { trustProxySetting, type TrustProxy } from './http/trust-proxy';
import { crudRoutes } from './modules/crud/routes';
import { productsService } from './modules/products/resource';
import { skusRoutes } from './modules/skus/routes';
import { usersService } from './modules/users/resource';
import { auditService } from './modules/audit/resource';
import { pricePoliciesRoutes } from './modules/pricing/policies.routes';
import { channelPricesRoutes } from './modules/pricing/channel-prices.routes';
import { belowControlRoutes, matrixRoutes, parityRoutes } from './modules/pricing/routes';
import { settingsRoutes } from './modules/settings/routes';
import { priceImportRoutes } from './modules/imports/routes';
import { ordersRoutes } from './modules/orders/routes';
import { promotionsRoutes } from './modules/promotions/routes';
import { engineRoutes } from './modules/engine/routes';
import { promotionGroupsService } from './modules/engine/promotion-groups.service';
import { forgetCompanyStateAfterWrites } from './http/forget-after-writes';
import { ingestRoutes } from './modules/ingest/routes';
import { salesImportRoutes } from './modules/sales-imports/routes';
import { channelRoutes } from './modules/channels/routes';
import { reportRoutes } from './modules/reports/routes';
import { salesPlanRoutes } from './modules/plans/routes';
import { notificationsRoutes } from './modules/notifications/routes';
import { complianceRoutes, evidenceRoutes, ingestObservationRoute, observationRoutes, sellerRoutes, violationRoutes } from './modules/compliance/routes';

export interface AppOptions {
  db: Db;
  /** Built client to serve at `/`, when present. */
  clientDir?: string;
  /** Origins allowed to call the API from another host (CORS), e.g. a script's dashboard. */
  corsOrigins?: string[];
  secureCookies?: boolean;
  /** Failed logins per account before 429 (default 5); see `loginLimits` for the rest. */
  loginAttempts?: number;
  loginLimits?: Partial<LoginLimits>;
  /** Overrides the TRUST_PROXY environment variable (default: no proxy trusted). */
  trustProxy?: TrustProxy;
}

/** Endpoints that take multipart file uploads instead of JSON. */
const UPLOAD_PATHS = [/^\/price-imports\/?$/, /^\/sales-imports\/?$/, /^\/observation-imports\/?$/, /^\/evidence\/?$/];

/** The server's request handler: the machine APIs in front, the console's Express app behind; `listen` serves both. */
export type App = ((req: IncomingMessage, res: ServerResponse) => void) & { listen: Server['listen'] };

/** Builds the app without listening, so tests drive it directly. */
export function createApp({ db, clientDir, corsOrigins = [], secureCookies = false, loginAttempts, loginLimits, trustProxy }: AppOptions): App {
  // The promotion engine serves shops' servers thousands of quotes a second, on its own lean front.
  const engine = machineApi('/api/engine', engineRoutes(db), logger);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy ?? trustProxySetting(process.env.TRUST_PROXY));
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customProps: (req) => ({ tenant: req.auth?.orgId, user: req.auth?.userId }),
      // Method, path and status only: no query strings (search terms), headers or cookies in the logs.
      serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }), res: (res) => ({ statusCode: res.statusCode }) },
    }),
  );
  app.use(securityHeaders());
  app.use('/api', noStore);
  app.use(
    '/api',
    cors({
      origin: corsOrigins.length ? corsOrigins : false,
      credentials: true,
      exposedHeaders: ['Content-Range'],
      allowedHeaders: ['Content-Type', 'Range', 'Authorization', 'Idempotency-Key', 'X-Api-Key'],
    }),
  );
  app.use('/api', sameOriginWrites(corsOrigins), requireJsonBodies(UPLOAD_PATHS));
  app.use('/api', apiCompression());
  const json = express.json({ limit: '1mb' });
  // Ingest batches (up to 5,000 orders) parse their own larger body; everything else stays at 1 MB.
  app.use('/api', (req, res, next) => (req.path.startsWith('/ingest/') ? next() : json(req, res, next)), cookieParser());
  app.use('/api/ingest', ingestRoutes(db), ingestObservationRoute(db));
  app.use('/api/auth', authRoutes(db, {
    secureCookies,
    limits: { ...DEFAULT_LOGIN_LIMITS, ...(loginAttempts ? { accountFailures: loginAttempts } : {}), ...loginLimits },
  }));
  app.get('/api/health', async (_req, res) => {
    await readerOf(db).raw('select 1');
    res.json({ ok: true });
  });

  const api = express.Router();
  api.use(authenticate(db), forgetCompanyStateAfterWrites(db));
  api.use('/products', crudRoutes(db, productsService));
  api.use('/skus', skusRoutes(db));
  api.use('/channels', channelRoutes(db));
  api.use('/users', crudRoutes(db, usersService));
  api.use('/audit-logs', crudRoutes(db, auditService));
  api.use('/settings', settingsRoutes(db));
  api.use('/price-policies', pricePoliciesRoutes(db));
  api.use('/channel-prices', channelPricesRoutes(db));
  api.use('/price-matrix', matrixRoutes(db));
  api.use('/pricing/parity', parityRoutes(db));
  api.use('/pricing/below-control', belowControlRoutes(db));
  api.use('/price-imports', priceImportRoutes(db));
  api.use('/notifications', notificationsRoutes(db));
  api.use('/orders', ordersRoutes(db));
  api.use('/promotions', promotionsRoutes(db));
  api.use('/promotion-groups', crudRoutes(db, promotionGroupsService));
  api.use('/reports', reportRoutes(db));
  api.use('/sales-plans', salesPlanRoutes(db));
  api.use('/sales-imports', salesImportRoutes(db));
  api.use('/price-observations', observationRoutes(db));
  api.use('/observation-imports', salesImportRoutes(db, { resource: 'price-observations', kinds: ['observations'] }));
  api.use('/evidence', evidenceRoutes(db));
  api.use('/sellers', sellerRoutes(db));
  api.use('/violations', violationRoutes(db));
  api.use('/compliance', complianceRoutes(db));
  api.use(() => {
    throw notFound('API endpoint');
  });
  app.use('/api', api);

  if (clientDir) mountStaticClient(app, clientDir);
  app.use(errorMiddleware);
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (!engine(req, res)) app(req, res);
  };
  const listen = ((...args: Parameters<Server['listen']>) => createServer(handle).listen(...args)) as Server['listen'];
  return Object.assign(handle, { listen });
}
