import { createDb } from './server/src/db/knex';
import { salesRowResolver } from './server/src/modules/sales-imports/sales-import-rows';
const headers = '单据日期,单据编号,客户名称,客户类型,省,市,商品编码,商品名称,规格,批号,数量,单价,金额'.split(',');
const mapping = { mapping: { ordered_at: '单据日期', doc_no: '单据编号', customer_name: '客户名称', customer_type: '客户类型', province: '省', city: '市', sku: '商品编码', qty: '数量', unit_price: '单价', amount: '金额' } } as any;
(async () => {
  const db = createDb('file:/tmp/prof6.db');
  const org = (await db('organizations').first('id')).id;
  const resolve = await salesRowResolver(db, org, 'sell_through', headers, mapping, 'Asia/Shanghai');
  const cells = ["2025-03-01","BENCH00001154","城南社区卫生服务中心87","基层医疗","江苏省","南京市","HX-APAP-012","品名","规格","B5","30","14.50","435.00"];
  console.log(JSON.stringify(resolve(cells, 2311)));
  await db.destroy();
})();
