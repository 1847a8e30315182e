import type { Db } from '../server/src/db/knex';
import { createOrganization, insertUser } from '../server/src/db/organizations';
import { hashPassword } from '../server/src/modules/auth/passwords';
import { CHANNEL_SCOPES } from '../shared/enums';
import { withSortKeys } from '../server/src/modules/search/sort-keys';

export const LISTS_EMAIL = 'lists@bench.example';
export const LISTS_PASSWORD = 'bench-lists-password';

const GENERICS = [
  '阿莫西林胶囊', '头孢克肟片', '布洛芬缓释胶囊', '对乙酰氨基酚片', '氯雷他定片', '奥美拉唑肠溶胶囊', '二甲双胍片',
  '阿托伐他汀钙片', '硝苯地平控释片', '缬沙坦胶囊', '左氧氟沙星片', '蒙脱石散', '连花清瘟胶囊', '板蓝根颗粒',
  '复方甘草片', '维生素C片', '葡萄糖酸钙口服液', '感冒灵颗粒', '阿奇霉素片', '氨溴索口服液',
  'Amoxicillin Capsules', 'Ibuprofen Tablets', 'Loratadine Tablets', 'Metformin HCl Tablets', 'Omeprazole Capsules',
];
const MAKERS = ['华鑫制药', '康达药业', 'Kangda Pharma', '北方制药厂', '江南医药集团', 'Sino Health Ltd'];
const STRENGTHS = ['0.25g', '0.5g', '10mg', '20mg', '100mg', '5ml:0.1g'];
const COUNTS = [6, 10, 12, 24, 36, 48];

/** Deterministic pseudo-random numbers, so every run (and json-server) sees the same rows. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** The list benchmark's company: `skus` SKUs over skus/4 products, varied enough that filters and sorts mean something. */
export async function generateListsData(db: Db, skus: number): Promise<number> {
  const random = rng(42);
  const org = await createOrganization(db, { name: 'Lists Bench Pharma', kind: 'manufacturer' });
  await insertUser(db, { org_id: org, email: LISTS_EMAIL, name: 'Lists', role: 'sales', password_hash: await hashPassword(LISTS_PASSWORD) });
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 20) * 86400000 + (i % 20) * 60000).toISOString();
  // Sort keys as the API writes them (names sort by pinyin), so sorting by name is measured as it runs in service.
  const products = Array.from({ length: Math.ceil(skus / 4) }, (_, i) => withSortKeys('products', {
    org_id: org, generic_name: GENERICS[i % GENERICS.length], brand_name: `品牌${i}`, dosage_form: '片剂',
    strength: STRENGTHS[i % STRENGTHS.length], approval_number: `国药准字H${20000000 + i}`, rx_class: i % 3 ? 'otc_a' : 'rx',
    storage: 'ambient', manufacturer: MAKERS[i % MAKERS.length], category: 'bench', version: 1, created_at: day(i), updated_at: day(i),
  }));
  await db.batchInsert('products', products, 500);
  const productIds: number[] = (await db('products').where({ org_id: org }).orderBy('id').select('id')).map((r) => r.id);
  const rows = Array.from({ length: skus }, (_, i) => {
    const p = Math.floor(i / 4);
    const count = COUNTS[Math.floor(random() * COUNTS.length)];
    const strength = STRENGTHS[p % STRENGTHS.length];
    return withSortKeys('skus', {
      org_id: org, product_id: productIds[p], code: `SKU-${String(i).padStart(6, '0')}`,
      name: `${GENERICS[p % GENERICS.length]} ${strength}×${count}`, pack_desc: `${strength}×${count}粒`,
      units_per_pack: count, unit: '粒', gtin: random() < 0.8 ? `69${String(i * 7907 + 1234567).padStart(11, '0')}` : null, // unique per company
      channel_scope: CHANNEL_SCOPES[Math.floor(random() * CHANNEL_SCOPES.length)], guide_price: 500 + Math.floor(random() * 50000),
      status: random() < 0.85 ? 'active' : 'inactive', version: 1, created_at: day(i), updated_at: day(i),
    });
  });
  await db.batchInsert('skus', rows, 500);
  // Planner statistics (and PostgreSQL's visibility map) as a database in service has them: autovacuum
  // keeps them on PostgreSQL; SQLite has them only after ANALYZE / `PRAGMA optimize`, and without them
  // it plans a search by org_id alone (BENCH_ANALYZE=false measures that).
  if (process.env.BENCH_ANALYZE !== 'false') await db.raw(db.client.config.client === 'pg' ? 'VACUUM ANALYZE' : 'ANALYZE');
  return org;
}
