// Public ids of device tokens (what `token list` shows and `token revoke` takes), not secrets.
import { randomBytes } from 'node:crypto';

/** A short random id such as `tok_9f1c2a7b3d4e`. */
export function newTokenId(): string {
  return `tok_${randomBytes(6).toString('hex')}`;
}
