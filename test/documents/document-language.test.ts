import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName } from '../../src/documents/metadata/document-language.ts';
import { extractFacts, notExtractedBecause } from '../../src/extract/extract-facts.ts';
import { readDocuments } from '../../src/documents/read-documents.ts';
import { runCli, jsonLines } from '../support/run-cli.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FRENCH = `Démantèlement d'un réseau de trafic de drogue entre la Belgique et l'Espagne

La Haye, 14 mars 2026 | Avec le soutien d'Eurojust, les autorités belges et espagnoles ont démantelé un réseau criminel impliqué dans le trafic de cocaïne. Lors d'une journée d'action commune, 23 suspects ont été arrêtés et plus de 1,5 million d'euros ont été saisis. L'enquête a débuté en 2024 après la saisie de 800 kilos de cocaïne dans le port d'Anvers.`;

describe('the language of a document', () => {
  it.each([
    ['en', 'With the support of Eurojust, authorities in Finland and Estonia dismantled a network smuggling migrants across the Baltic Sea. During an action day on 9 April, 31 suspects were arrested and EUR 400 000 in cash was seized.'],
    ['fr', FRENCH],
    ['de', 'Mit Unterstützung von Eurojust haben die Behörden in Österreich und Slowenien ein Netzwerk zerschlagen, das Menschen über die Grenze geschleust hat. Bei einem Aktionstag wurden 19 Verdächtige festgenommen und Bargeld in Höhe von 250 000 Euro beschlagnahmt.'],
    ['es', 'Con el apoyo de Eurojust, las autoridades de Portugal y España desmantelaron una red dedicada al blanqueo de capitales. Durante la jornada de acción se detuvo a 14 sospechosos y se incautaron bienes por valor de 3 millones de euros.'],
    ['it', 'Con il sostegno di Eurojust, le autorità italiane e greche hanno smantellato una rete criminale dedita al traffico di armi. Durante la giornata di azione sono stati arrestati 11 sospettati e sequestrati beni per un valore di 2 milioni di euro.'],
    ['nl', 'Met steun van Eurojust hebben de autoriteiten in Nederland en Duitsland een criminele organisatie opgerold die zich bezighield met de handel in synthetische drugs. Tijdens de actiedag werden 17 verdachten aangehouden en werd 600 000 euro in beslag genomen.'],
  ])('is %s for a release written in it', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('is English for an English release crowded with names, acronyms and numbers of other languages', () => {
    const text = 'The Procureur du Roi de Bruxelles, the Guardia Civil, the Bundeskriminalamt (BKA), the Policía Nacional and the Polizia di Stato, with Eurojust and Europol, arrested 12 suspects in Liège, Málaga, Köln and Napoli. The Juzgado Central de Instrucción No 5 of the Audiencia Nacional issued 7 European Arrest Warrants and the Tribunal de Grande Instance de Lille froze EUR 1.2 million.';
    expect(detectLanguage(text)).toBe('en');
  });

  it('is not told for a text too short to say', () => {
    expect(detectLanguage('Eurojust 2026')).toBeNull();
  });

  it('names a language the way people read it', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('de')).toBe('German');
  });
});

describe('a document in another language than the rules read', () => {
  it('is read with its language and gets no facts, saying why, instead of wrong ones ("14 mars" as a figure)', async () => {
    const [document] = await readDocuments({ source: 'communique.txt', bytes: new TextEncoder().encode(FRENCH) });
    expect(document).toMatchObject({ language: 'fr', date: null });
    expect(extractFacts(document!)).toEqual([]);
    expect(notExtractedBecause(document!)).toBe("not extracted: the document is in French (fr), and factline's rules read English");
  });

  it('is printed by factline extract --json with language "fr", the note and no facts', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factline-language-'));
    writeFileSync(join(folder, 'communique.txt'), FRENCH);
    const run = await runCli('extract', join(folder, 'communique.txt'), '--json');
    expect(run.status).toBe(0);
    const [line] = jsonLines(run.stdout);
    expect(line!.document).toMatchObject({ language: 'fr', note: expect.stringMatching(/in French \(fr\)/) });
    expect(line!.facts).toEqual([]);
  });

  it('keeps extracting English documents, with language "en" and no note', async () => {
    const [document] = await readDocuments({ source: 'release.txt', bytes: new TextEncoder().encode('Eurojust supports Finnish and Estonian authorities\n\nThe Hague, 9 April 2026 | With the support of Eurojust, authorities in Finland and Estonia dismantled a network smuggling migrants. During an action day, 31 suspects were arrested.') });
    expect(document!.language).toBe('en');
    expect(notExtractedBecause(document!)).toBeNull();
    expect(extractFacts(document!).some((fact) => fact.kind === 'figure' && fact.value === 31)).toBe(true);
  });
});
