import { MarkupParser } from './bundled-parsers.ts';
import { MAX_NESTING_DEPTH } from './read-limits.ts';

export interface MarkupGauge {
  /** Feeds the next piece of markup; pieces may split tags anywhere. */
  write(text: string): void;
  /** True once an element opened deeper than MAX_NESTING_DEPTH; the rest is then skipped. */
  readonly tooDeep: boolean;
}

/**
 * Watches how deep markup nests with htmlparser2's streaming parser and one counter, so input nested
 * a million levels deep costs no recursion. It stops at the limit: htmlparser2 keeps its open elements
 * in an array it `unshift`s, so each level costs as much as the depth (100 000 levels: 2.8 s) and
 * measuring a hostile depth exactly would take minutes. HTML is parsed with the options html-to-text
 * uses, so implied closing tags (`<p><p>`, `<li><li>`, `<br>`) close here exactly as they do there.
 */
export function gaugeMarkup({ xml }: { xml: boolean }): MarkupGauge {
  let depth = 0;
  let tooDeep = false;
  const parser = new MarkupParser(
    {
      onopentag() {
        if (++depth <= MAX_NESTING_DEPTH) return;
        tooDeep = true;
        parser.pause();
      },
      onclosetag() {
        depth--;
      },
    },
    xml ? { xmlMode: true } : { decodeEntities: true },
  );
  return {
    write(text) {
      if (!tooDeep) parser.write(text);
    },
    get tooDeep() {
      return tooDeep;
    },
  };
}
