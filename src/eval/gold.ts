import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { DocumentRecord } from '../documents/document.types.ts';
import { readDocumentsFromFile } from '../documents/read-documents.ts';
import { countryCode, isCountryCode } from './countries.ts';

/**
 * The shape of a hand annotation in fixtures/gold/{dev,test}/ (see its README). Validated strictly:
 * gold is data people edit, and a misspelt field ("qualifer") must fail rather than score as missing.
 */
const QUALIFIERS = ['exact', 'at_least', 'more_than', 'up_to', 'approximately', 'nearly', 'less_than'] as const;
const INSTRUMENTS = ['working_arrangement', 'international_agreement', 'cooperation_agreement', 'memorandum_of_understanding', 'joint_declaration', 'letter_of_intent', 'other'] as const;
const Quote = z.string().min(1);
/** "2024", "2024-03" or "2024-03-05": the most precise date the text gives. */
const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

const GoldEntity = z
  .strictObject({
    type: z.enum(['country', 'organisation', 'person', 'location', 'legal_act', 'operation']),
    name: z.string().min(1),
    code: z.string().optional(),
    acronym: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
  })
  .refine((e) => e.type !== 'country' || (e.code !== undefined && isCountryCode(e.code)), { message: 'a country needs its ISO 3166-1 alpha-2 `code`', path: ['code'] })
  .refine((e) => e.type !== 'country' || e.code === undefined || !isCountryCode(e.code) || countryCode(e.name) === e.code, {
    message: "the country's name does not resolve to its code (a typo, or a form to add to COUNTRY_ALIASES in src/eval/countries.ts)",
    path: ['name'],
  });

const GoldFigure = z.strictObject({
  value: z.number(),
  unit: z.string().min(1),
  subject: z.string().min(1).nullable(),
  qualifier: z.enum(QUALIFIERS),
  action: z.string().min(1).nullable(),
  year: z.number().int().nullable(),
  quote: Quote,
});

const GoldSigning = z.strictObject({
  instrument: z.enum(INSTRUMENTS),
  parties: z.tuple([z.string().min(1), z.string().min(1)]),
  counterpart: z.string().min(1),
  status: z.enum(['signed', 'negotiating', 'planned']),
  date: PartialDate.nullable(),
  quote: Quote,
});

export const GoldDocument = z.strictObject({
  input: z.string().min(1),
  position: z.number().int().positive(),
  title: z.string().nullable(),
  document_date: PartialDate.nullable(),
  entities: z.array(GoldEntity),
  figures: z.array(GoldFigure),
  signings: z.array(GoldSigning),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export interface GoldCase {
  readonly split: Split;
  /** Relative to the gold root: "dev/<id>.json". */
  readonly file: string;
  readonly gold: GoldDocument;
  readonly document: DocumentRecord;
}

export class GoldFileError extends Error {
  constructor(file: string, reason: string) {
    super(`gold file ${file}: ${reason}`);
    this.name = 'GoldFileError';
  }
}

/**
 * Every gold file of the given splits with the document it annotates, read by the real readers. Checks
 * every file before failing, then throws one GoldFileError naming each bad file: invalid JSON or shape, a
 * missing input or position, or a quote that is not verbatim in the document's text (for a test file the
 * error names the fact, not the quote, so that reading errors does not read held-out text).
 */
export async function loadGoldSet(root: string, splits: readonly Split[] = SPLITS): Promise<GoldCase[]> {
  const problems: string[] = readdirSync(root)
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${name}: gold files live in dev/ or test/, not in the gold folder itself`);
  const read = new Map<string, Promise<DocumentRecord[]>>();
  const cases: GoldCase[] = [];
  for (const split of splits) {
    const folder = join(root, split);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
      const file = `${split}/${name}`;
      try {
        cases.push(await loadCase(split, file, folder, readFileSync(join(folder, name), 'utf8'), read));
      } catch (error) {
        if (!(error instanceof GoldFileError)) throw error;
        problems.push(error.message.replace(/^gold file /, ''));
      }
    }
  }
  if (problems.length === 1) throw new GoldFileError(problems[0]!.replace(/:.*$/s, ''), problems[0]!.replace(/^[^:]*: /, ''));
  if (problems.length > 1) throw new GoldFileError(`${problems.length} files`, `\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return cases;
}

async function loadCase(split: Split, file: string, folder: string, json: string, read: Map<string, Promise<DocumentRecord[]>>): Promise<GoldCase> {
  const gold = parseGold(file, json);
  const input = resolve(folder, gold.input);
  if (!existsSync(input)) throw new GoldFileError(file, `input ${gold.input} does not exist`);
  if (!read.has(input)) read.set(input, readDocumentsFromFile(input, { maxBytes: Number.POSITIVE_INFINITY }));
  let documents: DocumentRecord[];
  try {
    documents = await read.get(input)!;
  } catch (error) {
    throw new GoldFileError(file, `input ${gold.input} cannot be read: ${(error as Error).message}`);
  }
  const document = documents[gold.position - 1];
  if (!document) throw new GoldFileError(file, `${gold.input} has no document at position ${gold.position} (it has ${documents.length})`);
  const quoted = [...gold.figures.map((f, i) => [`figures[${i}]`, f.quote] as const), ...gold.signings.map((s, i) => [`signings[${i}]`, s.quote] as const)];
  const notVerbatim = quoted.filter(([, quote]) => !document.text.includes(quote));
  if (notVerbatim.length > 0) {
    const which = notVerbatim.map(([at, quote]) => (split === 'test' ? at : `${at} «${quote}»`)).join('; ');
    throw new GoldFileError(file, `${notVerbatim.length} quote(s) not verbatim in the document text as read: ${which}`);
  }
  return { split, file, gold, document };
}

export function parseGold(file: string, json: string): GoldDocument {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new GoldFileError(file, `not JSON: ${(error as Error).message}`);
  }
  const parsed = GoldDocument.safeParse(data);
  if (!parsed.success) throw new GoldFileError(file, `not a valid gold annotation:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
