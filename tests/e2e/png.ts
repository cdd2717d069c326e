/**
 * Pictures as numbers: a PNG decoder for Chromium's screenshots and the app's PNG exports, and
 * what a picture shows against its background (how much is drawn, in how many colours). Pure: no
 * page, no browser.
 */
import { inflateSync } from "node:zlib";

export interface DecodedImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  data: Uint8Array;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/**
 * Decodes a PNG as Chromium's screenshots write them: 8-bit RGB or RGBA, not interlaced.
 * Throws on anything else rather than guessing.
 */
export function decodePng(png: Uint8Array): DecodedImage {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) throw new Error("not a PNG");
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let offset = 8; offset + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colorType, , , interlace] = body.subarray(8, 13);
      channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
      if (bitDepth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colorType})`);
      }
    } else if (type === "IDAT") {
      idat.push(body);
    } else if (type === "IEND") {
      break;
    }
    offset += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error("PNG without a header");
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error("truncated PNG");
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const source = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[source + x] ?? 0;
      const left = x >= channels ? (pixels[row + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[row - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[row - stride + x - channels] ?? 0) : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`bad PNG filter ${filter} in row ${y}`);
      }
      pixels[row + x] = (value + predicted) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    data[i * 4] = pixels[j] ?? 0;
    data[i * 4 + 1] = pixels[j + 1] ?? 0;
    data[i * 4 + 2] = pixels[j + 2] ?? 0;
    data[i * 4 + 3] = channels === 4 ? (pixels[j + 3] ?? 255) : 255;
  }
  return { width, height, data };
}

export interface DrawingOptions {
  /** A pixel is drawn when a channel differs from the background by more than this. Default 32. */
  threshold?: number;
  /**
   * A colour counts when at least this many drawn pixels have it, so that the blend of
   * anti-aliased edges does not count as colours of its own. Default 30.
   */
  minPixelsPerColor?: number;
}

export interface Drawing {
  width: number;
  height: number;
  /** The most common colour, taken as the background. */
  background: [number, number, number];
  /** Pixels differing noticeably from the background. */
  nonBackgroundPixels: number;
  /** Distinct hues among the drawn pixels (in 20° steps), each covering minPixelsPerColor. */
  distinctHues: number;
  /** distinctHues, plus one when greys (edges, labels) are drawn too. */
  distinctColors: number;
}

/** The 20° hue step of a saturated colour, or -1 for a grey (anti-aliasing keeps hues). */
function hueBucket(r: number, g: number, b: number): number {
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  if (chroma < 48) return -1;
  let hue: number;
  if (max === r) hue = ((g - b) / chroma + 6) % 6;
  else if (max === g) hue = (b - r) / chroma + 2;
  else hue = (r - g) / chroma + 4;
  return Math.floor(hue * 3) % 18;
}

/** Measures what an RGBA image shows against its most common colour. */
export function measureDrawing(image: DecodedImage, options: DrawingOptions = {}): Drawing {
  const threshold = options.threshold ?? 32;
  const minPixels = options.minPixelsPerColor ?? 30;
  const { width, height, data } = image;
  const exact = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    exact.set(key, (exact.get(key) ?? 0) + 1);
  }
  let backgroundKey = 0;
  let most = -1;
  for (const [key, count] of exact) {
    if (count > most) [backgroundKey, most] = [key, count];
  }
  const background: [number, number, number] = [
    (backgroundKey >> 16) & 0xff,
    (backgroundKey >> 8) & 0xff,
    backgroundKey & 0xff,
  ];
  let nonBackgroundPixels = 0;
  const hues = new Map<number, number>();
  for (const [key, count] of exact) {
    const [r, g, b] = [(key >> 16) & 0xff, (key >> 8) & 0xff, key & 0xff];
    const differs =
      Math.abs(r - background[0]) > threshold ||
      Math.abs(g - background[1]) > threshold ||
      Math.abs(b - background[2]) > threshold;
    if (!differs) continue;
    nonBackgroundPixels += count;
    const bucket = hueBucket(r, g, b);
    hues.set(bucket, (hues.get(bucket) ?? 0) + count);
  }
  const counted = [...hues].filter(([, count]) => count >= minPixels);
  const distinctHues = counted.filter(([bucket]) => bucket >= 0).length;
  const distinctColors = counted.length;
  return { width, height, background, nonBackgroundPixels, distinctHues, distinctColors };
}
