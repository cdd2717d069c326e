/**
 * The hover box: sigma draws it for every highlighted entity, and its own drew an empty white tag
 * beside an entity whose label had been left out (presenter mode, "The Anti-Party Group" chapter).
 */
import { afterEach, describe, expect, it } from "vitest";
import { DARK_PALETTE, LIGHT_PALETTE, setPalette } from "../../../src/model/palette";
import { drawHoverBox } from "../../../src/view/drawLabel";

/** A 2D context that records what would be painted: each fill and text with its colour. */
function recordingContext() {
  const painted: string[] = [];
  const context = {
    fillStyle: "",
    strokeStyle: "",
    font: "",
    lineJoin: "",
    lineWidth: 0,
    shadowOffsetX: 0,
    shadowOffsetY: 0,
    shadowBlur: 0,
    shadowColor: "",
    measureText: (text: string) => ({ width: text.length * 7 }),
    beginPath: () => {},
    moveTo: () => {},
    lineTo: () => {},
    arc: () => {},
    closePath: () => {},
    fill: () => painted.push(`fill ${context.fillStyle}`),
    fillText: (text: string) => painted.push(`text ${text} ${context.fillStyle}`),
    strokeText: (text: string) => painted.push(`halo ${text} ${context.strokeStyle}`),
  };
  return { context: context as unknown as CanvasRenderingContext2D, painted };
}

// The label settings of view/settings.ts (which cannot load here: sigma needs WebGL to import).
const settings = {
  labelSize: 14,
  labelWeight: "500",
  labelFont: "system-ui",
} as Parameters<typeof drawHoverBox>[2];
const entity = (label: string) =>
  ({ x: 100, y: 100, size: 8, label, color: "#cc3311", key: "beria" }) as Parameters<
    typeof drawHoverBox
  >[1];

describe("the hover box", () => {
  afterEach(() => setPalette(LIGHT_PALETTE));

  it("paints nothing for an entity without a label", () => {
    const { context, painted } = recordingContext();
    drawHoverBox(context, entity(""), settings);
    expect(painted).toEqual([]);
  });

  it("paints the box in the page's colour and the name in ink, in the palette in use", () => {
    for (const colours of [LIGHT_PALETTE, DARK_PALETTE]) {
      setPalette(colours);
      const { context, painted } = recordingContext();
      drawHoverBox(context, entity("Lavrentiy Beria"), settings);
      expect(painted).toEqual([
        `fill ${colours.paper}`,
        `halo Lavrentiy Beria ${colours.labelHalo}`,
        `text Lavrentiy Beria ${colours.ink}`,
      ]);
    }
  });
});
