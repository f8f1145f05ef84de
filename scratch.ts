import { splitSentences } from './src/nlp/sentences.ts';
import { extractFigures } from './src/extract/figures/extract-figures.ts';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2]!, 'utf8');
for (const f of extractFigures(splitSentences(text))) console.log(f.value, f.unit, f.qualifier, JSON.stringify(f.subject), f.action, f.year, '|', text.slice(f.evidence.start, f.evidence.end));
