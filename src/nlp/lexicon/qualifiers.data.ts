/**
 * Words before a number that qualify it, longest first. Adding a qualifier is one line here.
 * Matched case-insensitively against the words right before the number (or its currency).
 * "as many as" is no qualifier: annotators read "as many as 40 suspects" as exactly 40.
 */
export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'up_to' | 'approximately' | 'nearly' | 'less_than';

export const QUALIFIER_PHRASES: readonly (readonly [string, Qualifier])[] = [
  ['at least', 'at_least'], ['a minimum of', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['not less than', 'at_least'], ['at minimum', 'at_least'],
  ['more than', 'more_than'], ['in excess of', 'more_than'], ['upwards of', 'more_than'], ['over', 'more_than'], ['above', 'more_than'], ['exceeding', 'more_than'], ['exceeded', 'more_than'], ['exceeds', 'more_than'], ['exceed', 'more_than'], ['beyond', 'more_than'],
  ['up to', 'up_to'], ['as high as', 'up_to'], ['a maximum of', 'up_to'], ['at most', 'up_to'], ['no more than', 'up_to'], ['not more than', 'up_to'], ['no longer than', 'up_to'], ['not exceeding', 'up_to'], ['within', 'up_to'],
  ['close to', 'approximately'], ['around', 'approximately'], ['about', 'approximately'], ['approximately', 'approximately'], ['approximatively', 'approximately'], ['more or less', 'approximately'],
  ['approx', 'approximately'], ['roughly', 'approximately'], ['some', 'approximately'], ['an estimated', 'approximately'], ['estimated', 'approximately'],
  ['estimated at', 'approximately'], ['circa', 'approximately'], ['~', 'approximately'], ['ca', 'approximately'], ['nearly', 'nearly'], ['almost', 'nearly'], ['just under', 'nearly'], ['just below', 'nearly'],
  ['less than', 'less_than'], ['fewer than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'],
];
