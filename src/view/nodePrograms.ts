/**
 * One sigma node program per entity mark (model/marks.ts), drawn with @sigma/node-border: the
 * rings of a mark become the program's borders, outside in. The outline's colour is baked into a
 * program, so a theme switch builds a new set (view/ThemeController.tsx); `borderColor` on a node
 * overrides it, which is how a dimmed entity's outline is dimmed too.
 */
import { createNodeBorderProgram } from "@sigma/node-border";
import type { NodeProgramType } from "sigma/rendering";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/build";
import { ENTITY_MARKS, type Ring } from "../model/marks";
import type { Palette } from "../model/palette";

type Program = NodeProgramType<EntityNodeAttributes, RelationEdgeAttributes>;

function borderOf(ring: Ring, last: boolean, colours: Palette) {
  const size = last ? { fill: true as const } : { value: ring.width, mode: "relative" as const };
  if (ring.paint === "clear") return { size, color: { transparent: true as const } };
  if (ring.paint === "fill") return { size, color: { attribute: "color" } };
  return { size, color: { attribute: "borderColor", defaultValue: colours.nodeBorder } };
}

const made = new WeakMap<Palette, Record<string, Program>>();

/** The node programs for `colours`, the same object each time for the same palette. */
export function nodeProgramsFor(colours: Palette): Record<string, Program> {
  const known = made.get(colours);
  if (known) return known;
  const programs: Record<string, Program> = {};
  for (const mark of ENTITY_MARKS) {
    programs[mark.id] = createNodeBorderProgram({
      borders: mark.rings.map((ring, index) =>
        borderOf(ring, index === mark.rings.length - 1, colours),
      ),
    }) as unknown as Program;
  }
  made.set(colours, programs);
  return programs;
}
