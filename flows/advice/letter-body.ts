/** Which body a letter goes to, where that matters (stub). */
export const LA_RECIPIENT_TOPIC = 'facts.la-recipient';
export const LA_TEAM = 'facts.letter.la-team';
export function goesToLocalAuthority(_template: string, _place: string): boolean {
  return false;
}
