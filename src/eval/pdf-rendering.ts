import { existsSync } from 'node:fs';

/**
 * Renders a gold document's text as a PDF the way publishers print releases — A4, a proportional font,
 * paragraphs wrapped to the page width, several pages — so the eval can score what factline reads back
 * from the PDF beside what it reads from the text. Wrapped lines, page breaks and font encodings are
 * where a PDF reading loses facts; the target is the PDF within 0.03 of the text.
 *
 * pdfkit is a development dependency: this module is imported only by `npm run eval -- --as-pdf`.
 */
const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const A4_TEXT_WIDTH = 451;

export async function renderAsPdf(text: string, title: string): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const fixed = new Date(Date.UTC(2026, 0, 1));
  const doc = new PDFDocument({ size: 'A4', margin: 72, info: { Title: title, Producer: 'factline eval', CreationDate: fixed, ModDate: fixed } });
  // A Unicode font keeps "Kövesi", "Śliwa" and "’" as they are; Helvetica's WinAnsi would not.
  if (existsSync(DEJAVU_SANS)) doc.font(DEJAVU_SANS);
  doc.fontSize(10.5);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const paragraph of text.split('\n')) {
    if (paragraph.trim() === '') doc.moveDown(0.6);
    else doc.text(paragraph, { width: A4_TEXT_WIDTH, align: 'left' });
  }
  doc.end();
  return new Uint8Array(await done);
}
