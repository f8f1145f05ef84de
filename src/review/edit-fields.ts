import { INSTRUMENTS } from '../nlp/lexicon/instruments.data.ts';
import { counterpartOf, editTextProblem } from './edit-text.ts';

const QUALIFIERS = ['exact', 'at_least', 'more_than', 'up_to', 'approximately', 'nearly', 'less_than'] as const;
const ENTITY_TYPES = ['country', 'organisation', 'person', 'location', 'legal_act', 'operation'] as const;
const SIGNING_STATUSES = ['signed', 'negotiating', 'planned'] as const;

export interface EditField {
  readonly name: string;
  readonly label: string;
  readonly input: 'text' | 'number' | 'select';
  readonly options?: readonly string[];
  /** Empty input stores null instead of an empty string. */
  readonly nullable?: boolean;
  /** A name: markup is refused as well. */
  readonly isName?: boolean;
  /** Not typed but set from another field (a counterpart's country code from the counterpart): not in the form, refused as input. */
  readonly derivedFrom?: string;
}

/** What a reviewer may correct, per kind, in the order the edit form shows them. */
export const EDIT_FIELDS: Record<string, readonly EditField[]> = {
  entity: [
    { name: 'name', label: 'Name', input: 'text', isName: true },
    { name: 'type', label: 'Type', input: 'select', options: ENTITY_TYPES },
    { name: 'code', label: 'ISO code', input: 'text', nullable: true },
    { name: 'acronym', label: 'Acronym', input: 'text', nullable: true },
    { name: 'role', label: 'Role', input: 'text', nullable: true },
  ],
  figure: [
    { name: 'value', label: 'Value', input: 'number' },
    { name: 'unit', label: 'Unit', input: 'text' },
    { name: 'subject', label: 'Subject', input: 'text', nullable: true },
    { name: 'qualifier', label: 'Qualifier', input: 'select', options: QUALIFIERS },
    { name: 'action', label: 'Action', input: 'text', nullable: true },
    { name: 'year', label: 'Year', input: 'number', nullable: true },
  ],
  signing: [
    { name: 'instrument', label: 'Instrument', input: 'select', options: INSTRUMENTS },
    { name: 'counterpart', label: 'Counterpart', input: 'text', isName: true },
    { name: 'counterpartCode', label: 'Counterpart code', input: 'text', nullable: true, derivedFrom: 'counterpart' },
    { name: 'parties', label: 'Parties (separated by ;)', input: 'text', isName: true },
    { name: 'status', label: 'Status', input: 'select', options: SIGNING_STATUSES },
    { name: 'date', label: 'Date', input: 'text', nullable: true },
  ],
};

/** How a stored value is shown in its edit box. */
export function fieldText(field: EditField, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.name === 'parties' && Array.isArray(value)) return value.join('; ');
  return String(value);
}

/**
 * Reads an edit form (or `field=value` pairs from the CLI) into the changed fields, checked per kind.
 * Only fields whose value differs from the current reading are returned.
 */
export function parseEdits(kind: string, current: Record<string, unknown>, input: Record<string, string | undefined>):
  { ok: true; changes: Record<string, unknown> } | { ok: false; error: string } {
  const fields = EDIT_FIELDS[kind];
  if (!fields) return { ok: false, error: `a ${kind} cannot be edited` };
  const typed = fields.filter((field) => !field.derivedFrom);
  const unknown = Object.keys(input).filter((name) => !typed.some((field) => field.name === name));
  if (unknown.length > 0) return { ok: false, error: `a ${kind} has no field ${unknown.join(', ')}; it has ${typed.map((field) => field.name).join(', ')}` };
  const changes: Record<string, unknown> = {};
  const change = (name: string, value: unknown) => {
    if (JSON.stringify(value) !== JSON.stringify(current[name] ?? null)) changes[name] = value;
  };
  for (const field of typed) {
    const raw = input[field.name];
    if (raw === undefined) continue;
    const trimmed = raw.trim();
    const problem = field.input === 'select' ? null : editTextProblem(field.label.replace(/ \(.*\)$/, '').toLowerCase(), trimmed, { name: field.isName });
    if (problem) return { ok: false, error: problem };
    let value: unknown;
    if (trimmed === '') {
      if (!field.nullable) return { ok: false, error: `${field.label.toLowerCase()} cannot be empty` };
      value = null;
    } else if (field.input === 'number') {
      const number = Number(trimmed.replace(/[\s,](?=\d{3}\b)/g, ''));
      if (!Number.isFinite(number)) return { ok: false, error: `${field.label.toLowerCase()} must be a number, not "${trimmed}"` };
      value = number;
    } else if (field.input === 'select') {
      if (!field.options!.includes(trimmed)) return { ok: false, error: `${field.label.toLowerCase()} must be one of ${field.options!.join(', ')}` };
      value = trimmed;
    } else if (field.name === 'parties') {
      const parties = trimmed.split(';').map((party) => party.trim()).filter(Boolean);
      if (parties.length < 2) return { ok: false, error: 'parties: name at least two, separated by ;' };
      value = parties;
    } else if (field.name === 'code') {
      if (!/^[A-Za-z]{2}$/.test(trimmed)) return { ok: false, error: `ISO code must be two letters, not "${trimmed}"` };
      value = trimmed.toUpperCase();
    } else if (field.name === 'counterpart') {
      const { counterpart, counterpartCode } = counterpartOf(trimmed);
      change('counterpartCode', counterpartCode);
      value = counterpart;
    } else value = trimmed;
    change(field.name, value);
  }
  return { ok: true, changes };
}
