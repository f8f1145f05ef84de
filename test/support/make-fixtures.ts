// Regenerates the synthetic fixtures under fixtures/ from the corpus texts in fixtures/corpus.
//   npx tsx test/support/make-fixtures.ts      (or: npm run fixtures:make)
// Output is deterministic (fixed dates, seeded noise), so a rerun on the same machine must
// leave `git status` clean; fonts come from the system DejaVu package, so another DejaVu
// version may change PDF bytes (not their text).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ROOT, writeFixture } from './fixtures/common.ts';
import { encodeWindows1252, garbage, LEGACY_TEXT, utf16leWithBom } from './fixtures/bad-text.ts';
import { makeCouncilPdf } from './fixtures/council-pdf.ts';
import { digestRelease } from './fixtures/digest.ts';
import { makeReleaseDocx, truncateDocx } from './fixtures/docx-fixtures.ts';
import { releasePage, scriptInTextPage } from './fixtures/html-fixtures.ts';
import { makeHyphenatedPdf } from './fixtures/hyphenated-pdf.ts';
import { makeCorruptPdf, makeEncryptedPdf, makeScannedPdf, makeTruncatedPdf } from './fixtures/special-pdfs.ts';
import { makeTwoColumnPdf } from './fixtures/two-column-pdf.ts';

const written: Array<{ file: string; bytes: number; sha256: string }> = [];
function emit(relPath: string, data: Buffer | string): string {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  writeFixture(relPath, buf);
  written.push({ file: relPath, bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') });
  return path.join(ROOT, relPath);
}
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`fixture check failed: ${message}`);
}

const G = 'fixtures/pdf/generated';

const note = await makeCouncilPdf({
  source: 'council-note-15571-25-drug-trafficking-summary.txt',
  title: 'The fight against drug trafficking and organised crime - Summary report',
  footer1: ['15571/25', 'AB/cd'],
  footer2: ['JAI.1', 'LIMITE', 'EN'],
});
check(note.pages >= 8, `council note has ${note.pages} pages, expected at least 8`);
const notePath = emit(`${G}/council-note-15571-25.pdf`, note.pdf);

const conclusions = await makeCouncilPdf({
  source: 'council-conclusions-11333-24-third-countries.txt',
  title: 'Council Conclusions on strengthening judicial cooperation with third countries in the fight against organised crime',
  footer1: ['11333/24', 'XY/ab'],
  footer2: ['JAI.2', null, 'EN'],
});
emit(`${G}/council-conclusions-11333-24.pdf`, conclusions.pdf);

const strategy = await makeTwoColumnPdf('eurojust-strategy-international-partners-2024-2027.txt');
emit(`${G}/eurojust-strategy-two-column.pdf`, strategy.pdf);

const hyphenated = await makeHyphenatedPdf('eurojust-pr-50-jurisdictions-working-arrangements.txt');
check(hyphenated.broken.length >= 15, `only ${hyphenated.broken.length} hyphenated line breaks`);
emit(`${G}/eurojust-pr-hyphenated.pdf`, hyphenated.pdf);

const goldRobbers = digestRelease('Eurojust supports authorities to stop gold robbers in Italy');
emit(`${G}/encrypted.pdf`, await makeEncryptedPdf(goldRobbers.blocks[0]?.text ?? ''));

const scannedPath = emit(`${G}/scanned.pdf`, await makeScannedPdf(notePath));
const scannedText = execFileSync('pdftotext', [scannedPath, '-'], { encoding: 'utf8' });
check(scannedText.trim() === '', 'scanned.pdf has a text layer');

emit(`${G}/truncated.pdf`, makeTruncatedPdf());
emit(`${G}/corrupt.pdf`, makeCorruptPdf());

const docx = await makeReleaseDocx(goldRobbers);
emit('fixtures/docx/eurojust-gold-robbers.docx', docx);
emit('fixtures/bad/corrupt.docx', truncateDocx(docx));

const laundering = digestRelease('International operation uncovers large scale scheme laundering hundreds of millions of euros');
emit('fixtures/html/eurojust-ukraine-laundering.html', releasePage(laundering));
emit('fixtures/html/script-in-text.html', scriptInTextPage());

emit('fixtures/bad/empty.txt', Buffer.alloc(0));
const noise = garbage();
check(noise.includes(0), 'garbage.bin has no NUL byte');
emit('fixtures/bad/garbage.bin', noise);
emit('fixtures/bad/windows-1252.txt', encodeWindows1252(LEGACY_TEXT));
emit('fixtures/bad/windows-1252.expected.txt', LEGACY_TEXT);
emit('fixtures/bad/utf16le-bom.txt', utf16leWithBom(LEGACY_TEXT));

for (const w of written) console.log(`${String(w.bytes).padStart(8)}  ${w.sha256.slice(0, 16)}  ${w.file}`);
console.log(`council note: ${note.pages} pages; conclusions: ${conclusions.pages}; strategy: ${strategy.pages}`);
console.log(`hyphenated line breaks (${hyphenated.broken.length}): ${hyphenated.broken.join(' ')}`);
