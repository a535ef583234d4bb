/**
 * A pasted email's frame, taken off before its words are quoted back to the school: the greeting
 * line ("Dear Ms Hughes,", "Good afternoon,", "Mr Osei") and the signature (from the sign-off,
 * "Kind regards,", on; or, with no sign-off, the short unpunctuated lines at the end: a name, a
 * role, a school). A letter quoting "Dear Ms Hughes, … Best wishes, Mrs A. Fenwick" back to Mrs
 * Fenwick reads oddly. Words typed or pasted on one line are left as they are. Pure; the sign-offs
 * are content (content/words/school.yaml).
 */
import { shippedAlternation } from '../../content/catalog.js';

let signOff: RegExp | undefined;
const SIGN_OFF = (): RegExp => (signOff ??= new RegExp(`^(?:${shippedAlternation('school.sign-offs')})[,.!]?$`, 'i'));
/** A line that only greets: "Dear Ms Hughes,", "Hi Ms. Delgado,", "Good afternoon,", "Mr Osei". */
const GREETING = /^(?:(?:dear|hi|hello|good (?:morning|afternoon|evening))\b[^.!?]{0,60}|(?:mr|mrs|ms|miss|mx|dr)\.?\s+[^.!?,]{1,40})[,!]?$/i;
/** A signature's line: short, and not a sentence (no closing punctuation). */
const SIGNATURE_LINE = /^[^.!?]{1,50}$/;

export function emailBody(statement: string): string {
  const lines = statement.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2) return statement;
  const start = GREETING.test(lines[0] as string) ? 1 : 0;
  let end = lines.length;
  for (let i = lines.length - 1; i > start; i--) {
    if (SIGN_OFF().test(lines[i] as string)) {
      end = i;
      break;
    }
  }
  if (end === lines.length) {
    while (end - 1 > start && SIGNATURE_LINE.test(lines[end - 1] as string) && (lines[end - 1] as string).split(/\s+/).length <= 6) end -= 1;
  }
  const body = lines.slice(start, end).join('\n').trim();
  return body || statement;
}

/** A pasted email: more than one line, opening with a greeting or signed off ("Dear Mrs Adeyemi, … Kind regards,"). */
export function isEmailFramed(statement: string): boolean {
  const lines = statement.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length >= 2 && (GREETING.test(lines[0] as string) || lines.slice(1).some((l) => SIGN_OFF().test(l)));
}
