import { splitSentences } from './src/nlp/sentences.ts';
import { findCountryMentions } from './src/extract/entities/country-mentions.ts';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2]!, 'utf8');
const t0 = performance.now();
const all = splitSentences(text).flatMap(findCountryMentions);
console.log(performance.now() - t0, 'ms');
console.log([...new Set(all.map(m => `${m.country.code}:${text.slice(m.start, m.end)}:${m.rule.slice(8)}`))].join(' | '));
