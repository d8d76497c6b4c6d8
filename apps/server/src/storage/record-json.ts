// The JSON text of a record write. The readout is the state's winning capture plus the user's
// fields, so the capture (most of both documents) is stringified once and spliced into both.
import type { RecordWrite } from './types';

const plain = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  typeof (value as { toJSON?: unknown }).toJSON !== 'function';

const serialisable = (value: unknown): boolean =>
  value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/**
 * `JSON.stringify` of `write.state` and `write.readout` (null for none), byte for byte, stringifying
 * the capture they share only once when their shapes allow; otherwise plainly.
 */
export function recordJson(write: RecordWrite): { state: string; readout: string | null } {
  const { state, readout } = write;
  const content = plain(state) ? state.content : undefined;
  if (!plain(state) || !plain(content)) {
    return { state: JSON.stringify(state), readout: readout ? JSON.stringify(readout) : null };
  }
  const contentJson = JSON.stringify(content);
  let stateJson = '{';
  for (const key of Object.keys(state)) {
    const value = state[key];
    if (!serialisable(value))
      return { state: JSON.stringify(state), readout: readoutJson(readout, content, contentJson) };
    if (stateJson.length > 1) stateJson += ',';
    stateJson += `${JSON.stringify(key)}:${value === content ? contentJson : JSON.stringify(value)}`;
  }
  return { state: `${stateJson}}`, readout: readoutJson(readout, content, contentJson) };
}

/** The readout's JSON: the capture's with `user` appended, when it is exactly that. */
function readoutJson(
  readout: RecordWrite['readout'],
  content: Record<string, unknown>,
  contentJson: string,
): string | null {
  if (!readout) return null;
  const keys = Object.keys(readout);
  const contentKeys = Object.keys(content);
  const spliceable =
    plain(readout) &&
    contentKeys.length > 0 &&
    contentJson.length > 2 &&
    keys.length === contentKeys.length + 1 &&
    keys[keys.length - 1] === 'user' &&
    !Object.hasOwn(content, 'user') &&
    serialisable(readout.user) &&
    contentKeys.every((key, i) => keys[i] === key && readout[key as keyof typeof readout] === content[key]);
  if (!spliceable) return JSON.stringify(readout);
  return `${contentJson.slice(0, -1)},"user":${JSON.stringify(readout.user)}}`;
}
