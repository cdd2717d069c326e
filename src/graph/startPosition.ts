/**
 * Where an entity starts before the layout moves it: a hash of (dataset id, entity id), so that
 * start positions, and with them the finished layout, do not depend on the order of the file or
 * on Math.random. Its own module because the page seeds positions but never lays out itself.
 */

/** FNV-1a, enough to spread start positions; not for security. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** An entity's start position: on a ring of radius 0.2 to 1 around the origin. */
export function startPosition(seed: string, id: string): { x: number; y: number } {
  const h = hash(`${seed}/${id}`);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = 0.2 + ((h >>> 16) / 0x10000) * 0.8;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}
