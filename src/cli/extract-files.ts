import { isDocumentReadError } from '../documents/document-read-error.ts';
import type { DocumentRecord } from '../documents/document.types.ts';
import { readDocumentsFromFile, type ReadLimits } from '../documents/read-documents.ts';
import { extractFacts } from '../extract/extract-facts.ts';
import type { CliContext } from './cli-context.ts';
import { contractLine, documentTable } from './document-output.ts';
import { expandInputs } from './input-files.ts';

export interface ExtractOptions extends ReadLimits {
  readonly json: boolean;
}

/**
 * Reads every file and prints its documents, one failed file never stopping the others. Each failure
 * is one stderr line naming the file and the reason, and makes the exit status 1.
 */
export async function extractFiles(inputs: readonly string[], options: ExtractOptions, context: CliContext): Promise<void> {
  const rows: { document: DocumentRecord; facts: number }[] = [];
  for (const file of await expandInputs(inputs)) {
    try {
      for (const document of await readDocumentsFromFile(file, options)) {
        const facts = extractFacts(document);
        if (options.json) context.out(contractLine(document, facts));
        rows.push({ document, facts: facts.length });
      }
    } catch (error) {
      context.exitStatus = 1;
      context.err(`factline: ${isDocumentReadError(error) ? error.message : `${file}: internal error: ${String(error)}`}\n`);
    }
  }
  if (!options.json && rows.length > 0) context.out(documentTable(rows));
}
