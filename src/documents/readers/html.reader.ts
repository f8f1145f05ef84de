import { convert, type SelectorDefinition } from 'html-to-text';
import { decodeText } from '../text-decoding.ts';
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
  async read({ bytes }) {
    const { text: html, encoding } = decodeText(bytes);
    const text = convert(html, { wordwrap: false, selectors });
    return { reader: 'html', text, notes: encoding === 'utf-8' ? [] : [`decoded as ${encoding}`] };
  },
});
