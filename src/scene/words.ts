/**
 * The words the page uses for the open network, taken from the network itself: what its search
 * finds ("people, bodies and policies", "persons and softwares" are not written: "persons and
 * software"…) and a relation to try ("arrested", "knows"). An imported network is not spoken of in
 * the built-in dataset's words.
 */
import type { Dataset } from "../model/schema";

export interface NetworkWords {
  /** "people, bodies and policies", or "names" when the types do not read as nouns. */
  kinds: string;
  /** The most used one-word relation type, else the most used, never the import's "related to". */
  exampleRelation: string | undefined;
}

const IRREGULAR: Record<string, string> = {
  person: "people",
  man: "men",
  woman: "women",
  child: "children",
  software: "software",
  staff: "staff",
};

/** "body" ▶ "bodies", "church" ▶ "churches", "person" ▶ "people". */
export function plural(noun: string): string {
  const irregular = IRREGULAR[noun];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function counted<T>(items: readonly T[], keyOf: (item: T) => string): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

function list(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export function networkWords(dataset: Dataset): NetworkWords {
  const typeLabel = new Map(dataset.entityTypes.map((type) => [type.id, type.label]));
  const labels = counted(dataset.entities, (entity) => entity.type)
    .slice(0, 3)
    .map((id) => (typeLabel.get(id) ?? id).toLowerCase());
  // Only single words read as nouns in a sentence: "modularity_class 3" or "group 2" do not.
  const nouns = labels.length > 0 && labels.every((label) => /^[\p{L}]+$/u.test(label));
  const relationLabel = new Map(dataset.relationTypes.map((type) => [type.id, type.label]));
  const used = counted(dataset.relations, (relation) => relation.type).map(
    (id) => relationLabel.get(id) ?? id,
  );
  // A one-word verb ("arrested") is the clearest thing to type; else the most used wording.
  const example = used.find((label) => /^[\p{L}]+$/u.test(label)) ?? used[0];
  return {
    kinds: nouns ? list(labels.map(plural)) : "names",
    exampleRelation: example === undefined || example === "related to" ? undefined : example,
  };
}

/** The search box's placeholder: "Search people, bodies and policies, or a relation like “arrested”". */
export function searchPlaceholder(words: NetworkWords): string {
  return words.exampleRelation === undefined
    ? `Search ${words.kinds}`
    : `Search ${words.kinds}, or a relation like “${words.exampleRelation}”`;
}
