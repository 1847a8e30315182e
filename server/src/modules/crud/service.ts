import type { Knex } from 'knex';
import { z } from 'zod';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { nowIso, type ServiceContext } from '../../http/context';
import { applyFilters, applySortAndRange, type ListQuery } from '../../http/simple-rest';
import { Version } from '../../../../shared/fields';
import { writeAudit } from '../audit/audit';
import { toColumns, toRecord } from './records';
import type { ResourceDef } from './resource';
import { withSortKeys } from '../search/sort-keys';

type Row = Record<string, unknown>;

/** Generic tenant-scoped CRUD with validation, optimistic locking and audit, shared by simple resources. */
export function createCrudService(def: ResourceDef) {
  const scoped = (ctx: ServiceContext, db: Knex = ctx.db) => db(def.table).where(`${def.table}.org_id`, ctx.user.orgId);

  async function findRow(ctx: ServiceContext, id: number, db: Knex = ctx.db): Promise<Row> {
    const row = await scoped(ctx, db).andWhere(`${def.table}.id`, id).first();
    if (!row) throw notFound();
    return row;
  }

  async function checkReferences(ctx: ServiceContext, data: Row): Promise<void> {
    for (const [field, ref] of Object.entries(def.references ?? {})) {
      if (data[field] == null) continue;
      const found = await ctx.db(ref.table).where({ id: data[field], org_id: ctx.user.orgId }).first('id');
      if (!found) throw apiError(400, 'reference_missing', { what: ref.label }, { [field]: englishMessage(msg(ref.missing)) });
    }
  }

  async function inTransaction<T>(ctx: ServiceContext, work: (trx: ServiceContext) => Promise<T>): Promise<T> {
    return ctx.db.transaction((trx) => work({ ...ctx, db: trx }));
  }

  return {
    def,

    async list(ctx: ServiceContext, query: ListQuery): Promise<{ records: Row[]; total: number }> {
      const base = applyFilters(scoped(ctx), query, def.list, def.table);
      // Count and page together: on PostgreSQL (and SQLite's read pool) they run side by side, one round trip less.
      const [[{ total }], rows] = await Promise.all([
        base.clone().count({ total: '*' }),
        applySortAndRange(base.clone().select(`${def.table}.*`), query, def.list, def.table),
      ]);
      return { records: rows.map((r: Row) => toRecord(def, r)), total: Number(total) };
    },

    async getOne(ctx: ServiceContext, id: number): Promise<Row> {
      return toRecord(def, await findRow(ctx, id));
    },

    async create(ctx: ServiceContext, input: unknown): Promise<Row> {
      const data = parseOr400(def.createSchema, input) as Row;
      await checkReferences(ctx, data);
      return inTransaction(ctx, async (trx) => {
        const columns = withSortKeys(def.table, toColumns(def, def.prepare ? await def.prepare(trx, data) : data));
        const now = nowIso();
        const [inserted] = await trx.db(def.table)
          .insert({ ...columns, org_id: ctx.user.orgId, version: 1, created_at: now, updated_at: now })
          .returning('id');
        const row = await findRow(trx, typeof inserted === 'object' ? inserted.id : inserted);
        const after = toRecord(def, row);
        await writeAudit(trx, 'create', def.resource, row.id as number, null, after);
        await def.afterWrite?.(trx, null, row);
        return after;
      });
    },

    async update(ctx: ServiceContext, id: number, input: unknown): Promise<Row> {
      await findRow(ctx, id); // another tenant's or a missing id is a 404 before any validation
      const version = parseOr400(z.object({ version: Version }), input).version;
      const data = parseOr400(def.updateSchema ?? def.createSchema, input) as Row;
      await checkReferences(ctx, data);
      return inTransaction(ctx, async (trx) => {
        const existing = await findRow(trx, id);
        const stale = () => apiError(409, 'stale_version', {}, { version: englishMessage(msg('stale_version')) });
        if (Number(existing.version) !== version) throw stale();
        const columns = withSortKeys(def.table, toColumns(def, def.prepare ? await def.prepare(trx, data, existing) : data));
        const changed = await scoped(trx, trx.db)
          .andWhere({ id, version })
          .update({ ...columns, version: version + 1, updated_at: nowIso() });
        if (changed !== 1) throw stale();
        const row = await findRow(trx, id);
        const before = toRecord(def, existing);
        const after = toRecord(def, row);
        await writeAudit(trx, 'update', def.resource, id, before, after);
        await def.afterWrite?.(trx, existing, row);
        return after;
      });
    },

    async remove(ctx: ServiceContext, id: number): Promise<Row> {
      return inTransaction(ctx, async (trx) => {
        const existing = await findRow(trx, id);
        await def.beforeDelete?.(trx, existing);
        await scoped(trx, trx.db).andWhere({ id }).delete();
        const before = toRecord(def, existing);
        await writeAudit(trx, 'delete', def.resource, id, before, null);
        await def.afterWrite?.(trx, existing, null);
        return before;
      });
    },
  };
}

export type CrudService = ReturnType<typeof createCrudService>;
