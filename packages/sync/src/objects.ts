// Object helpers the merge rules share.

/** Whether an object has an own key, without listing its keys (most records have no tags). */
export function hasKeys(object: object | undefined): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}
