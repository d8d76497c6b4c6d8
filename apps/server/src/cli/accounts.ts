// `readouts user add NAME` and `readouts token add|list|revoke`.
import { addDeviceToken, createUserWithToken, requireUser } from '../auth/accounts';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { withStorage } from './storage';

/** `user add NAME [--device NAME]`: creates a user and prints its first token as the last line. */
export async function userCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const [sub, name] = args.positional;
  if (sub !== 'add' || !name) throw new UsageError('usage: readouts user add NAME [--device NAME]');
  if (!/^[\w.@-]{1,100}$/.test(name))
    throw new UsageError('a user name is 1-100 of letters, digits, _ . @ -');
  return withStorage(args, io, async (storage) => {
    const { user, token, tokenInfo } = await createUserWithToken(
      storage,
      name,
      args.flags.get('device') ?? 'default',
    );
    io.out(`created user ${user.name}; token ${tokenInfo.id} for device ${tokenInfo.device} (shown once):`);
    io.out(token);
    return 0;
  });
}

/** `token add USER --device NAME`, `token list USER`, `token revoke ID`. */
export async function tokenCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const [sub, target] = args.positional;
  if (!target || !['add', 'list', 'revoke'].includes(sub ?? '')) {
    throw new UsageError('usage: readouts token add USER --device NAME | token list USER | token revoke ID');
  }
  return withStorage(args, io, async (storage) => {
    if (sub === 'add') {
      const { token, tokenInfo } = await addDeviceToken(
        storage,
        target,
        args.flags.get('device') ?? 'default',
      );
      io.out(`token ${tokenInfo.id} for ${target} on device ${tokenInfo.device} (shown once):`);
      io.out(token);
    } else if (sub === 'list') {
      const user = await requireUser(storage, target);
      for (const t of await storage.listTokens(user.id)) {
        io.out([t.id, t.device, t.createdAt, t.revokedAt ? `revoked ${t.revokedAt}` : 'active'].join('\t'));
      }
    } else {
      if (!(await storage.revokeToken(target))) {
        io.err(`no active token ${target}`);
        return 1;
      }
      io.out(`revoked ${target}`);
    }
    return 0;
  });
}
