/**
 * The one door to the language library. wink-nlp with its English "lite web" model splits each
 * block into sentences and tokens and gives every token its part of speech and lemma; the rest of
 * drafting reads only the plain `Token` below, so the library could be swapped here alone.
 *
 * Why wink-nlp and not compromise: on the notes fixtures it tagged 10,000 words in about a tenth of
 * a second against several seconds, and it gives lemmas and Universal POS tags, which the relation
 * verbs and the passive voice are read from (README, "Drafting from notes";
 * `npm run draft:compare` prints the comparison). It needs no server and no download at run time:
 * the model is a JavaScript module, bundled into the draft worker only.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Block } from "./blocks";

export interface Token {
  /** As written. */
  text: string;
  lower: string;
  /** Universal POS tag: PROPN, NOUN, VERB, AUX, ADP, DET, PRON, CCONJ, PUNCT, NUM, ADJ… */
  pos: string;
  lemma: string;
  start: number;
  end: number;
  /** Index of the sentence in the draft. */
  sentence: number;
}

export interface SentenceTokens {
  start: number;
  end: number;
  /** Index of the block (paragraph, bullet or heading) it stands in. */
  block: number;
  /** Index of its first token in the draft's token list, and one past its last. */
  first: number;
  last: number;
}

let engine: ReturnType<typeof winkNLP> | null = null;

/** The engine is made on first use: loading the model costs a fifth of a second. */
function nlp(): ReturnType<typeof winkNLP> {
  engine ??= winkNLP(model);
  return engine;
}

/** Sentences and tokens of every block, with offsets into the notes. */
export function tokenise(
  blocks: readonly Block[],
  onBlock?: (done: number) => void,
): { tokens: Token[]; sentences: SentenceTokens[] } {
  const engine = nlp();
  const its = engine.its;
  const tokens: Token[] = [];
  const sentences: SentenceTokens[] = [];
  blocks.forEach((block, blockIndex) => {
    const doc = engine.readDoc(block.readable);
    const values = doc.tokens().out(its.value) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    // The typings miss that `its.lemma` needs the model's add-ons, which readDoc supplies.
    const lemmas = doc.tokens().out(its.lemma as never) as string[];
    // Offsets: each token is found after the previous one in the block's own text.
    const starts: number[] = [];
    let cursor = 0;
    for (const value of values) {
      const found = block.readable.indexOf(value, cursor);
      const at = found === -1 ? cursor : found;
      starts.push(at);
      cursor = at + value.length;
    }
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    for (const [firstToken, lastToken] of spans) {
      const first = tokens.length;
      const sentence = sentences.length;
      for (let index = firstToken; index <= lastToken; index += 1) {
        const text = values[index] ?? "";
        if (text.trim() === "") continue;
        const start = block.start + (starts[index] ?? 0);
        tokens.push({
          text,
          lower: text.toLowerCase(),
          pos: tags[index] ?? "X",
          lemma: (lemmas[index] ?? text).toLowerCase(),
          start,
          end: start + text.length,
          sentence,
        });
      }
      const last = tokens.length;
      if (last === first) continue;
      sentences.push({
        start: tokens[first]?.start ?? block.start,
        end: tokens[last - 1]?.end ?? block.end,
        block: blockIndex,
        first,
        last,
      });
    }
    onBlock?.(blockIndex + 1);
  });
  return { tokens, sentences };
}
