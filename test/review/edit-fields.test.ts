import { describe, expect, it } from 'vitest';
import { parseEdits } from '../../src/review/edit-fields.ts';

const SIGNING = { instrument: 'working_arrangement', parties: ['Eurojust', 'Ghana'], counterpart: 'Ghana', counterpartCode: 'GH', status: 'signed', date: '2025' };

describe('editing a signing\'s counterpart', () => {
  it.each([
    ['Morocco', { counterpart: 'Morocco', counterpartCode: 'MA' }],
    ['Turkey', { counterpart: 'Türkiye', counterpartCode: 'TR' }],
    ['the Republic of Türkiye', { counterpart: 'Türkiye', counterpartCode: 'TR' }],
    ['UK', { counterpart: 'United Kingdom', counterpartCode: 'GB' }],
    ['united states', { counterpart: 'United States', counterpartCode: 'US' }],
    ['  Morocco  ', { counterpart: 'Morocco', counterpartCode: 'MA' }],
    ['Interpol', { counterpart: 'Interpol', counterpartCode: null }],
  ])('stores "%s" as %j: a country by its canonical name and code, anything else without a code', (typed, expected) => {
    expect(parseEdits('signing', SIGNING, { counterpart: typed })).toEqual({ ok: true, changes: expected });
  });

  it('changes nothing when the counterpart typed is the one stored', () => {
    expect(parseEdits('signing', SIGNING, { counterpart: 'Ghana' })).toEqual({ ok: true, changes: {} });
  });

  it.each([
    ['empty', '   ', /counterpart cannot be empty/],
    ['too long', 'A'.repeat(201), /counterpart is at most 200 characters/],
    ['markup', '<img src=x onerror=alert(1)>', /counterpart cannot hold < or >/],
    ['a right-to-left override', 'Ghana\u202Eanahg', /counterpart holds a control or text-direction character/],
    ['a line break', 'Ghana\nMorocco', /counterpart holds a control or text-direction character/],
    ['a right-to-left isolate', '\u2067Ghana\u2069', /counterpart holds a control or text-direction character/],
  ])('refuses a counterpart that is %s', (_what, typed, error) => {
    const parsed = parseEdits('signing', SIGNING, { counterpart: typed });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it('refuses the country code as input: it follows the counterpart', () => {
    expect(parseEdits('signing', SIGNING, { counterpartCode: 'FR' })).toMatchObject({ ok: false, error: expect.stringMatching(/a signing has no field counterpartCode/) });
  });
});

describe('editing other text fields', () => {
  it.each([
    ['figure', 'subject', 'arrested\u202Esuspects', /subject holds a control or text-direction character/],
    ['figure', 'unit', 'x'.repeat(201), /unit is at most 200 characters/],
    ['entity', 'name', 'Eurojust<script>', /name cannot hold < or >/],
    ['signing', 'parties', 'Eurojust; <b>Ghana</b>', /parties cannot hold < or >/],
  ])('refuses a %s %s holding %j', (kind, field, typed, error) => {
    const parsed = parseEdits(kind, {}, { [field]: typed });
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it('keeps free text such as a figure\'s subject as typed, markup included: it is shown escaped', () => {
    expect(parseEdits('figure', {}, { subject: 'suspects <b>bold</b>' })).toEqual({ ok: true, changes: { subject: 'suspects <b>bold</b>' } });
  });
});
