/**
 * Pushes apart entities whose labels would overlap. sigma draws a label to the right of its node
 * at a fixed pixel size, so in the first, fitted view a label is a rectangle of known size; this
 * pass moves nodes until no two such rectangles overlap. Noverlap alone treats a node and its
 * label as one circle, which leaves long labels ("Chairman of the Council of Ministers") piled
 * on their neighbours. Deterministic: it visits pairs in a fixed order with no randomness.
 *
 * Quadratic in the number of nodes per sweep, so it runs only on graphs small enough for every
 * label to be shown at once; on large graphs sigma's label grid thins labels out instead.
 */

export interface LabelBox {
  x: number;
  y: number;
  /** Node radius, in the same units as x and y. */
  radius: number;
  /** Width of the label drawn to the node's right. */
  labelWidth: number;
  /** Height of a label line. */
  labelHeight: number;
}

function bounds(box: LabelBox, gap: number) {
  const half = Math.max(box.radius, box.labelHeight / 2);
  return {
    left: box.x - box.radius - gap,
    right: box.x + box.radius + 3 + box.labelWidth + gap,
    top: box.y - half - gap,
    bottom: box.y + half + gap,
  };
}

/**
 * Moves boxes (in place) until none overlaps another by more than rounding, or `maxSweeps`
 * sweeps have passed. Returns the number of overlapping pairs left.
 */
export function separateLabels(boxes: LabelBox[], gap = 3, maxSweeps = 400): number {
  let overlapping = 0;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    overlapping = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as LabelBox;
        const b = boxes[j] as LabelBox;
        const ba = bounds(a, gap);
        const bb = bounds(b, gap);
        const overlapX = Math.min(ba.right, bb.right) - Math.max(ba.left, bb.left);
        const overlapY = Math.min(ba.bottom, bb.bottom) - Math.max(ba.top, bb.top);
        if (overlapX <= 0.01 || overlapY <= 0.01) continue;
        overlapping++;
        // Move along the axis that needs the shorter move, so the picture keeps its shape.
        if (overlapY <= overlapX) {
          const direction = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          a.y += (direction * overlapY) / 2;
          b.y -= (direction * overlapY) / 2;
        } else {
          const direction = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
          a.x += (direction * overlapX) / 2;
          b.x -= (direction * overlapX) / 2;
        }
      }
    }
    if (overlapping === 0) break;
  }
  return overlapping;
}
