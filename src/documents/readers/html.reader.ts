import { convert, type SelectorDefinition } from 'html-to-text';
import { DocumentReadError } from '../document-read-error.ts';
import { decodeText } from '../text-decoding.ts';
import { gaugeMarkup } from './markup-nesting.ts';
import { MAX_NESTING_DEPTH } from './read-limits.ts';
import { defineReader } from './reader.ts';

/**
 * Web pages carry menus, cookie notices and scripts around the release itself. Those are skipped;
 * block elements become paragraphs and entities are decoded by a real HTML parser (htmlparser2 inside
 * html-to-text), so `&lt;script&gt;` in a release stays the text "<script>" it is.
 */
const SKIPPED = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form', 'button', 'img', 'body > header', 'iframe'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const selectors: SelectorDefinition[] = [
  ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
  ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
  { selector: 'a', options: { ignoreHref: true } },
  { selector: 'ul', options: { itemPrefix: '• ' } },
  { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
];

export const htmlReader = defineReader({
  name: 'html',
  async read({ file, bytes }) {
    const { text: html, encoding } = decodeText(bytes);
    // html-to-text walks the tree recursively: past ~1 500 levels it overflows the stack, and repeated
    // overflows have crashed the process outright (a V8 out-of-memory in its regexp compiler).
    const gauge = gaugeMarkup({ xml: false });
    gauge.write(html);
    if (gauge.tooDeep) throw new DocumentReadError('too_deep', file, `HTML nested deeper than the limit of ${MAX_NESTING_DEPTH} elements`);
    // The file size limit already bounds the input; html-to-text's own cut at 16 M characters would drop
    // the rest of a long page silently (with a console warning on stdout).
    const text = convert(html, { wordwrap: false, selectors, limits: { maxInputLength: Number.POSITIVE_INFINITY } });
    return { reader: 'html', text, notes: encoding === 'utf-8' ? [] : [`decoded as ${encoding}`] };
  },
});
