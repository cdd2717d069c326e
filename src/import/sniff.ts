/**
 * Bytes ▶ text, and the few looks at a name or a first line that the formats' sniffs share
 * (formats.ts decides which format a file is). Nothing here parses a format, so a refusal (not
 * text, not UTF-8) comes before any parser sees the file.
 */
import type { Problem, ProblemCode } from "../model/schema";

export type Decoding = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Decodes a file the way a person expects text files to be read: a byte-order mark chooses UTF-8,
 * UTF-16 LE or UTF-16 BE (and is removed); UTF-16 without a mark is recognised by the zero bytes of
 * its first character; an XML declaration may name another encoding; everything else must be UTF-8.
 * Invalid bytes are refused with the place of the first one, never replaced with "�": a name with a
 * replacement character is a corrupted name.
 */
export function decodeBytes(name: string, bytes: Uint8Array): Decoding {
  const fail = (message: string, code: ProblemCode = "unreadable"): Decoding => ({
    ok: false,
    problem: { code, place: name, message },
  });
  if (bytes.length === 0) return fail("the file is empty", "empty");

  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return fail("the file is UTF-32 text, which cannot be read: save it as UTF-8");
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return finish(name, bytes.subarray(3), "utf-8");
  if (b0 === 0xff && b1 === 0xfe) return finish(name, bytes.subarray(2), "utf-16le");
  if (b0 === 0xfe && b1 === 0xff) return finish(name, bytes.subarray(2), "utf-16be");
  // No mark: a text file's first character is never NUL, so a zero byte beside a non-zero one is
  // the other half of a UTF-16 code unit ("<\0?\0x\0" is `<?x` in UTF-16 LE).
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return finish(name, bytes, "utf-16le");
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return finish(name, bytes, "utf-16be");

  const declared = declaredXmlEncoding(bytes);
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
    if (/^utf-?16/i.test(declared))
      return fail(`the file declares encoding "${declared}" but has no UTF-16 byte-order mark`);
    let supported = true;
    try {
      new TextDecoder(declared);
    } catch {
      supported = false;
    }
    if (!supported)
      return fail(
        `the file declares encoding "${declared}", which cannot be read: save it as UTF-8`,
      );
    return finish(name, bytes, declared);
  }
  return finish(name, bytes, "utf-8");
}

function finish(name: string, bytes: Uint8Array, encoding: string): Decoding {
  const fail = (message: string, code: ProblemCode = "unreadable"): Decoding => ({
    ok: false,
    problem: { code, place: name, message },
  });
  let text: string;
  try {
    // ignoreBOM: the mark was removed above; a second one is content and is kept as such.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding === "utf-8") {
      const offset = firstInvalidUtf8Byte(bytes);
      return fail(
        `the file is not valid UTF-8 (byte ${offset + 1}, line ${lineOfByte(bytes, offset)}): ` +
          "save it as UTF-8",
      );
    }
    if (encoding.startsWith("utf-16")) {
      const offset = firstInvalidUtf16Byte(bytes, encoding === "utf-16le");
      return fail(`the file is not valid ${encoding.toUpperCase()} (byte ${offset + 1})`);
    }
    return fail(`the file is not valid ${encoding} text`);
  }
  const nul = text.indexOf("\0");
  if (nul !== -1)
    return fail(
      `the file holds a NUL character (line ${lineOfOffset(text, nul)}): it looks like a binary ` +
        "file, not text",
    );
  if (text.trim() === "")
    return fail(text === "" ? "the file is empty" : "the file holds only white space", "empty");
  return { ok: true, text };
}

/** `encoding="…"` of an XML declaration at the very start, read as ASCII. */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const declaration = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head);
  return declaration?.[1];
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence, with the WHATWG decoder's rules
 * (no overlong forms, no surrogates, nothing above U+10FFFF), so it agrees with `TextDecoder`.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += needed + 1;
  }
  return -1;
}

/** Offset of the first byte of an unpaired surrogate or of a dangling odd byte. */
function firstInvalidUtf16Byte(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number) =>
    littleEndian
      ? (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
      : ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
  let i = 0;
  while (i + 1 < bytes.length) {
    const code = unit(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const low = unit(i + 2);
      if (low < 0xdc00 || low > 0xdfff) return i;
      i += 4;
    } else if (code >= 0xdc00 && code <= 0xdfff) return i;
    else i += 2;
  }
  return i;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1))
    line++;
  return line;
}

/** `relations.csv` of `data/relations.CSV`, lower-cased: names are matched without folders. */
export function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).toLowerCase();
}

/** `gexf` of `Network.GEXF`; "" when the name has none. */
export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1);
}

/**
 * Local name of the first element, skipping the XML declaration, processing instructions,
 * comments and a document type (which the XML reader refuses later, with its line).
 */
export function xmlRootName(text: string): string | undefined {
  let at = 0;
  for (let guard = 0; guard < 1000; guard++) {
    at = text.indexOf("<", at);
    if (at === -1) return undefined;
    if (text.startsWith("<?", at)) at = endOf(text, "?>", at);
    else if (text.startsWith("<!--", at)) at = endOf(text, "-->", at);
    else if (text.startsWith("<!", at)) at = endOf(text, ">", at);
    else {
      const name = /^<([^\s/>]+)/.exec(text.slice(at, at + 200))?.[1];
      if (name === undefined) return undefined;
      return (name.includes(":") ? name.slice(name.indexOf(":") + 1) : name).toLowerCase();
    }
    if (at === -1) return undefined;
  }
  return undefined;
}

function endOf(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end === -1 ? -1 : end + terminator.length;
}
