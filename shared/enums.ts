export const ROLES = ['admin', 'manager', 'sales', 'promotion'] as const;
export type Role = (typeof ROLES)[number];

export const RX_CLASSES = ['rx', 'otc_a', 'otc_b', 'non_drug'] as const;
export type RxClass = (typeof RX_CLASSES)[number];

export const STORAGE_CONDITIONS = ['ambient', 'cool', 'cold_chain'] as const;
export const CHANNEL_SCOPES = ['online', 'offline', 'all'] as const;
export type ChannelScope = (typeof CHANNEL_SCOPES)[number];
export const CHANNEL_TYPES = ['online', 'offline'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
export const CHANNEL_PLATFORMS = [
  'jd', 'tmall', 'alihealth', 'pinduoduo', 'meituan', 'douyin', 'kuaishou', 'eleme', 'yaoshibang', 'own_store',
  'distributor', 'pharmacy_chain', 'hospital', 'clinic', 'other',
] as const;
export const SKU_STATUSES = ['active', 'inactive'] as const;
export const ORG_KINDS = ['manufacturer', 'distributor'] as const;
export const LOCALES = ['en', 'zh'] as const;
export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
/** `withdrawn`: the requester took a pending request back; kept, so their list shows what became of it. */
export const PRICE_STATUSES = ['draft', 'pending', 'approved', 'rejected', 'withdrawn'] as const;
export type PriceStatus = (typeof PRICE_STATUSES)[number];
