import type { z } from 'zod';
import type { Channel, Product, Sku } from '../../../../shared/schemas';

/** Demo data is written in API terms (yuan) and validated by the shared schemas before insert. */
export type DemoSku = Omit<z.input<typeof Sku>, 'product_id'>;
export type DemoProduct = z.input<typeof Product> & { skus: DemoSku[] };
export type DemoChannel = z.input<typeof Channel>;

export interface DemoCompany {
  name: string;
  kind: 'manufacturer' | 'distributor';
  users: { email: string; name: string; role: 'admin' | 'manager' | 'sales' | 'promotion'; locale: 'en' | 'zh' }[];
  products: DemoProduct[];
  channels: DemoChannel[];
  /** About how many order lines of a year's sales to generate (DEMO_ORDER_LINES overrides the manufacturer's). */
  orderLines?: number;
  /** Channels the company's sales user owns (plans, "my channels"). */
  ownedChannels?: string[];
}
