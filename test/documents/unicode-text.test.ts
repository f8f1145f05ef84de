import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/documents/normalise/unicode-text.ts';

const NBSP = '\u00a0';

describe('character normalisation', () => {
  it.each([
    ['composes decomposed accents (NFC)', 'Lie\u0300ge Cafe\u0301', 'Liège Café'],
    ['keeps a no-break space inside a number', `1${NBSP}800 kilos`, `1${NBSP}800 kilos`],
    ['turns a narrow no-break space into a no-break space', '13\u202f000 cases', `13${NBSP}000 cases`],
    ['turns a thin space into a no-break space', '5\u2009000 devices', `5${NBSP}000 devices`],
    ['keeps an ordinary word gap ordinary', '1 800 kilos', '1 800 kilos'],
    ['spells out fi and fl ligatures', 'ﬁnancial ﬂows, eﬀective, oﬃce', 'financial flows, effective, office'],
    ['keeps superscript footnote markers', 'operate globally.² Palestine¹', 'operate globally.² Palestine¹'],
    ['removes soft hyphens and zero-width spaces', 'investi\u00adgation\u200b', 'investigation'],
    ['turns tabs into a single space', 'From:\tPresidency', 'From: Presidency'],
    ['collapses runs of spaces', 'Eurojust   and  Europol', 'Eurojust and Europol'],
    ['normalises Windows and old Mac line ends', 'a\r\nb\rc', 'a\nb\nc'],
    ['keeps at most one blank line between paragraphs', 'a\n\n\n\nb', 'a\n\nb'],
    ['trims trailing spaces and leading indentation of lines', '  • Italy:   \nAlbania ', '• Italy:\nAlbania'],
    ['turns form feeds into line breaks', 'page one\fpage two', 'page one\npage two'],
  ])('%s', (_, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('is idempotent, so re-normalising stored text never moves an offset', () => {
    const messy = `  Brussels,\t21 November 2025\r\n\r\n\r\n1\u202f800 ﬁnes ²  `;
    expect(normaliseText(normaliseText(messy))).toBe(normaliseText(messy));
  });
});
