/** What a reader hands on: the decoded text of one file, before normalisation and splitting. */
export interface ReadText {
  /** The reader that produced the text, e.g. `pdf`, `markdown`. */
  readonly reader: ReaderName;
  readonly text: string;
  /** Pages of a paged format (PDF); already joined into `text`. */
  readonly pageCount?: number;
  /** Decoding notes a person may want to know, e.g. "decoded as windows-1252". */
  readonly notes: readonly string[];
}

export type ReaderName = 'pdf' | 'text' | 'markdown' | 'html' | 'docx';

export const DOCUMENT_TYPES = ['press_release', 'council_document', 'report', 'strategy', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DocumentMetadata {
  readonly type: DocumentType;
  readonly title: string | null;
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` when the document states only a month. */
  readonly date: string | null;
  /** Council document number with its suffixes, e.g. `15571/25` or `9876/1/24 REV 1`. */
  readonly reference: string | null;
  /** Security marking as printed, e.g. `LIMITE`, `RESTREINT UE/EU RESTRICTED`. */
  readonly classification: string | null;
  /**
   * ISO 639-1 code of the language the text is written in, null when it cannot be told; absent on
   * documents read before languages were detected.
   */
  readonly language?: string | null;
}

/** One document as SPEC.md defines it; every later offset refers to `text`. */
export interface DocumentRecord extends DocumentMetadata {
  readonly source: string;
  /** 1-based position of this document in its source file, and how many the file held. */
  readonly position: number;
  readonly parts: number;
  readonly reader: ReaderName;
  readonly sha256: string;
  readonly text: string;
}
