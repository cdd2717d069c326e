/**
 * Turning the ids and names other tools write ("11", "Valjean", "Khrushchev, N.", "Ключ") into
 * dramatis ids (lower-case slugs, `^[a-z0-9][a-z0-9-]*$`), deterministically: the same file always
 * gives the same ids, so that a link into an imported dataset keeps working when it is imported
 * again. Collisions ("Beria" and "beria") are resolved in file order with "-2", "-3"; the original
 * is kept beside each id so that messages can name what the file says.
 */

/** Long enough to tell names apart, short enough for a URL. */
const MAX_SLUG_LENGTH = 60;

/** `Khrushchev, N.` ▶ `khrushchev-n`; `Émile` ▶ `emile`; `__proto__` ▶ `proto`; `Ключ` ▶ "". */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .slice(0, maxLength * 4)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}

/**
 * Hands out unique ids within one list (entities, relation types …). Ids are only ever `Map` keys
 * and `Set` members here, so an original like "constructor" or "__proto__" is plain data.
 */
export class IdMinter {
  private readonly used = new Set<string>();
  private readonly byKey = new Map<string, string>();
  private fallbacks = 0;

  /**
   * `fallback` names ids for originals that leave no slug: "node" ▶ `node-1`, `node-2`.
   * "constructor" and "prototype" are never handed out ("constructor-2" instead): graphology keys
   * plain objects by node id, and an entity "constructor" makes it fail.
   */
  constructor(private readonly fallback: string) {
    this.used.add("constructor");
    this.used.add("prototype");
  }

  /** The id for `key`, minted from `text` the first time `key` is seen, the same one after. */
  idFor(key: string, text: string = key): string {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.fresh(text);
    this.byKey.set(key, id);
    return id;
  }

  /** A new id from `text`, unique among all handed out, without remembering a key. */
  fresh(text: string): string {
    let base = slugify(text);
    if (base === "") base = `${this.fallback}-${++this.fallbacks}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  /** The id already minted for `key`, if any. */
  existing(key: string): string | undefined {
    return this.byKey.get(key);
  }
}
