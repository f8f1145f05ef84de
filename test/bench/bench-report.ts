export interface BenchSection {
  readonly title: string;
  readonly table: string;
  readonly notes: readonly string[];
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((name, i) => Math.max(name.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const printSection = ({ title, table, notes }: BenchSection): void => {
  console.log(`\n## ${title}\n\n${table}\n${notes.map((note) => `- ${note}`).join('\n')}`);
};
