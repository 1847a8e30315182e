import type { Role } from './enums';

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete';
type Access = 'read' | 'write';

/** The role table from DESIGN.md; the server enforces it and the client hides what it refuses. */
const ACCESS: Record<string, Partial<Record<Role, Access>>> = {
  products: { admin: 'write', sales: 'write', manager: 'read', promotion: 'read' },
  skus: { admin: 'write', sales: 'write', manager: 'read', promotion: 'read' },
  channels: { admin: 'write', sales: 'read', manager: 'read', promotion: 'read' },
  users: { admin: 'write' },
  'price-policies': { admin: 'write', sales: 'write', manager: 'read', promotion: 'read' },
  'channel-prices': { admin: 'write', sales: 'write', manager: 'read', promotion: 'read' },
  'price-imports': { admin: 'write', sales: 'write', manager: 'read', promotion: 'read' },
  'price-matrix': { admin: 'read', sales: 'read', manager: 'read', promotion: 'read' },
  parity: { admin: 'read', sales: 'read', manager: 'read', promotion: 'read' },
  settings: { admin: 'write', sales: 'read', manager: 'read', promotion: 'read' },
  'audit-logs': { admin: 'read', manager: 'read' },
  orders: { admin: 'write', sales: 'write', manager: 'read', promotion: 'read' },
  reports: { admin: 'read', sales: 'read', manager: 'read', promotion: 'read' },
  'sales-plans': { admin: 'write', sales: 'write', manager: 'read', promotion: 'read' },
  'sales-imports': { admin: 'write', sales: 'write', manager: 'read', promotion: 'read' },
  /** A channel's ingest key: admins only. */
  'channel-api-keys': { admin: 'write' },
  /** Promotion staff plan campaigns; managers approve them (canApprovePrices) and read, as sales do. */
  promotions: { admin: 'write', promotion: 'write', manager: 'read', sales: 'read' },
  /** Everyone reads (and marks read) their own notifications only; nobody writes them over HTTP. */
  notifications: { admin: 'read', sales: 'read', manager: 'read', promotion: 'read' },
  /** Compliance: managers and admins act on violations and sellers; sales and promotion staff read. */
  violations: { admin: 'write', manager: 'write', sales: 'read', promotion: 'read' },
  sellers: { admin: 'write', manager: 'write', sales: 'read', promotion: 'read' },
  /** Market observations may be entered by sales, managers and admins. */
  'price-observations': { admin: 'write', manager: 'write', sales: 'write', promotion: 'read' },
};

/** API paths read under another resource's rights: the compliance reports are the parity right. */
const SAME_RIGHTS_AS: Record<string, string> = {
  'pricing/parity': 'parity', 'pricing/below-control': 'parity', 'reports/price-realization': 'reports', 'promotion-groups': 'promotions',
  'compliance': 'violations', evidence: 'price-observations',
};

export function canAccess(role: Role | undefined, resource: string, action: Action): boolean {
  if (!role) return false;
  const access = ACCESS[Object.hasOwn(SAME_RIGHTS_AS, resource) ? SAME_RIGHTS_AS[resource] : resource]?.[role];
  if (!access) return false;
  return access === 'write' || action === 'list' || action === 'show';
}

export function canWrite(role: Role | undefined, resource: string): boolean {
  return canAccess(role, resource, 'create');
}

/** Managers and admins decide on price requests (never their own). */
export function canApprovePrices(role: Role | undefined): boolean {
  return role === 'manager' || role === 'admin';
}
