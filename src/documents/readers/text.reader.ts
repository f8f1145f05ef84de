import { decodeText } from '../text-decoding.ts';
import { defineReader } from './reader.ts';

export const textReader = defineReader({
  name: 'text',
  async read({ bytes }) {
    const { text, encoding } = decodeText(bytes);
    return { reader: 'text', text, notes: encoding === 'utf-8' ? [] : [`decoded as ${encoding}`] };
  },
});
