import type { Knex } from 'knex';

function timestampsAndVersion(t: Knex.CreateTableBuilder) {
  t.integer('version').notNullable().defaultTo(1);
  t.string('created_at', 30).notNullable();
  t.string('updated_at', 30).notNullable();
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('products', (t) => {
    t.increments('id');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.string('generic_name', 100).notNullable();
    t.string('brand_name', 100);
    t.string('dosage_form', 40).notNullable();
    t.string('strength', 60).notNullable();
    t.string('approval_number', 40);
    t.string('rx_class', 10).notNullable();
    t.string('storage', 12).notNullable();
    t.string('manufacturer', 100).notNullable();
    t.string('category', 60);
    t.bigInteger('vbp_price'); // fen
    timestampsAndVersion(t);
    t.index(['org_id', 'generic_name']);
  });
  await knex.schema.createTable('skus', (t) => {
    t.increments('id');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.integer('product_id').notNullable().references('products.id');
    t.string('code', 40).notNullable();
    t.string('name', 120).notNullable();
    t.string('pack_desc', 60).notNullable();
    t.integer('units_per_pack').notNullable();
    t.string('unit', 10).notNullable();
    t.string('gtin', 13);
    t.string('channel_scope', 10).notNullable();
    t.bigInteger('guide_price').notNullable(); // fen
    t.string('status', 12).notNullable();
    timestampsAndVersion(t);
    t.unique(['org_id', 'code']);
    t.index(['org_id', 'product_id']);
  });
  await knex.schema.createTable('channels', (t) => {
    t.increments('id');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.string('name', 80).notNullable();
    t.string('code', 40).notNullable();
    t.string('type', 10).notNullable();
    t.string('platform', 20).notNullable();
    t.string('region', 60);
    t.double('commission_rate').notNullable().defaultTo(0);
    t.boolean('active').notNullable().defaultTo(true);
    t.string('api_key_hash', 64);
    timestampsAndVersion(t);
    t.unique(['org_id', 'code']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('channels');
  await knex.schema.dropTable('skus');
  await knex.schema.dropTable('products');
}
