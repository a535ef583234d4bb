/**
 * The seventh walk: an email pasted as a mail program copies it, with its header on top ("From:
 * … Sent: 2 December 2026 16:12 To: … Subject: …"), was quoted back to the school whole: "Your
 * answer, as I noted it (2 December 2026): "From: Mrs H. Okafor Sent: 2 December 2026 16:12 To:
 * Sam Reid Subject: Leo - afternoons Dear Ms Reid, Thank you…"". The header and the greeting
 * under it are the email's frame, as a greeting alone already was.
 */
import { describe, expect, it } from 'vitest';
import { schoolAnswerOf } from '../../../src/features/advice/letter-facts.js';

const pasted = [
  'From: Mrs H. Okafor',
  'Sent: 2 December 2026 16:12',
  'To: Sam Reid',
  'Subject: Leo - afternoons',
  '',
  'Dear Ms Reid,',
  '',
  "Thank you for your email. I'm afraid we cannot let Leo go home at lunchtime on a regular basis, as we don't have the staff to supervise his return.",
  '',
  'Kind regards,',
  'Mrs H. Okafor',
  'Assistant Head',
].join('\n');

describe("a pasted email's header", () => {
  it('is not quoted to the school, nor the greeting under it', () => {
    const { quote } = schoolAnswerOf(pasted, true);
    expect(quote).toMatch(/^"Thank you for your email\. I'm afraid we cannot let Leo go home/);
    expect(quote).not.toMatch(/From:|Sent:|Subject:|Dear Ms Reid|Kind regards/);
  });

  it('"Date:" and "Cc:" lines too; a body line that only starts like a field stays', () => {
    const { quote } = schoolAnswerOf(`From: office@school.example\nDate: 3 Dec 2026\nCc: SENCo\n\nGood afternoon,\nSubject to review, we cannot offer a later start this term.\nRegards,\nThe Office`, true);
    expect(quote).toBe('"Subject to review, we cannot offer a later start this term."');
  });

  it('a greeting with a dotted title ("Hi Mrs. Nguyen,", "Dear Dr. Holt,") is frame too', () => {
    for (const greeting of ['Hi Mrs. Nguyen,', 'Dear Dr. Holt,', 'Good morning Ms. Reid,']) {
      const { quote } = schoolAnswerOf(`${greeting}\n\nWe are not able to approve a shortened day for Ava at this time.\n\nBest,\nDr. Karen Holt`, true);
      expect(quote).toBe('"We are not able to approve a shortened day for Ava at this time."');
    }
  });
});
