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
/** A greeting line; a title's full stop ("Hi Mrs. Nguyen,", "Dear Dr. Holt,") ends no sentence. */
const isGreeting = (line: string): boolean => GREETING.test(line.replace(/\b(mrs?|ms|mx|dr|prof)\./gi, '$1'));
/** A signature's line: short, and not a sentence (no closing punctuation). */
const SIGNATURE_LINE = /^[^.!?]{1,50}$/;

/** A line where a pasted thread's earlier messages start: "On … wrote:", "-----Original Message-----", a quoted "> …" line, an Outlook rule. */
const QUOTED_START = /^(?:-{2,}\s*(?:original|forwarded) message\s*-{2,}|on\b.{4,200}\bwrote:|>.*|_{8,})$/i;
/** "From: Ngozi Obi" opens an earlier message only when header fields ("Sent:", "To:") follow it. */
const FROM_LINE = /^from:\s*\S/i;
const HEADER_FIELD = /^(?:sent|date|to|cc|subject):/i;
/** One line of a message's header: "From: …", "Sent: …", "Date: …", "To: …", "Cc: …", "Subject: …". */
const HEADER_LINE = /^(?:from|sent|date|to|cc|bcc|subject):/i;
/** A subject line pasted above the message ("RE: RE: Amara - mornings", "Fwd: …", "Subject: …"). */
const SUBJECT_LINE = /^(?:(?:re|fwd?|aw)\s*:|subject:)/i;

/**
 * The newest message of a pasted email thread: the reply on top, without a subject line above
 * it, cut where the quoted history starts (the parent's own email and older replies under it).
 * Anything that is not such a thread comes back as it was.
 */
export function newestMessage(text: string): string {
  const lines = text.split(/\r?\n/);
  let start = lines.findIndex((l) => l.trim() !== '');
  if (start < 0) return text;
  if (SUBJECT_LINE.test((lines[start] as string).trim()) && lines.slice(start + 1).some((l) => l.trim() !== '')) start += 1;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const header = FROM_LINE.test(line) && lines.slice(i + 1, i + 5).some((l) => HEADER_FIELD.test(l.trim()));
    if (QUOTED_START.test(line) || header) {
      end = i;
      break;
    }
  }
  if (start === lines.findIndex((l) => l.trim() !== '') && end === lines.length) return text;
  const top = lines.slice(start, end).join('\n').trim();
  return top.split(/\s+/).length >= 3 ? top : text;
}

/** The school's words as pasted: a thread's newest message, and the whole thread to keep as the parent's words ('' when it is one message). */
export function statementFrom(words: string): { statement: string; thread: string } {
  const newest = newestMessage(words);
  return { statement: newest, thread: newest === words ? '' : words };
}

export function emailBody(statement: string): string {
  const all = newestMessage(statement).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  // A header a mail program copies on top ("From: …", "Sent: …", "To: …", "Subject: …") is frame too.
  const header = FROM_LINE.test(all[0] ?? '') || HEADER_FIELD.test(all[0] ?? '') ? all.findIndex((l) => !HEADER_LINE.test(l)) : 0;
  const lines = header > 0 ? all.slice(header) : all;
  if (lines.length < 2) return header > 0 && lines.length ? lines.join('\n') : statement;
  const start = isGreeting(lines[0] as string) ? 1 : 0;
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
  return lines.length >= 2 && (isGreeting(lines[0] as string) || lines.slice(1).some((l) => SIGN_OFF().test(l)));
}
