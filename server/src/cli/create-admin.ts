import { parseArgs } from 'node:util';
import readline from 'node:readline/promises';
import { createDb, migrateLatest } from '../db/knex';
import { createOrganization, insertUser } from '../db/organizations';
import { hashPassword } from '../modules/auth/passwords';
import { UserCreate } from '../../../shared/schemas';
import { ORG_KINDS } from '../../../shared/enums';
import { englishMessage } from '../../../shared/validation-messages';

/**
 * Creates a new company and its first admin for a real deployment:
 *   npm run create-admin -- --org "Acme Pharma" --email admin@acme.cn [--name "..."] [--kind manufacturer|distributor]
 * The password comes from RXC_ADMIN_PASSWORD or is prompted for.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string', default: 'manufacturer' },
    },
  });
  if (!values.org || !values.email) throw new Error('Usage: npm run create-admin -- --org "Company" --email admin@company.cn');
  if (!ORG_KINDS.includes(values.kind as (typeof ORG_KINDS)[number])) throw new Error(`--kind must be one of ${ORG_KINDS.join(', ')}`);
  const password = process.env.RXC_ADMIN_PASSWORD ?? (await prompt('Password for the new admin (8+ characters): '));
  const user = UserCreate.safeParse({ email: values.email, name: values.name ?? values.email, role: 'admin', password });
  if (!user.success) throw new Error(user.error.issues.map((i) => `${i.path.join('.')}: ${englishMessage(i.message)}`).join('\n'));

  const db = createDb();
  try {
    await migrateLatest(db);
    if (await db('users').where({ email: user.data.email }).first('id')) throw new Error(`A user with email ${user.data.email} already exists`);
    const passwordHash = await hashPassword(user.data.password);
    await db.transaction(async (trx) => {
      const orgId = await createOrganization(trx, { name: values.org!, kind: values.kind as 'manufacturer' | 'distributor' });
      await insertUser(trx, { org_id: orgId, email: user.data.email, name: user.data.name, role: 'admin', password_hash: passwordHash, locale: user.data.locale });
    });
    console.log(`Created ${values.org} with admin ${user.data.email}.`);
  } finally {
    await db.destroy();
  }
}

async function prompt(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
