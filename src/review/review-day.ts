/** "Today" for reviewers' progress: since midnight in the server's time zone (TZ). */
export function startOfToday(): Date {
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return today;
}
