/**
 * From mentions to entities. Every way of writing a name becomes a `DraftName`; names that stand for
 * one thing are merged into one entity, each merge with the reason shown to the reviewer, who can
 * undo it:
 *
 * - the same name written differently: case, a title ("Marshal Zhukov"), British or American
 *   spelling ("de-Stalinisation", "de-Stalinization");
 * - a surname alone for the one person of that surname named in full ("Beria", "Lavrentiy Beria");
 * - a spelling a letter or two apart, of the same type ("Khruschev", "Khrushchev"), never across
 *   regnal numbers ("Henry VI", "Henry VII");
 * - names the notes equate: "the triumvirate (or troika)", "Chairman of the Council of Ministers
 *   (Premier)", "X, also known as Y".
 */
import { ENTITY_TYPES, PERSON_TITLES } from "./lexicon";
import type { NameMention } from "./mentions";
import type { DraftEntity, DraftEntityType, DraftName, Mention } from "./types";

export interface NamedEntities {
  entities: DraftEntity[];
  /** The name key of each mention, by the mention's `start`. */
  nameAt: Map<number, string>;
  /** Each entity's type by name key, for the relation verbs' expectations. */
  typeOfName: Map<string, DraftEntityType>;
}

/** The key that names one way of writing: lower case, no leading "the", one space. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The form two names are compared in: no titles, no accents, one spelling of -ise/-ize. */
function comparisonForm(key: string): string {
  const words = key
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/-/g, " ")
    .split(" ")
    .filter((word) => word !== "");
  while (words.length > 1 && PERSON_TITLES.has(words[0] ?? "")) words.shift();
  return words
    .join(" ")
    .replace(/is(ation|ations|e|ed|es|ing)\b/g, "iz$1")
    .replace(/our\b/g, "or")
    .replace(/(\w{3,})s\b/g, "$1");
}

const NUMERAL = /\b(?:[ivx]{1,6}|\d+(?:st|nd|rd|th)?)\b/g;

interface Pending {
  key: string;
  text: string;
  mentions: NameMention[];
  votes: Map<DraftEntityType, number>;
  why: Map<DraftEntityType, string>;
  proper: boolean;
}

export function nameEntities(mentions: readonly NameMention[], text: string): NamedEntities {
  const names = new Map<string, Pending>();
  const nameAt = new Map<number, string>();
  for (const mention of mentions) {
    const key = nameKey(mention.text);
    if (key === "" || key.length > 120) continue;
    let name = names.get(key);
    if (!name) {
      name = {
        key,
        text: mention.text,
        mentions: [],
        votes: new Map(),
        why: new Map(),
        proper: false,
      };
      names.set(key, name);
    }
    name.mentions.push(mention);
    name.proper ||= mention.proper;
    const { type, weight, why } = mention.guess;
    name.votes.set(type, (name.votes.get(type) ?? 0) + weight);
    if (!name.why.has(type)) name.why.set(type, why);
    nameAt.set(mention.start, key);
  }
  const typeOf = (name: Pending): DraftEntityType => best(name.votes);

  // Union-find over name keys; `reason` says why a name joined its root.
  const parent = new Map<string, string>();
  const reason = new Map<string, string>();
  const root = (key: string): string => {
    let at = key;
    while (parent.has(at)) at = parent.get(at) ?? at;
    return at;
  };
  const merge = (into: string, from: string, why: string) => {
    const a = root(into);
    const b = root(from);
    if (a === b) return;
    parent.set(b, a);
    if (!reason.has(from)) reason.set(from, why);
    if (b !== from && !reason.has(b)) reason.set(b, why);
  };
  const all = [...names.values()];
  const byMentions = (a: Pending, b: Pending) =>
    b.mentions.length - a.mentions.length || b.key.length - a.key.length;

  // 1. The same name written differently.
  const byForm = new Map<string, Pending[]>();
  for (const name of all) {
    const form = comparisonForm(name.key);
    byForm.set(form, [...(byForm.get(form) ?? []), name]);
  }
  for (const group of byForm.values()) {
    const [first, ...rest] = [...group].sort(byMentions);
    if (!first) continue;
    for (const other of rest)
      merge(first.key, other.key, `the same name as '${first.text}', written differently`);
  }

  // 2. Names the notes equate, side by side in one sentence.
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  ordered.forEach((left, index) => {
    const right = ordered[index + 1];
    if (!right || right.sentence !== left.sentence) return;
    const between = text.slice(left.end, right.start);
    const after = text.slice(right.end, right.end + 2);
    const bracketed =
      /^\s*\(\s*(?:or|also|i\.e\.,?|aka|also known as|known as)?\s*$/i.test(between) &&
      /^\s*\)/.test(after);
    const spelledOut =
      /^\s*,?\s*(?:or|also known as|known as|nicknamed|called|i\.e\.,?)\s+(?:the\s+)?["“‘']?$/i.test(
        between,
      ) &&
      /^["”’']?\s*[,.;)]|^\s*$/.test(after) &&
      !/^\s*,?\s*or\s*$/i.test(between);
    const orBracket = /^\s*\(\s*or\s*$/i.test(between);
    // "Richard Neville, Earl of Warwick,": a full name and the title it goes by.
    const titled =
      /^\s*,\s*$/.test(between) &&
      /^\s*[,.;:)]/.test(after) &&
      left.proper &&
      left.text.includes(" ") &&
      PERSON_TITLES.has(right.text.split(" ")[0]?.toLowerCase() ?? "") &&
      / of /.test(right.text);
    if (!bracketed && !spelledOut && !orBracket && !titled) return;
    const a = names.get(nameAt.get(left.start) ?? "");
    const b = names.get(nameAt.get(right.start) ?? "");
    if (!a || !b) return;
    // "Henry VI (Lancaster)" names his house, not another name for him: only names of one kind
    // are equated, or a name and its initials ("the New Economic Policy (NEP)").
    const initials = /^\p{Lu}{2,6}s?$/u.test(b.text) || /^\p{Lu}{2,6}s?$/u.test(a.text);
    if (typeOf(a) !== typeOf(b) && !initials) return;
    // "Edward IV (York)" gives his house; "Henry Tudor (Henry VII)" another name: a person's
    // bracketed name must share a word with the first or be more than one word.
    if (
      typeOf(a) === "person" &&
      bracketed &&
      !b.key.includes(" ") &&
      !a.key.split(" ").some((word) => b.key.split(" ").includes(word))
    )
      return;
    const quote = text.slice(left.start, right.end + 1).replace(/\s+/g, " ");
    merge(a.key, b.key, `the notes equate it with '${a.text}': "${quote}"`);
  });

  // "the party" for the one party the notes name in full ("the Bolshevik party"); a short form
  // with no such name, or with several, names nothing and is dropped.
  const shortOnly = (name: Pending) => name.mentions.every((mention) => mention.shortForm);
  const dropped = new Set<string>();
  for (const short of all.filter(shortOnly)) {
    const full = all.filter(
      (name) =>
        !shortOnly(name) && name.key.endsWith(` ${short.key}`) && typeOf(name) === typeOf(short),
    );
    const [only] = full;
    if (full.length === 1 && only)
      merge(
        only.key,
        short.key,
        `'the ${short.text}' is how the notes name '${only.text}' for short`,
      );
    else dropped.add(short.key);
  }

  // 3. A surname alone, for the one person of that name written in full.
  const people = all.filter((name) => typeOf(name) === "person");
  for (const short of people) {
    const words = short.key.split(" ");
    if (words.length !== 1) continue;
    const full = people.filter((name) => {
      const parts = name.key.replace(NUMERAL, "").trim().split(" ");
      if (parts.length < 2) return false;
      const title = PERSON_TITLES.has(parts[0] ?? "");
      // "Lavrentiy Beria" ▶ "Beria"; "Warwick the Kingmaker" ▶ "Warwick".
      return (
        parts[parts.length - 1] === words[0] ||
        (parts[1] === "the" && parts[0] === words[0] && !title)
      );
    });
    const [only] = full;
    if (full.length === 1 && only)
      merge(only.key, short.key, `'${short.text}' is how the notes name '${only.text}' for short`);
  }

  // "the Committee" for the one committee named in full ("the Committee of Public Safety").
  for (const short of all) {
    // Bodies and groups only: a "Deputy Premier" is not the Premier.
    if (short.key.includes(" ") || !["body", "group"].includes(typeOf(short)) || !short.proper)
      continue;
    const full = all.filter(
      (name) =>
        name !== short &&
        typeOf(name) === typeOf(short) &&
        (name.key.startsWith(`${short.key} `) || name.key.endsWith(` ${short.key}`)),
    );
    const [only] = full;
    if (full.length === 1 && only)
      merge(only.key, short.key, `'${short.text}' is how the notes name '${only.text}' for short`);
  }

  // 4. Spellings a letter or two apart, of the same type.
  // Proper names, and phrases long enough that a letter apart is a slip, not another word.
  const proper = all.filter((name) => name.proper || name.key.length >= 10).sort(byMentions);
  for (let i = 0; i < proper.length; i += 1) {
    for (let j = i + 1; j < proper.length; j += 1) {
      const a = proper[i];
      const b = proper[j];
      if (!a || !b || typeOf(a) !== typeOf(b)) continue;
      const x = comparisonForm(a.key);
      const y = comparisonForm(b.key);
      if (x[0] !== y[0] || numerals(x) !== numerals(y)) continue;
      const allowed =
        Math.min(x.length, y.length) >= 10 ? 2 : Math.min(x.length, y.length) >= 6 ? 1 : 0;
      if (allowed === 0 || Math.abs(x.length - y.length) > allowed) continue;
      const distance = editDistance(x, y, allowed);
      if (distance > allowed) continue;
      merge(
        a.key,
        b.key,
        `'${b.text}' looks like a spelling of '${a.text}' (${distance === 1 ? "one letter" : `${distance} letters`} apart)`,
      );
    }
  }

  // Entities from the merged groups.
  const groups = new Map<string, Pending[]>();
  for (const name of all) {
    if (dropped.has(name.key)) {
      for (const mention of name.mentions) nameAt.delete(mention.start);
      continue;
    }
    groups.set(root(name.key), [...(groups.get(root(name.key)) ?? []), name]);
  }
  const usedIds = new Set<string>();
  const entities: DraftEntity[] = [];
  const typeOfName = new Map<string, DraftEntityType>();
  for (const [rootKey, group] of groups) {
    const first = names.get(rootKey);
    if (!first) continue;
    const members = [first, ...group.filter((name) => name !== first).sort(byMentions)];
    const votes = new Map<DraftEntityType, number>();
    const whys = new Map<DraftEntityType, string>();
    for (const name of members)
      for (const [type, weight] of name.votes) {
        votes.set(type, (votes.get(type) ?? 0) + weight);
        if (!whys.has(type)) whys.set(type, name.why.get(type) ?? "");
      }
    const type = best(votes);
    const label = labelOf(members, type);
    const id = uniqueId(slug(label), usedIds);
    const mentionCount = members.reduce((sum, name) => sum + name.mentions.length, 0);
    const total = [...votes.values()].reduce((a, b) => a + b, 0);
    const share = total > 0 ? (votes.get(type) ?? 0) / total : 0;
    const draftNames: DraftName[] = members.map((name, index) => ({
      key: name.key,
      text: name.text,
      mentions: name.mentions.map((mention): Mention => ({
        start: mention.start,
        end: mention.end,
        sentence: mention.sentence,
      })),
      ...(index > 0 ? { merged: reason.get(name.key) ?? `merged with '${first.text}'` } : {}),
    }));
    const properName = members.some((name) => name.proper);
    const base = properName ? (label.includes(" ") ? 0.75 : 0.6) : 0.45;
    const confidence = clamp(
      base + Math.min(0.15, 0.05 * (mentionCount - 1)) - (share < 0.7 ? 0.15 : 0),
    );
    const typeLabel = ENTITY_TYPES.find((entry) => entry.id === type)?.label.toLowerCase() ?? type;
    const article = /^[aeiou]/.test(typeLabel) ? "an" : "a";
    const why = `${mentionCount === 1 ? "named once" : `named ${mentionCount} times`}; ${article} ${typeLabel}: ${whys.get(type) ?? "its words"}`;
    entities.push({
      id,
      label,
      type,
      names: draftNames,
      confidence,
      why,
      accepted: confidence >= 0.5,
    });
    for (const name of members) typeOfName.set(name.key, type);
  }
  return { entities, nameAt, typeOfName };
}

function best(votes: Map<DraftEntityType, number>): DraftEntityType {
  let top: DraftEntityType = "person";
  let weight = -1;
  for (const [type, value] of votes)
    if (value > weight) {
      top = type;
      weight = value;
    }
  return top;
}

/** The fullest proper name, or the most written phrase; a lower-case phrase gets a capital. */
function labelOf(members: readonly Pending[], type: DraftEntityType): string {
  const proper = members.filter((name) => name.proper);
  const pool = proper.length > 0 ? proper : members;
  const chosen =
    type === "person" || proper.length > 0
      ? [...pool].sort(
          (a, b) =>
            // "Richard Neville" before "Earl of Warwick": a person's own name before a title.
            Number(PERSON_TITLES.has(a.key.split(" ")[0] ?? "")) -
              Number(PERSON_TITLES.has(b.key.split(" ")[0] ?? "")) ||
            b.key.split(" ").length - a.key.split(" ").length ||
            b.mentions.length - a.mentions.length,
        )[0]
      : [...pool].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const text = (chosen?.text ?? "").replace(/^(?:the|The)\s+/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function numerals(form: string): string {
  return (form.match(NUMERAL) ?? []).join(" ");
}

export function slug(label: string): string {
  const value = label
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return value === "" ? "entity" : value;
}

export function uniqueId(base: string, used: Set<string>): string {
  // "constructor" and kin are refused by the validator as ids: give them a suffix.
  let id = ["constructor", "prototype", "__proto__"].includes(base) ? `${base}-1` : base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function clamp(value: number): number {
  return Math.round(Math.max(0.05, Math.min(0.95, value)) * 100) / 100;
}

/** Damerau–Levenshtein distance, giving up past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (d[i - 1]?.[j] ?? 0) + 1,
        (d[i]?.[j - 1] ?? 0) + 1,
        (d[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (d[i - 2]?.[j - 2] ?? 0) + 1);
      (d[i] as number[])[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length]?.[b.length] ?? limit + 1;
}
