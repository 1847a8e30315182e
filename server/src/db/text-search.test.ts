import { describe, expect, test } from 'vitest';
import { ftsPhrase, SEARCH_INDEXES } from './text-search';
import { productsResource } from '../modules/products/resource';
import { skusResource } from '../modules/skus/resource';
import { channelsResource } from '../modules/channels/resource';
import { usersResource } from '../modules/users/resource';
import { auditResource } from '../modules/audit/resource';
import { channelPricesList } from '../modules/pricing/channel-prices.service';
import { matrixList } from '../modules/pricing/matrix.service';

describe('text search', () => {
  test('should have an index for every column a list searches, so no `q` falls back to reading every row', () => {
    const lists = {
      products: productsResource.list, skus: skusResource.list, channels: channelsResource.list, users: usersResource.list,
      'audit-logs': auditResource.list, 'channel-prices': channelPricesList, 'price-matrix': matrixList,
    };
    // The audit log is searched by the plain match on purpose (see migration 010).
    const unindexed = ['audit_log.user_email', 'audit_log.resource'];
    for (const [resource, list] of Object.entries(lists)) {
      for (const column of list.search.filter((c) => !unindexed.includes(c))) {
        const [table, name] = column.split('.');
        expect(SEARCH_INDEXES[table] ?? [], `${resource}: ${column}`).toContain(name);
      }
    }
  });

  test('should quote the term as one literal FTS5 phrase within the given columns', () => {
    expect(ftsPhrase(['code', 'name'], 'amox')).toBe('{code name} : "amox"');
    expect(ftsPhrase(['name'], 'say "hi" AND * NEAR(')).toBe('{name} : "say ""hi"" AND * NEAR("');
  });
});
