/**
 * The marks the canvas draws, drawn again as small pictures beside a type's name, so the legend
 * shows what to look for on the graph and not only a colour: an entity type's rings
 * (model/marks.ts) and a relation type's line, with an arrowhead where it has a direction.
 */
import { entityMark } from "../model/marks";

const MARK_RADIUS = 6;

/** The mark of the entity type at `index` in the dataset's `entityTypes`, in its `colour`. */
export function EntityMark({ index, colour }: { index: number; colour: string }) {
  const mark = entityMark(index);
  // Each ring is a disc drawn over the one outside it, its radius what the outer rings leave.
  const radii = mark.rings.map(
    (_, ringIndex) =>
      MARK_RADIUS * (1 - mark.rings.slice(0, ringIndex).reduce((sum, ring) => sum + ring.width, 0)),
  );
  const discs = mark.rings.map((ring, ringIndex) => (
    <circle
      key={ringIndex}
      cx={MARK_RADIUS}
      cy={MARK_RADIUS}
      r={radii[ringIndex]}
      style={{
        fill:
          ring.paint === "fill"
            ? colour
            : ring.paint === "border"
              ? "var(--node-border)"
              : "var(--paper)",
      }}
    />
  ));
  return (
    <svg
      className="entity-mark"
      data-mark={mark.id}
      width={MARK_RADIUS * 2}
      height={MARK_RADIUS * 2}
      viewBox={`0 0 ${MARK_RADIUS * 2} ${MARK_RADIUS * 2}`}
      aria-hidden="true"
    >
      {discs}
    </svg>
  );
}

/** A relation type's line in its `colour`, with an arrowhead when it is `directed`. */
export function RelationMark({ colour, directed }: { colour: string; directed: boolean }) {
  return (
    <svg
      className="relation-mark"
      data-directed={directed ? "true" : "false"}
      width="22"
      height="10"
      viewBox="0 0 22 10"
      aria-hidden="true"
    >
      <line
        x1="1"
        y1="5"
        x2={directed ? 15 : 21}
        y2="5"
        style={{ stroke: colour }}
        strokeWidth="2"
      />
      {directed && <path d="M14 1 L21 5 L14 9 Z" style={{ fill: colour }} />}
    </svg>
  );
}
