/** Titles of office that introduce a named person ("Eurojust President Michael Schmid"). One per line. */
export const ROLE_TITLES: readonly string[] = [
  'President', 'Vice-President', 'Vice President', 'Executive Director', 'Director-General', 'Director General', 'Deputy Director', 'Director',
  'Minister', 'Deputy Minister', 'Commissioner', 'Prosecutor General', 'Chief Prosecutor', 'Public Prosecutor', 'Prosecutor', 'Attorney General',
  'Chief', 'Head', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Judge', 'Secretary-General', 'Secretary General', 'Secretary',
  'Ambassador', 'Spokesperson', 'Commander', 'National Member', 'Liaison Prosecutor', 'Liaison Magistrate', 'Investigating Judge', 'Mayor',
];

/** Courtesy titles before a name: part of how the name is written, not of the name. */
export const COURTESY_TITLES: readonly string[] = ['Mr', 'Ms', 'Mrs', 'Dr', 'Prof', 'Sir', 'Dame'];
