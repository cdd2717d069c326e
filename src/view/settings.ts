/**
 * sigma settings as one module constant: @react-sigma/core rebuilds the renderer whenever the
 * settings object changes identity, so it must never be created during a render.
 */
import { EdgeArrowProgram, EdgeRectangleProgram, type EdgeProgramType } from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { Settings } from "sigma/settings";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/build";
import type { GraphScale } from "../graph/scale";
import { palette } from "../model/palette";
import { drawHoverBox, drawLabelWithHalo } from "./drawLabel";
import { nodeProgramsFor } from "./nodePrograms";

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

type Program = EdgeProgramType<EntityNodeAttributes, RelationEdgeAttributes>;
// sigma's programs are typed for any attributes; ours are a narrower kind of the same thing.
const program = (p: EdgeProgramType) => p as unknown as Program;

export const SIGMA_SETTINGS: Partial<Settings<EntityNodeAttributes, RelationEdgeAttributes>> = {
  // Each edge style named by src/graph/build.ts gets its program here.
  edgeProgramClasses: {
    arrow: program(EdgeArrowProgram),
    line: program(EdgeRectangleProgram),
    curvedArrow: program(EdgeCurvedArrowProgram),
    curvedLine: program(EdgeCurveProgram),
  },
  defaultEdgeType: "arrow",
  defaultNodeType: "disc",
  enableEdgeEvents: true,
  renderEdgeLabels: false,
  labelFont: LABEL_FONT,
  labelSize: 14,
  labelWeight: "500",
  defaultDrawNodeLabel: drawLabelWithHalo as Settings<
    EntityNodeAttributes,
    RelationEdgeAttributes
  >["defaultDrawNodeLabel"],
  defaultDrawNodeHover: drawHoverBox as Settings<
    EntityNodeAttributes,
    RelationEdgeAttributes
  >["defaultDrawNodeHover"],
  labelRenderedSizeThreshold: 4,
  labelDensity: 1,
  labelGridCellSize: 100,
  zIndex: true,
  stagePadding: 40,
  // Two fingers zoom; turning them must not turn the network on its side.
  enableCameraRotation: false,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
};

/**
 * On a graph small enough for the layout to have spaced every label apart (graph/labelSpacing.ts),
 * every label is drawn; on larger ones sigma's label grid picks which to show, so they never pile.
 */
export const SIGMA_SETTINGS_ALL_LABELS: typeof SIGMA_SETTINGS = {
  ...SIGMA_SETTINGS,
  labelRenderedSizeThreshold: 0,
  labelDensity: 100,
};

/**
 * The settings for a graph of the given scale (graph/scale.ts), with a program for each entity
 * mark (model/marks.ts) in the palette in use now; ThemeController swaps them with the theme.
 */
export function sigmaSettingsFor(scale: GraphScale): typeof SIGMA_SETTINGS {
  const base = scale.allLabels
    ? SIGMA_SETTINGS_ALL_LABELS
    : scale.edgeEvents
      ? SIGMA_SETTINGS
      : SIGMA_SETTINGS_NO_EDGE_EVENTS;
  return { ...base, nodeProgramClasses: nodeProgramsFor(palette) };
}

const SIGMA_SETTINGS_NO_EDGE_EVENTS: typeof SIGMA_SETTINGS = {
  ...SIGMA_SETTINGS,
  enableEdgeEvents: false,
};
