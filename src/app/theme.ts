/**
 * The page follows the system's theme, live: `prefers-color-scheme: dark` chooses the dark
 * palette and `forced-colors: active` (a Windows contrast theme, say) one made of the user's own
 * system colours. The chosen palette becomes the one in use (model/palette.ts), which the canvas
 * reads, and the stylesheets' custom properties on <html>.
 */
import {
  cssCustomProperties,
  DARK_PALETTE,
  forcedPalette,
  LIGHT_PALETTE,
  setPalette,
  type Palette,
  type SystemColours,
} from "../model/palette";

const DARK = "(prefers-color-scheme: dark)";
const FORCED = "(forced-colors: active)";

/**
 * The system colours as this browser resolves them. The canvas cannot take a keyword such as
 * `CanvasText`, so each is set on a hidden probe and read back as rgb().
 */
function systemColours(): SystemColours {
  const probe = document.createElement("span");
  probe.style.display = "none";
  // Forced colours would otherwise replace the very colour being read with CanvasText.
  probe.style.forcedColorAdjust = "none";
  document.body.append(probe);
  const read = (keyword: string) => {
    probe.style.color = keyword;
    return getComputedStyle(probe).color;
  };
  const colours = {
    canvas: read("Canvas"),
    canvasText: read("CanvasText"),
    grayText: read("GrayText"),
    highlight: read("Highlight"),
    highlightText: read("HighlightText"),
    linkText: read("LinkText"),
  };
  probe.remove();
  return colours;
}

function chosenPalette(): Palette {
  if (window.matchMedia(FORCED).matches) return forcedPalette(systemColours());
  return window.matchMedia(DARK).matches ? DARK_PALETTE : LIGHT_PALETTE;
}

function apply(): void {
  const chosen = chosenPalette();
  for (const [name, value] of cssCustomProperties(chosen)) {
    document.documentElement.style.setProperty(name, value);
  }
  // Form controls and scroll bars follow too.
  document.documentElement.style.colorScheme = chosen === DARK_PALETTE ? "dark" : "light";
  setPalette(chosen);
}

/** Applies the system's theme now and whenever it changes. */
export function followSystemTheme(): void {
  apply();
  for (const query of [DARK, FORCED]) window.matchMedia(query).addEventListener("change", apply);
}
