import { describe, expect, test } from 'vitest';
import { ROLES, type Role } from './enums';
import { canAccess, canApprovePrices, canWrite, type Action } from './permissions';

type Access = 'write' | 'read' | 'none';

/** DESIGN.md's role table, written out again by hand so a slip in either place shows. */
const TABLE: Record<string, Record<Role, Access>> = {
  products: { admin: 'write', manager: 'read', sales: 'write', promotion: 'read' },
  skus: { admin: 'write', manager: 'read', sales: 'write', promotion: 'read' },
  channels: { admin: 'write', manager: 'read', sales: 'read', promotion: 'read' },
  users: { admin: 'write', manager: 'none', sales: 'none', promotion: 'none' },
  'price-policies': { admin: 'write', manager: 'read', sales: 'write', promotion: 'read' },
  'channel-prices': { admin: 'write', manager: 'read', sales: 'write', promotion: 'read' },
  'price-imports': { admin: 'write', manager: 'read', sales: 'write', promotion: 'read' },
  'price-matrix': { admin: 'read', manager: 'read', sales: 'read', promotion: 'read' },
  parity: { admin: 'read', manager: 'read', sales: 'read', promotion: 'read' },
  settings: { admin: 'write', manager: 'read', sales: 'read', promotion: 'read' },
  'audit-logs': { admin: 'read', manager: 'read', sales: 'none', promotion: 'none' },
  notifications: { admin: 'read', manager: 'read', sales: 'read', promotion: 'read' },
};

const READS: Action[] = ['list', 'show'];
const WRITES: Action[] = ['create', 'edit', 'delete'];

describe('role permissions', () => {
  for (const [resource, roles] of Object.entries(TABLE)) {
    for (const role of ROLES) {
      const access = roles[role];
      test(`should give ${role} ${access} access to ${resource}`, () => {
        for (const action of READS) expect(canAccess(role, resource, action), `${action}`).toBe(access !== 'none');
        for (const action of WRITES) expect(canAccess(role, resource, action), `${action}`).toBe(access === 'write');
        expect(canWrite(role, resource)).toBe(access === 'write');
      });
    }
  }

  test('should refuse everything to an anonymous caller and on an unknown resource', () => {
    for (const action of [...READS, ...WRITES]) {
      expect(canAccess(undefined, 'products', action)).toBe(false);
      expect(canAccess('admin', 'no-such-resource', action)).toBe(false);
      expect(canAccess('admin', 'toString', action)).toBe(false);
      expect(canAccess('admin', '__proto__', action)).toBe(false);
    }
    expect(canWrite(undefined, 'products')).toBe(false);
  });

  test('should let only managers and admins decide on prices', () => {
    expect(ROLES.filter((role) => canApprovePrices(role))).toEqual(['admin', 'manager']);
    expect(canApprovePrices(undefined)).toBe(false);
  });
});

describe('report paths', () => {
  test('should read the compliance reports under the parity right', () => {
    for (const role of ['admin', 'manager', 'sales', 'promotion'] as const) {
      expect(canAccess(role, 'pricing/below-control', 'list')).toBe(true);
      expect(canAccess(role, 'pricing/parity', 'list')).toBe(true);
      expect(canAccess(role, 'pricing/below-control', 'delete')).toBe(false);
    }
  });
});
