/**
 * A reviewed draft as a `dramatis/1` dataset: the accepted entities, with their other names as
 * aliases, and the accepted relations between them, each citing its sentence of the notes, which
 * ship with the dataset as its one source. The result goes through the same validator as every
 * file, so a draft opens only if a file with the same content would.
 */
import type { LoadedDataset } from "../model/load";
import type { Problem } from "../model/problem";
import type { DatasetInput } from "../model/schema";
import { validateDataset } from "../model/validate";
import { slug, uniqueId } from "./names";
import type { Draft, Span } from "./types";

export type DraftDataset =
  { ok: true; loaded: LoadedDataset; notes: string[] } | { ok: false; problems: Problem[] };

export const NOTES_SOURCE = "notes";

export function draftToDataset(draft: Draft): DraftDataset {
  const notes: string[] = [];
  const quote = (span: Span) => draft.text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  const sentenceOf = (offset: number) =>
    draft.sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);

  const entityOfName = new Map<string, string>();
  const accepted = draft.entities.filter((entity) => entity.accepted);
  for (const entity of accepted)
    for (const name of entity.names) entityOfName.set(name.key, entity.id);

  const entities = accepted.map((entity) => {
    const aliases = [
      ...new Map(
        entity.names
          .map((name) => name.text.replace(/\s+/g, " ").trim())
          .filter((text) => text.toLowerCase() !== entity.label.toLowerCase())
          .map((text) => [text.toLowerCase(), text]),
      ).values(),
    ];
    const first = entity.names
      .flatMap((name) => name.mentions)
      .sort((a, b) => a.start - b.start)[0];
    const sentence = first ? sentenceOf(first.start) : undefined;
    return {
      id: entity.id,
      type: entity.type,
      label: entity.label,
      aliases,
      evidence: sentence ? [{ source: NOTES_SOURCE, quote: quote(sentence) }] : [],
    };
  });

  // Relations: both ends accepted and apart; the same claim from several sentences is one relation
  // citing each of them.
  const byClaim = new Map<
    string,
    { relation: DatasetInput["relations"][number]; quotes: Set<string> }
  >();
  let dropped = 0;
  let selfLoops = 0;
  for (const relation of draft.relations) {
    if (!relation.accepted) continue;
    const from = entityOfName.get(relation.from);
    const to = entityOfName.get(relation.to);
    if (!from || !to) {
      dropped += 1;
      continue;
    }
    if (from === to) {
      selfLoops += 1;
      continue;
    }
    const claim = [
      relation.type,
      from,
      to,
      relation.start ?? "",
      relation.end ?? "",
      relation.certainty,
    ].join("|");
    const text = quote(relation.quote);
    const existing = byClaim.get(claim);
    if (existing) {
      if (!existing.quotes.has(text)) {
        existing.quotes.add(text);
        existing.relation.evidence?.push({ source: NOTES_SOURCE, quote: text });
      }
      continue;
    }
    byClaim.set(claim, {
      quotes: new Set([text]),
      relation: {
        id: "",
        type: relation.type,
        from,
        to,
        ...(relation.start ? { start: relation.start } : {}),
        ...(relation.end ? { end: relation.end } : {}),
        certainty: relation.certainty,
        evidence: [{ source: NOTES_SOURCE, quote: text }],
      },
    });
  }
  if (dropped > 0)
    notes.push(
      `${dropped} accepted relation${dropped === 1 ? " was" : "s were"} left out: an end was rejected`,
    );
  if (selfLoops > 0)
    notes.push(
      `${selfLoops} accepted relation${selfLoops === 1 ? " was" : "s were"} left out: both ends are now one entity`,
    );

  const usedIds = new Set<string>();
  const relations = [...byClaim.values()].map(({ relation }) => ({
    ...relation,
    id: uniqueId(`${relation.from}-${relation.type}-${relation.to}`, usedIds),
  }));
  const entityTypes = new Set<string>(entities.map((entity) => entity.type));
  const relationTypes = new Set(relations.map((relation) => relation.type));
  const input: DatasetInput = {
    format: "dramatis/1",
    id: slug(draft.title),
    title: draft.title.replace(/\s+/g, " ").trim() || "Drafted network",
    description: `Drafted from ${draft.fileName} (${draft.words.toLocaleString("en")} words); every relation quotes the sentence of the notes it came from.`,
    sources: [
      {
        id: NOTES_SOURCE,
        title: draft.title.replace(/\s+/g, " ").trim() || draft.fileName,
        shortTitle: "the notes",
        kind: "notes",
        text: draft.fileName,
      },
    ],
    entityTypes: draft.entityTypes.filter((type) => entityTypes.has(type.id)),
    relationTypes: draft.relationTypes.filter((type) => relationTypes.has(type.id)),
    entities,
    relations,
    story: [],
  };
  if (entities.length === 0)
    return {
      ok: false,
      problems: [
        {
          code: "empty",
          place: "(draft)",
          message: "no entity is accepted: accept at least one to open the draft",
        },
      ],
    };
  const sourceTexts = new Map([[draft.fileName, draft.text]]);
  const validation = validateDataset(input, sourceTexts);
  if (!validation.ok) return { ok: false, problems: validation.problems };
  return { ok: true, loaded: { dataset: validation.dataset, sourceTexts }, notes };
}
