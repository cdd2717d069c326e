/**
 * sigma's label, drawn over a white halo so that it stays readable where relations cross it
 * (on a projector, thin coloured lines through black text make it hard to read).
 */
import type { NodeLabelDrawingFunction } from "sigma/rendering";
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
  context.fillStyle = settings.labelColor.color ?? palette.ink;
  context.fillText(data.label, x, y);
};
