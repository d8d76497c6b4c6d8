// A small synchronous, dependency-free string hash, identical in browsers and Node, used for
// content hashes and id suffixes (not for security).

function mix53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Hashes a string to 26 hex characters (two independent 53-bit hashes, about 106 bits). */
export function hashText(text: string): string {
  return (
    mix53(text, 0x9e3779b9).toString(16).padStart(14, '0') +
    mix53(text, 0x85ebca6b).toString(16).padStart(12, '0').slice(-12)
  );
}
