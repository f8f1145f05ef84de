import type { DocumentMetadata } from '../document.types.ts';
import { findClassification } from './classification-markings.ts';
import { findCouncilReference } from './council-reference.ts';
import { findDateline, findStatedDate } from './document-date.ts';
import { firstLines, headLines } from './document-head.ts';
import { findTitle } from './document-title.ts';
import { detectDocumentType } from './document-type.ts';
import { detectLanguage } from './document-language.ts';

/** SPEC.md's document metadata, read from one document's normalised text. */
export function readMetadata(text: string): DocumentMetadata {
  const head = headLines(text);
  const statedDate = findStatedDate(head) ?? findDateline(firstLines(text));
  const reference = findCouncilReference(head);
  const title = findTitle(head, statedDate);
  return {
    type: detectDocumentType({ head, text, title, reference }),
    title,
    date: statedDate?.iso ?? null,
    reference,
    classification: findClassification(head),
    language: detectLanguage(text),
  };
}
