import { splitSentences } from './src/nlp/sentences.ts';
import { extractSignings } from './src/extract/signings/extract-signings.ts';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2]!, 'utf8');
for (const s of extractSignings(splitSentences(text), { documentDate: process.argv[3] ?? null, documentAgency: null })) console.log(s.instrument, s.parties[0], s.counterpart, s.status, s.date, s.rule);
