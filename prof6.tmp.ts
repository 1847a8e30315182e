import { createDb, migrateLatest } from './server/src/db/knex';
import { seedDemoIfEmpty } from './server/src/db/demo/seed-demo';
import { salesRowResolver } from './server/src/modules/sales-imports/sales-import-rows';
const headers = '单据日期,单据编号,客户名称,客户类型,省,市,商品编码,商品名称,规格,批号,数量,单价,金额'.split(',');
const mapping = { mapping: { ordered_at: '单据日期', doc_no: '单据编号', customer_name: '客户名称', customer_type: '客户类型', province: '省', city: '市', sku: '商品编码', qty: '数量', unit_price: '单价', amount: '金额' } } as any;
const BUYERS = [['仁心大药房(天河店)', '零售药店', '广东', '广州'], ['百姓缘连锁药店', '连锁药店', '四川', '成都'], ['城南社区卫生服务中心', '基层医疗', '江苏省', '南京市'],
  ['第一人民医院', '医院', '北京', '北京市'], ['康宁诊所', '诊所', '河南省', '郑州市'], ['益丰大药房', '连锁药店', '湖南', '长沙']];
(async () => {
  process.env.DEMO_ORDER_LINES = '2000';
  const db = createDb('file:/tmp/prof6.db');
  await migrateLatest(db);
  await seedDemoIfEmpty(db);
  const org = (await db('organizations').first('id')).id;
  const codes = (await db('skus').where('org_id', org).orderBy('name_sort').limit(1000).pluck('code'));
  const resolve = await salesRowResolver(db, org, 'sell_through', headers, mapping, 'Asia/Shanghai');
  let bad = 0;
  for (let i = 0; i < 200000; i++) {
    const doc = Math.floor(i / 2);
    const day = new Date(Date.UTC(2025, 0, 1 + (doc % 365))).toISOString().slice(0, 10);
    const [name, type, province, city] = BUYERS[doc % BUYERS.length];
    const qty = 1 + (i % 40);
    const price = (10 + (i % 50) / 2).toFixed(2);
    const cells = [day, `BENCH${String(doc).padStart(8, '0')}`, `${name}${doc % 97}`, type, province, city, codes[i % codes.length], '品名', '规格', `B${i % 9}`, String(qty), price, (qty * Number(price)).toFixed(2)];
    const r = resolve(cells, i + 2);
    if (!r.line && !r.errors.length) { if (bad++ < 3) console.log('no line no error', i, cells); }
  }
  console.log('bad', bad, codes.length);
  await db.destroy();
})();
