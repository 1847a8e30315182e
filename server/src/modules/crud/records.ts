import { fenToYuan, yuanToFen } from '../../../../shared/money';
import type { ResourceDef } from './resource';
import { sortKeyColumns } from '../search/sort-keys';

type Row = Record<string, unknown>;

/** Database row → API record: yuan for money, real booleans and numbers, no tenant or hidden columns. */
export function toRecord(def: ResourceDef, row: Row): Row {
  const record: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'org_id' || def.hidden?.includes(key) || sortKeyColumns(def.table).includes(key)) continue;
    const type = def.list.fields[key]?.type;
    if (value == null) record[key] = null;
    else if (type === 'money') record[key] = fenToYuan(Number(value));
    else if (type === 'boolean') record[key] = Boolean(value);
    else if (type === 'number' || type === 'integer') record[key] = Number(value);
    else record[key] = value;
  }
  return record;
}

/** Validated API input → column values: money in fen. */
export function toColumns(def: ResourceDef, data: Row): Row {
  const columns: Row = {};
  for (const [key, value] of Object.entries(data)) {
    columns[key] = def.list.fields[key]?.type === 'money' && typeof value === 'number' ? yuanToFen(value) : value;
  }
  return columns;
}
