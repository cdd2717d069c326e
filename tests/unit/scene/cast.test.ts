/**
 * The cast and relations model on the small fixture, widened with an entity that has no relation
 * (a body named in the notes and nothing else), a reference source, and evidence on two claims.
 */
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build";
import { buildCatalog } from "../../../src/graph/catalog";
import { Dataset } from "../../../src/model/schema";
import { filterToken } from "../../../src/model/vocabulary";
import { castOf, type CastGroup } from "../../../src/scene/cast";
import { sceneOf } from "../../../src/scene/scene";
import { emptyExplorerState, type ExplorerState } from "../../../src/state/explorer";
import { smallDatasetInput } from "../graph/fixture";

const dataset = Dataset.parse({
  ...smallDatasetInput,
  sources: [
    ...smallDatasetInput.sources,
    {
      id: "chronology",
      title: "A chronology",
      kind: "reference",
      citation: "A chronology of the period",
    },
  ],
  entities: [
    ...smallDatasetInput.entities,
    { id: "secretariat", type: "body", label: "Secretariat" },
  ],
  relations: smallDatasetInput.relations.map((relation) =>
    relation.id === "k-arrested-b"
      ? {
          ...relation,
          evidence: [
            {
              source: "notes",
              quote: "Khrushchev and other Presidium members arrested and executed Beria in 1953",
            },
          ],
        }
      : relation.id === "m-arrested-k"
        ? {
            ...relation,
            certainty: "alleged",
            evidence: [{ source: "chronology", quote: "The Presidium voted to remove Khrushchev" }],
          }
        : relation,
  ),
});
const catalog = buildCatalog(dataset);
const graph = buildGraph(dataset);
const world = {
  catalog,
  graph,
  measured: { measure: "relations" as const, status: "computing" as const },
};
const castFor = (change: Partial<ExplorerState>) =>
  castOf(catalog, sceneOf(world, { ...emptyExplorerState(), ...change }));

/** The cast as [type, [entity, relation lines]] pairs, for reading a whole expectation at once. */
const outline = (cast: CastGroup[]) =>
  cast.map((group) => [
    group.type.label,
    group.entities.map((item) => [item.entity.label, item.relations.map((r) => r.text)]),
  ]);

describe("castOf", () => {
  it("lists nothing when nothing is visible", () => {
    // Every entity type hidden: the graph draws nothing, and the cast lists no empty group.
    expect(
      castFor({
        hidden: [filterToken("entity", "person"), filterToken("entity", "body")],
      }),
    ).toEqual([]);
  });

  it("lists an entity with no relation, with no relation under it", () => {
    const bodies = castFor({}).find((group) => group.type.id === "body");
    const secretariat = bodies?.entities.find((item) => item.entity.id === "secretariat");
    expect(secretariat?.relations).toEqual([]);
  });

  it("groups by type in the dataset's order, entities by name, relations by date", () => {
    expect(outline(castFor({}))).toEqual([
      [
        "Person",
        [
          [
            "Georgy Malenkov",
            [
              "rivalled Nikita Khrushchev, 1953–1955, no evidence given",
              "arrested Nikita Khrushchev, June 1957, alleged, not from the notes",
            ],
          ],
          ["Lavrentiy Beria", ["was arrested by Nikita Khrushchev, 1953, from the notes"]],
          [
            "Nikita Khrushchev",
            [
              "arrested Lavrentiy Beria, 1953, from the notes",
              "rivalled Georgy Malenkov, 1953–1955, no evidence given",
              "was arrested by Georgy Malenkov, June 1957, alleged, not from the notes",
              "was a member of Presidium, undated, no evidence given",
            ],
          ],
        ],
      ],
      [
        "Body",
        [
          ["Presidium", ["had as a member Nikita Khrushchev, undated, no evidence given"]],
          ["Secretariat", []],
        ],
      ],
    ]);
  });

  it("leaves out a relation a filter hides, and keeps both its ends while they have others", () => {
    const cast = castFor({ hidden: [filterToken("relation", "rivalled")] });
    const lines = cast.flatMap((group) => group.entities.flatMap((e) => e.relations));
    expect(lines.map((line) => line.sentence.relation.id)).not.toContain("k-rivalled-m");
    expect(outline(cast)[0]).toEqual([
      "Person",
      [
        ["Georgy Malenkov", ["arrested Nikita Khrushchev, June 1957, alleged, not from the notes"]],
        ["Lavrentiy Beria", ["was arrested by Nikita Khrushchev, 1953, from the notes"]],
        [
          "Nikita Khrushchev",
          [
            "arrested Lavrentiy Beria, 1953, from the notes",
            "was arrested by Georgy Malenkov, June 1957, alleged, not from the notes",
            "was a member of Presidium, undated, no evidence given",
          ],
        ],
      ],
    ]);
  });

  it("as of a date, lists exactly what the graph draws then", () => {
    const scene = sceneOf(world, { ...emptyExplorerState(), date: "1956" });
    const cast = castOf(catalog, scene);
    const entities = cast.flatMap((group) => group.entities.map((item) => item.entity.id));
    expect(new Set(entities)).toEqual(scene.visible?.entities);
    const relations = new Set(
      cast.flatMap((group) =>
        group.entities.flatMap((item) => item.relations.map((r) => r.sentence.relation.id)),
      ),
    );
    expect(relations).toEqual(scene.visible?.relations);
    // The rivalry ended in 1955; Malenkov's move against Khrushchev is still to come.
    expect(relations.has("k-rivalled-m")).toBe(false);
    expect(relations.has("m-arrested-k")).toBe(false);
  });

  it("within a focus, lists only the neighbourhood", () => {
    expect(outline(castFor({ focus: { id: "beria", depth: 1 } }))).toEqual([
      [
        "Person",
        [
          ["Lavrentiy Beria", ["was arrested by Nikita Khrushchev, 1953, from the notes"]],
          ["Nikita Khrushchev", ["arrested Lavrentiy Beria, 1953, from the notes"]],
        ],
      ],
    ]);
  });
});
