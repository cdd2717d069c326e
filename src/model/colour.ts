/**
 * Colour arithmetic for checking palettes: WCAG contrast, CIEDE2000 difference, and how a colour
 * looks to a reader with a colour-vision deficiency. Plain functions with no library, so the
 * dataset validator can one day warn about a dataset's own type colours with the same rules the
 * unit tests apply to ours.
 *
 * Why no library: culori does all of this, but we need five small formulas, each checked in the
 * tests against published values (Sharma's CIEDE2000 data, WCAG's luminance), and model/ stays
 * free of packages.
 */

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];
export type Deficiency = "protan" | "deutan" | "tritan";
export const DEFICIENCIES: readonly Deficiency[] = ["protan", "deutan", "tritan"];

/** `#rrggbb` ⇒ sRGB channels in 0..1; anything else is refused, so a typo cannot pass a check. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: "${hex}"`);
  return [1, 2, 3].map((i) => parseInt(match[i] as string, 16) / 255) as unknown as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

export function linearRgb(rgb: Rgb): Rgb {
  return [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])];
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = linearRgb(parseHex(hex));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21, in either order. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB. Machado is the
 * usual model for protan and deutan; for tritan it is weaker than Brettel (1997), but it keeps
 * the three checks one formula, and our threshold leaves a margin for that.
 */
const MACHADO: Record<Deficiency, readonly (readonly [number, number, number])[]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.308008],
  ],
};

/** How `hex` looks with a full deficiency, as `#rrggbb`. */
export function simulate(hex: string, deficiency: Deficiency): string {
  const linear = linearRgb(parseHex(hex));
  const channels = MACHADO[deficiency].map((row) =>
    Math.round(
      clamp01(toGamma(clamp01(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]))) * 255,
    ),
  );
  return `#${channels.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** sRGB ⇒ CIE L*a*b* (D65). */
export function lab(hex: string): Lab {
  const [r, g, b] = linearRgb(parseHex(hex));
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (deg: number) => (deg * Math.PI) / 180;

/** CIEDE2000 colour difference between two L*a*b* colours (Sharma, Wu & Dalal 2005). */
export function ciede2000(one: Lab, two: Lab): number {
  const [l1, a1, b1] = one;
  const [l2, a2, b2] = two;
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) =>
    a === 0 && b === 0 ? 0 : (degrees(Math.atan2(b, a)) + 360) % 360;
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);

  const dLp = l2 - l1;
  const dCp = c2p - c1p;
  let dhp = 0;
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(radians(dhp / 2));

  const lBarP = (l1 + l2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBarP = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hBarP = (h1p + h2p) / 2;
    else hBarP = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(radians(hBarP - 30)) +
    0.24 * Math.cos(radians(2 * hBarP)) +
    0.32 * Math.cos(radians(3 * hBarP + 6)) -
    0.2 * Math.cos(radians(4 * hBarP - 63));
  const dTheta = 30 * Math.exp(-(((hBarP - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBarP - 50) ** 2) / Math.sqrt(20 + (lBarP - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(radians(2 * dTheta)) * rc;
  return Math.sqrt(
    (dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh),
  );
}

/** CIEDE2000 between two `#rrggbb` colours, as seen with normal vision or a deficiency. */
export function colourDifference(a: string, b: string, vision?: Deficiency): number {
  const seen = (hex: string) => (vision ? simulate(hex, vision) : hex);
  return ciede2000(lab(seen(a)), lab(seen(b)));
}

/** The closest pair of `colours` under any of normal, protan, deutan and tritan vision. */
export function closestPair(
  colours: readonly string[],
): { a: string; b: string; vision: Deficiency | "normal"; difference: number } | null {
  let closest: ReturnType<typeof closestPair> = null;
  for (let i = 0; i < colours.length; i++) {
    for (let j = i + 1; j < colours.length; j++) {
      const a = colours[i] as string;
      const b = colours[j] as string;
      for (const vision of ["normal", ...DEFICIENCIES] as const) {
        const difference = colourDifference(a, b, vision === "normal" ? undefined : vision);
        if (!closest || difference < closest.difference) closest = { a, b, vision, difference };
      }
    }
  }
  return closest;
}
