/** The fact's reading as a reviewer scans it: one line, the fields that matter for its kind. */
export function factSummary(kind: string, data: Record<string, unknown>): string {
  const text = (value: unknown) => (value === null || value === undefined || value === '' ? undefined : String(value));
  const join = (...parts: (string | undefined)[]) => parts.filter((part) => part !== undefined).join(' · ');
  if (kind === 'entity') {
    const name = text(data.name) ?? '?';
    const extra = text(data.code) ?? text(data.acronym);
    return join(`${text(data.type) ?? 'entity'}: ${name}${extra && extra !== name ? ` (${extra})` : ''}`, text(data.role));
  }
  if (kind === 'figure') {
    const qualifier = data.qualifier && data.qualifier !== 'exact' ? `${String(data.qualifier).replace(/_/g, ' ')} ` : '';
    return join(`${qualifier}${typeof data.value === 'number' ? data.value.toLocaleString('en-GB') : text(data.value) ?? '?'} ${text(data.unit) ?? ''}`.trim(), text(data.subject), text(data.action), text(data.year));
  }
  if (kind === 'signing') {
    const parties = Array.isArray(data.parties) ? data.parties.join(' – ') : undefined;
    return join(`${String(data.instrument ?? 'instrument').replace(/_/g, ' ')}`, parties ?? text(data.counterpart), text(data.status), text(data.date));
  }
  return JSON.stringify(data);
}

/** The values that count: a reviewer's correction over the rule's reading. */
export const effectiveData = (fact: { data: Record<string, unknown>; editedData: Record<string, unknown> | null }): Record<string, unknown> =>
  fact.editedData ?? fact.data;
