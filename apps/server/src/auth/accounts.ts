// Account operations shared by the CLI and tests: users and their device tokens.
import type { DeviceToken, Storage, User } from '../storage/types';
import { generateToken, hashToken } from './tokens';

/** Thrown when a named user does not exist. */
export class UnknownUserError extends Error {
  override name = 'UnknownUserError';
}

/** Creates a user with a first device token; the plain token is returned once and never stored. */
export async function createUserWithToken(
  storage: Storage,
  name: string,
  device = 'default',
): Promise<{ user: User; token: string; tokenInfo: DeviceToken }> {
  const user = await storage.createUser(name);
  const { token, tokenInfo } = await addDeviceToken(storage, name, device);
  return { user, token, tokenInfo };
}

/** Issues another token for an existing user's device. */
export async function addDeviceToken(
  storage: Storage,
  userName: string,
  device: string,
): Promise<{ token: string; tokenInfo: DeviceToken }> {
  const user = await requireUser(storage, userName);
  const token = generateToken();
  const tokenInfo = await storage.addToken(user.id, device, hashToken(token));
  return { token, tokenInfo };
}

/** Looks a user up by name or throws `UnknownUserError`. */
export async function requireUser(storage: Storage, name: string): Promise<User> {
  const user = await storage.findUser(name);
  if (!user) throw new UnknownUserError(`no user named ${name}`);
  return user;
}
