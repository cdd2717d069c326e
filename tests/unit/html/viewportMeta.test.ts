/**
 * index.html lets a reader zoom (WCAG 1.4.4): its viewport meta neither forbids zoom nor caps it
 * below 200%. The rule itself is tested first, on the settings that break it.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { zoomProblems } from "../../e2e/viewportZoom";

describe("zoomProblems", () => {
  const cases: [content: string, problems: string[]][] = [
    ["width=device-width, user-scalable=no", ["user-scalable=no forbids zoom"]],
    ["width=device-width; User-Scalable = 0", ["user-scalable=0 forbids zoom"]],
    [
      "width=device-width, maximum-scale=1",
      ["maximum-scale=1 caps zoom below 2× (text must reach 200%)"],
    ],
    [
      "width=device-width, maximum-scale=1.5, user-scalable=no",
      [
        "user-scalable=no forbids zoom",
        "maximum-scale=1.5 caps zoom below 2× (text must reach 200%)",
      ],
    ],
    [
      "width=device-width, maximum-scale=lots",
      ["maximum-scale=lots caps zoom below 2× (text must reach 200%)"],
    ],
    ["width=device-width, initial-scale=1.0", []],
    ["width=device-width, maximum-scale=2, user-scalable=yes", []],
  ];
  it.each(cases)("%s", (content, problems) => {
    expect(zoomProblems(content)).toEqual(problems);
  });
});

describe("index.html", () => {
  it("has one viewport meta, and it allows zoom", async () => {
    const html = await readFile(new URL("../../../index.html", import.meta.url), "utf8");
    const metas = [...html.matchAll(/<meta\s+name="viewport"\s+content="([^"]*)"/g)];
    expect(metas).toHaveLength(1);
    expect(zoomProblems(metas[0]?.[1] ?? "")).toEqual([]);
  });
});
