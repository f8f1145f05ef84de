import { type Sentence, splitSentences } from './sentences.ts';
import { type Token, tokenize } from './tokens.ts';

/**
 * One analysed document that every rule reads and adds to, in the manner of spaCy's `Doc` with its
 * span groups and GATE's annotation sets: the text is split into sentences and tokenised once; each
 * reader adds a layer of spans (numbers, structure, countries, bodies, persons, lists, dates) and reads
 * the layers added before it. Facts are built from the top layers, so one number reader or one list
 * reader serves every kind of fact instead of each stage scanning the text again.
 */
export interface Span {
  /** Offsets into the document text. */
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the span lies in. */
  readonly sentence: number;
  /** Stable id of the rule that made the span; a fact built on it records it. */
  readonly rule: string;
}

/** A typed name for a layer: `layer<NumberSpan>('numbers')`, declared beside the reader that fills it. */
export interface LayerKey<T extends Span> {
  readonly name: string;
  /** Never set: carries the span type for the compiler. */
  readonly spanType?: T;
}

export const layer = <T extends Span>(name: string): LayerKey<T> => ({ name });

export class DocumentModel {
  readonly sentences: readonly Sentence[];
  readonly #tokens: (readonly Token[] | undefined)[];
  readonly #layers = new Map<string, Span[][]>();

  constructor(
    readonly text: string,
    /** The document's own date (YYYY-MM-DD), against which relative dates resolve. */
    readonly date: string | null = null,
  ) {
    this.sentences = splitSentences(text);
    this.#tokens = new Array(this.sentences.length);
  }

  /** The tokens of one sentence, with document offsets; tokenised on first use and kept. */
  tokens(sentence: number): readonly Token[] {
    let tokens = this.#tokens[sentence];
    if (!tokens) {
      const { text, start } = this.sentences[sentence]!;
      tokens = tokenize(text, start);
      this.#tokens[sentence] = tokens;
    }
    return tokens;
  }

  /** Adds spans to a layer; spans are kept per sentence, in the order added. */
  add<T extends Span>(key: LayerKey<T>, spans: Iterable<T>): void {
    let bySentence = this.#layers.get(key.name);
    if (!bySentence) {
      bySentence = Array.from({ length: this.sentences.length }, () => []);
      this.#layers.set(key.name, bySentence);
    }
    for (const span of spans) bySentence[span.sentence]!.push(span);
  }

  has(key: LayerKey<Span>): boolean {
    return this.#layers.has(key.name);
  }

  /** The spans of a layer in one sentence (empty when the layer or the sentence has none). */
  inSentence<T extends Span>(key: LayerKey<T>, sentence: number): readonly T[] {
    return (this.#layers.get(key.name)?.[sentence] ?? []) as T[];
  }

  /** Every span of a layer, sentence by sentence. */
  all<T extends Span>(key: LayerKey<T>): readonly T[] {
    return (this.#layers.get(key.name)?.flat() ?? []) as T[];
  }

  /** Spans of a layer that overlap [start, end) in one sentence. */
  overlapping<T extends Span>(key: LayerKey<T>, sentence: number, start: number, end: number): readonly T[] {
    return this.inSentence(key, sentence).filter((span) => span.start < end && span.end > start);
  }
}
