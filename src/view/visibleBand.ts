/**
 * The part of the graph a reader can see when something covers its foot: the bottom sheet on a
 * phone, the presenter's caption. The camera frames and keeps things in this band, not in the
 * whole canvas, or the entity a reader just opened would sit under the sheet. Pure: viewport
 * pixels in, viewport pixels out; CameraController turns them into a camera state.
 */

export interface ViewportPoint {
  x: number;
  y: number;
}

/** A rectangle in viewport pixels. */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CoveredView {
  width: number;
  height: number;
  /** Pixels at the foot of the view that something opaque covers. */
  coveredBottom: number;
}

/** However much is covered, this much of the view (or all of it, if smaller) stays a band. */
const MIN_BAND_HEIGHT = 96;

/** The uncovered band: the full width, from the top of the view to the cover's top edge. */
export function visibleBand({ width, height, coveredBottom }: CoveredView): ViewportBox {
  const covered = Number.isFinite(coveredBottom) ? Math.max(0, coveredBottom) : 0;
  const bottom = Math.max(Math.min(MIN_BAND_HEIGHT, height), height - covered);
  return { left: 0, top: 0, right: width, bottom };
}

/** Whether every point lies in the band, `margin` (a share of each side) away from its edges. */
export function inBand(
  points: readonly ViewportPoint[],
  band: ViewportBox,
  margin: number,
): boolean {
  const dx = (band.right - band.left) * margin;
  const dy = (band.bottom - band.top) * margin;
  return points.every(
    ({ x, y }) =>
      x > band.left + dx && x < band.right - dx && y > band.top + dy && y < band.bottom - dy,
  );
}

/** The smallest box holding every point, or null for none. */
export function boxAround(points: readonly ViewportPoint[]): ViewportBox | null {
  if (points.length === 0) return null;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return {
    left: Math.min(...xs),
    top: Math.min(...ys),
    right: Math.max(...xs),
    bottom: Math.max(...ys),
  };
}

export interface BandFraming {
  /** How many times further out the camera goes (> 1) so the content fits the band. */
  zoomOut: number;
  /**
   * The viewport point, as seen from the camera the content was measured with, that becomes the
   * camera's centre: after zooming out by `zoomOut` about it, the content's centre stands at the
   * band's centre.
   */
  centre: ViewportPoint;
}

/**
 * Where the camera goes so that `content` (measured under some camera) sits in the middle of
 * the band with `padding` pixels around it, zooming by `zoom` (1: keep the zoom; <1: closer)
 * or further out if it would not fit.
 *
 * The camera maps a point p to the viewport as centre + (p - camera) / ratio (times a constant),
 * so the content's centre c reaches the band's centre t when the new camera stands, in the old
 * viewport's terms, at c - (t - viewCentre) × zoomOut.
 */
export function framingInBand(
  content: ViewportBox,
  view: CoveredView,
  padding: number,
  zoom = 1,
): BandFraming {
  const band = visibleBand(view);
  const room = {
    width: Math.max(band.right - band.left - 2 * padding, 1),
    height: Math.max(band.bottom - band.top - 2 * padding, 1),
  };
  const zoomOut = Math.max(
    zoom,
    (content.right - content.left) / room.width,
    (content.bottom - content.top) / room.height,
  );
  const contentCentre = {
    x: (content.left + content.right) / 2,
    y: (content.top + content.bottom) / 2,
  };
  const bandCentre = { x: (band.left + band.right) / 2, y: (band.top + band.bottom) / 2 };
  const viewCentre = { x: view.width / 2, y: view.height / 2 };
  return {
    zoomOut,
    centre: {
      x: contentCentre.x - (bandCentre.x - viewCentre.x) * zoomOut,
      y: contentCentre.y - (bandCentre.y - viewCentre.y) * zoomOut,
    },
  };
}

/**
 * Where a point of the old viewport lands after the camera moves to `framing`: the check that
 * the framing does what it says, and what the tests use.
 */
export function afterFraming(
  point: ViewportPoint,
  framing: BandFraming,
  view: { width: number; height: number },
): ViewportPoint {
  return {
    x: view.width / 2 + (point.x - framing.centre.x) / framing.zoomOut,
    y: view.height / 2 + (point.y - framing.centre.y) / framing.zoomOut,
  };
}
