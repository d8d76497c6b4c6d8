// Device tokens: 32 random bytes shown once to the user; only their SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'rdt_';

/** A new bearer token: `rdt_` and 256 random bits, base64url. */
export function generateToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/** The stored form of a token: hex SHA-256, so a leaked database does not leak usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
