import { describe, expect, it } from "vitest";
import { IdMinter, slugify } from "../../../src/import/ids";

describe("slugify", () => {
  const cases: [string, string][] = [
    ["", ""],
    ["Ключ", ""],
    ["__proto__", "proto"],
    ["Khrushchev, N.", "khrushchev-n"],
    ["Émile Zola", "emile-zola"],
    ["Straße", "strasse"],
    ["  11 ", "11"],
    ["a".repeat(100), "a".repeat(60)],
  ];
  it.each(cases)("%j ▶ %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe("IdMinter", () => {
  it("resolves collisions in order, remembers each key, and never hands out reserved names", () => {
    const ids = new IdMinter("node");
    expect(
      ["Beria", "beria", "BERIA", "beria-2", "Ключ", "Жуков", "constructor", "prototype"].map(
        (key) => ids.idFor(key),
      ),
    ).toEqual([
      "beria",
      "beria-2",
      "beria-3",
      "beria-2-2",
      "node-1",
      "node-2",
      "constructor-2",
      "prototype-2",
    ]);
    expect(ids.idFor("beria")).toBe("beria-2");
    expect(ids.existing("Ключ")).toBe("node-1");
    expect(ids.existing("nobody")).toBeUndefined();
  });

  it("gives the same ids for the same file, every time", () => {
    const mint = () => {
      const ids = new IdMinter("node");
      return ["x", "X", "x!", "y"].map((key) => ids.idFor(key));
    };
    expect(mint()).toEqual(mint());
  });
});
