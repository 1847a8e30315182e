import { Router } from 'express';
import type { Db } from '../../db/knex';
import { crudRoutes } from '../crud/routes';
import { ordersService } from './orders.service';

/** simple-rest orders with their lines; sales and admins write, everyone else reads. */
export function ordersRoutes(db: Db): Router {
  return crudRoutes(db, ordersService);
}
