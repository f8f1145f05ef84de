import { franc } from 'franc-min';
import { iso6393, iso6393To1 } from 'iso-639-3';

/**
 * The language a document is written in, as ISO 639-1 (`en`, `fr`, `de`), or null when the text is
 * too short or too mixed to say. franc reads character trigrams; a sample of the body is enough and
 * keeps the cost flat whatever the document's size. Names, numbers and acronyms are dropped from the
 * sample first: a press release naming many bodies and countries is still English.
 */
export function detectLanguage(text: string): string | null {
  const code = franc(languageSample(text), { minLength: 40 });
  return code === 'und' ? null : (iso6393To1[code] ?? null);
}

/** The language factline's rules read; other documents are stored without facts, saying why. */
export const EXTRACTED_LANGUAGE = 'en';

const SAMPLE_CHARACTERS = 20_000;

function languageSample(text: string): string {
  // Three slices spread over the document: a long annex in another language still counts, and a
  // bilingual cover page alone does not decide.
  const slice = Math.floor(SAMPLE_CHARACTERS / 3);
  const parts = text.length <= SAMPLE_CHARACTERS ? [text] : [0, 0.5, 1].map((at) => {
    const start = Math.min(Math.floor(text.length * at), text.length - slice);
    return text.slice(start, start + slice);
  });
  return parts.join(' ').replace(/\b[\p{Lu}\d][\p{L}\d'’.-]*/gu, ' ');
}

/** "French" for `fr`: the name people read, from the same ISO 639 tables. */
export function languageName(code: string): string {
  return iso6393.find((language) => language.iso6391 === code)?.name ?? code;
}
