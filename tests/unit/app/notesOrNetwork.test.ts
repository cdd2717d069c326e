/**
 * Which dropped files go to drafting and which to the importer (src/app/notesOrNetwork.ts): an edge
 * list or a dataset saved as .txt must keep opening as a network; notes, commas and all, are
 * drafted.
 */
import { describe, expect, it } from "vitest";
import { isNotesFile, looksLikeNotes } from "../../../src/app/notesOrNetwork";

const NOTES =
  "After Stalin's death in 1953, a power struggle ensued.\n" +
  "Khrushchev, Malenkov and Beria formed a troika; Beria was arrested in June.\n" +
  "Malenkov resigned as Premier in 1955.\n";

describe("looksLikeNotes", () => {
  it.each([
    // [name, start of the file, drafted?]
    ["network.txt", '{ "format": "dramatis/1", "entities": [] }', false],
    ["network.txt", '<?xml version="1.0"?>\n<gexf></gexf>', false],
    ["edges.txt", "from,to,type\nkhrushchev,beria,arrested\nmalenkov,khrushchev,rivalled\n", false],
    ["edges.txt", "source\ttarget\nKhrushchev\tBeria\n", false],
    ["edges.txt", 'from,to\n"Khrushchev, N.",Beria\n', false],
    ["notes.txt", NOTES, true],
    ["notes.txt", "Khrushchev arrested Beria.\nMalenkov resigned.\n", true],
    ["notes.txt", "Khrushchev, Malenkov and Beria", true],
  ])("%s starting %j: notes %s", (name, text, expected) => {
    expect(looksLikeNotes(name, text)).toBe(expected);
  });
});

describe("isNotesFile", () => {
  const file = (name: string, text: string) => new File([text], name);

  it.each([
    [
      "several files are a dataset and its texts, not notes",
      [file("a.json", "{}"), file("notes.md", NOTES)],
      false,
    ],
    ["a CSV is a table whatever it holds", [file("notes.csv", NOTES)], false],
    ["a JSON file is the importer's", [file("network.json", "{}")], false],
    ["Markdown is notes", [file("notes.md", "from,to\na,b\nc,d\n")], true],
    ["a .txt of prose is notes", [file("notes.txt", NOTES)], true],
    ["a .txt edge list is a network", [file("edges.txt", "from,to\na,b\nc,d\n")], false],
  ])("%s", async (_, files, expected) => {
    expect(await isNotesFile(files)).toBe(expected);
  });
});
