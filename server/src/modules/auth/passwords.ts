import bcrypt from 'bcryptjs';

const rounds = () => Number(process.env.BCRYPT_ROUNDS ?? 11);

export const hashPassword = (password: string) => bcrypt.hash(password, rounds());

// Compared when the email is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', 4);

export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && hash !== undefined;
}
