/**
 * How an entity's type is drawn besides its colour, so that colour is never the only signal: a
 * mark made of concentric rings, the same on the canvas (view/settings.ts turns each into a sigma
 * node program) and in the legend and panels (panels/EntityMark.tsx draws it as SVG).
 *
 * The mark is not data: it is derived from the type's place in the dataset's `entityTypes`, so
 * every dataset gets distinct marks without declaring them, and a dataset author who orders the
 * types by importance gives the plainest mark to the first. With more types than marks the marks
 * repeat, and colour separates those pairs alone; the built-in dataset's ten types each pair a
 * mark with a colour no other type with that mark has.
 *
 * Every mark keeps the type's colour at its centre, where the eye (and a test) looks first.
 *
 * Every mark starts with an outline in the palette's `nodeBorder`, which reaches 3:1 against the
 * page in every theme, so a pale fill on a light page (or a dark one on a dark page) still shows.
 */

/** One ring from the outside in; `width` is a share of the radius, and the last ring fills. */
export interface Ring {
  paint: "border" | "fill" | "clear";
  width: number;
}

export interface EntityMark {
  id: string;
  /** Said in words where the mark is described. */
  name: string;
  rings: readonly Ring[];
}

const OUTLINE: Ring = { paint: "border", width: 0.14 };

export const ENTITY_MARKS: readonly EntityMark[] = [
  { id: "disc", name: "disc", rings: [OUTLINE, { paint: "fill", width: 1 }] },
  {
    id: "ring",
    name: "disc with an inner ring",
    rings: [
      OUTLINE,
      { paint: "fill", width: 0.3 },
      { paint: "border", width: 0.14 },
      { paint: "fill", width: 1 },
    ],
  },
  {
    id: "heavy",
    name: "heavy outline",
    rings: [
      { paint: "border", width: 0.32 },
      { paint: "fill", width: 1 },
    ],
  },
  {
    id: "target",
    name: "target",
    rings: [
      OUTLINE,
      { paint: "fill", width: 0.24 },
      { paint: "clear", width: 0.22 },
      { paint: "fill", width: 1 },
    ],
  },
  {
    id: "double",
    name: "double outline",
    rings: [
      OUTLINE,
      { paint: "clear", width: 0.12 },
      { paint: "border", width: 0.12 },
      { paint: "fill", width: 1 },
    ],
  },
];

/** The mark of the type at `index` in a dataset's `entityTypes`. */
export function entityMark(index: number): EntityMark {
  const mark =
    ENTITY_MARKS[((index % ENTITY_MARKS.length) + ENTITY_MARKS.length) % ENTITY_MARKS.length];
  if (!mark) throw new Error("ENTITY_MARKS is empty");
  return mark;
}
