import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The shape of a hand annotation in fixtures/gold/ (see its README). Validated: gold is data people edit. */
const GoldEntity = z.object({ type: z.enum(['country', 'organisation', 'person', 'location', 'legal_act', 'operation']), name: z.string(), code: z.string().optional(), acronym: z.string().optional(), role: z.string().optional() });
const GoldFigure = z.object({ value: z.number(), unit: z.string(), subject: z.string().nullable().optional(), qualifier: z.string().optional(), action: z.string().nullable().optional(), year: z.number().nullable().optional(), quote: z.string().optional() });
const GoldSigning = z.object({ instrument: z.string(), parties: z.array(z.string()).optional(), counterpart: z.string(), status: z.enum(['signed', 'negotiating', 'planned']), date: z.string().nullable().optional(), quote: z.string().optional() });

export const GoldDocument = z.object({
  input: z.string(),
  position: z.number().int().positive(),
  title: z.string().nullable().optional(),
  document_date: z.string().nullable().optional(),
  entities: z.array(GoldEntity),
  figures: z.array(GoldFigure),
  signings: z.array(GoldSigning),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

export interface GoldFile {
  readonly file: string;
  readonly path: string;
  readonly gold: GoldDocument;
}

export function loadGold(folder: string): GoldFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = GoldDocument.safeParse(JSON.parse(readFileSync(join(folder, file), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: not a valid gold annotation: ${z.prettifyError(parsed.error)}`);
      return { file, path: join(folder, file), gold: parsed.data };
    });
}
