import { describe, expect, it } from 'vitest';
import { coordinatedLists, introducesList, isListItemLine } from '../../src/nlp/coordination.ts';

/** Items are the spans of the given names in the text, as a mention layer would give them. */
function itemsOf(text: string, names: readonly string[]) {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { name, start, end: start + name.length };
  });
}

const lists = (text: string, names: readonly string[]) =>
  coordinatedLists(text, 0, itemsOf(text, names)).map((list) => list.items.map((item) => item.name));

describe('the coordination reader groups mentions into the lists the text writes', () => {
  it.each([
    ['commas and "and"', 'talks with Ghana, Chile and Nepal began', ['Ghana', 'Chile', 'Nepal'], [['Ghana', 'Chile', 'Nepal']]],
    ['a serial comma', 'with Laos, Peru, and Fiji', ['Laos', 'Peru', 'Fiji'], [['Laos', 'Peru', 'Fiji']]],
    ['a missing comma', 'signed with Oman Qatar and Bahrain', ['Oman', 'Qatar', 'Bahrain'], [['Oman', 'Qatar', 'Bahrain']]],
    ['"or"', 'with Iceland or Norway', ['Iceland', 'Norway'], [['Iceland', 'Norway']]],
    ['"as well as"', 'with Benin, Togo as well as Ghana', ['Benin', 'Togo', 'Ghana'], [['Benin', 'Togo', 'Ghana']]],
    ['parentheses after a number', 'with 3 of them (Cuba, Haiti and Jamaica)', ['Cuba', 'Haiti', 'Jamaica'], [['Cuba', 'Haiti', 'Jamaica']]],
    ['articles between items', 'with the Gambia, the Bahamas and the Maldives', ['Gambia', 'Bahamas', 'Maldives'], [['Gambia', 'Bahamas', 'Maldives']]],
    ['an acronym after an item', 'with the Andean Community (CAN), Mercosur and SICA', ['Andean Community', 'Mercosur', 'SICA'], [['Andean Community', 'Mercosur', 'SICA']]],
    ['bullets on their own lines', 'entries:\n- Chad\n- Niger\n- Mali', ['Chad', 'Niger', 'Mali'], [['Chad', 'Niger', 'Mali']]],
    ['two lists apart', 'Nepal signed, while talks with Bhutan and Tonga go on', ['Nepal', 'Bhutan', 'Tonga'], [['Nepal'], ['Bhutan', 'Tonga']]],
    ['a verb between names', 'Malta helped Cyprus', ['Malta', 'Cyprus'], [['Malta'], ['Cyprus']]],
  ])('%s', (_, text, names, expected) => {
    expect(lists(text, names)).toEqual(expected);
  });

  it.each([
    ['The annex shall list the following new entries:', true],
    ['Priority goes to the following', true],
    ['Working arrangements were signed with Peru.', false],
  ])('knows a sentence that introduces a list on the next lines: %s', (sentence, expected) => {
    expect(introducesList(sentence)).toBe(expected);
  });

  it.each([
    ['- Mongolia', ['Mongolia'], true],
    ['• Sri Lanka;', ['Sri Lanka'], true],
    ['(b) Vanuatu, and', ['Vanuatu'], true],
    ['3. Kazakhstan', ['Kazakhstan'], true],
    ['• Mongolia (2019)', ['Mongolia'], true],
    ['- Bhutan - 2021', ['Bhutan'], true],
    ['Mongolia joined in 2020.', ['Mongolia'], false],
    ['No names here', [], false],
  ])('knows a line that is only a list item: %s', (text, names, expected) => {
    const line = { text, start: 100 };
    const items = itemsOf(text, names).map((item) => ({ start: item.start + 100, end: item.end + 100 }));
    expect(isListItemLine(line, items)).toBe(expected);
  });
});
