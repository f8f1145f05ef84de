import { splitSentences } from './src/nlp/sentences.ts';
import { findOrganisationMentions } from './src/extract/entities/organisation-mentions.ts';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2]!, 'utf8');
const t0 = performance.now();
const all = splitSentences(text).flatMap(findOrganisationMentions);
console.log(performance.now() - t0, 'ms');
console.log([...new Set(all.map(m => `${m.name}${m.acronym ? ' ('+m.acronym+')' : ''} [${m.rule.slice(13)}]`))].join('\n'));
