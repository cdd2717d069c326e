import { describe, expect, it } from "vitest";
import { MAX_NOTES_BYTES, notesFromBytes, notesFromText } from "../../../src/draft/input";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("notes before drafting", () => {
  it("refuses a binary file, naming it", () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]);
    const result = notesFromBytes(pdf, "essay.pdf");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ code: "unreadable", place: "essay.pdf" });
    expect(result.problem.message).toMatch(/not a text file/);
  });

  it("refuses text that is not UTF-8, saying where", () => {
    // "Tudor " then a Latin-1 "é" (0xe9), which UTF-8 cannot start a character with there.
    const latin1 = new Uint8Array([...bytes("Henry Tudor "), 0xe9, ...bytes(" was crowned")]);
    const result = notesFromBytes(latin1, "tudors.txt");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message).toMatch(/not UTF-8 text \(the byte at 1\d/);
  });

  it("refuses empty and blank notes", () => {
    for (const text of ["", "   \n\t  \n"]) {
      const result = notesFromText(text, "pasted notes");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.code).toBe("empty");
    }
  });

  it("refuses notes over the limit with the sizes in words, before decoding them", () => {
    const result = notesFromBytes(new Uint8Array(MAX_NOTES_BYTES + 1), "all.txt");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe("too-large");
    expect(result.problem.message).toMatch(/1 MB.*a chapter at a time/);
  });

  it("takes UTF-8 text, dropping a byte-order mark and Windows line endings", () => {
    const result = notesFromBytes(bytes("\ufeffStalin died.\r\nBeria fell.\r\n"), "n.txt");
    expect(result).toEqual({ ok: true, text: "Stalin died.\nBeria fell.\n" });
  });
});
