/**
 * How sigma writes an entity's name on the canvas, in the palette in use (read at each draw, so a
 * theme switch needs no new settings): the label over a halo of the page's colour, so that it
 * stays readable where relations cross it (on a projector, thin coloured lines through text make
 * it hard to read), and the box a hovered or highlighted entity's name sits in.
 */
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import { palette } from "../model/palette";

export const drawLabelWithHalo: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 4;
  context.strokeStyle = palette.labelHalo;
  context.strokeText(data.label, x, y);
  context.fillStyle = palette.ink;
  context.fillText(data.label, x, y);
};

const BOX_PADDING = 2;

/**
 * The box behind a hovered or highlighted entity's name. sigma's own draws a white box even when
 * the label is empty (an entity whose label the placement left out, view/labelPlacement.ts), which
 * showed as a blank white tag beside it; and it is always white, which a dark page cannot have.
 * Without a label this draws nothing: the entity itself is drawn by its node program.
 */
export const drawHoverBox: NodeHoverDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const boxWidth = Math.round(context.measureText(data.label).width + 5);
  const boxHeight = Math.round(size + 2 * BOX_PADDING);
  const radius = Math.max(data.size, size / 2) + BOX_PADDING;
  // The box leaves the disc at the height of the box's edges, so that disc and box are one shape.
  const angle = Math.asin(Math.min(1, boxHeight / 2 / radius));
  const xAtEdge = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
  context.fillStyle = palette.paper;
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = palette.shadowStrong;
  context.beginPath();
  context.moveTo(data.x + xAtEdge, data.y + boxHeight / 2);
  context.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
  context.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
  context.lineTo(data.x + xAtEdge, data.y - boxHeight / 2);
  context.arc(data.x, data.y, radius, angle, -angle);
  context.closePath();
  context.fill();
  context.shadowBlur = 0;
  drawLabelWithHalo(context, data, settings);
};
