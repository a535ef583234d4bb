/**
 * The case profile: where the family is, the plan the child has, their age or school year and
 * their pronouns. Asked once per case (flows/advice/profile.flow.ts), kept as the case's latest
 * `case.profile` note (so export, forget and encryption treat it like every other note), read
 * back through zod. Every flow gets it as `input.profile`; letters get its terms (profile-terms.ts).
 */
import * as z from 'zod';
import type { NoteRow, Store } from '../../core/ports.js';

export const PLACES = ['us', 'england', 'wales', 'scotland', 'northern-ireland', 'ireland', 'elsewhere'] as const;
export type Place = (typeof PLACES)[number];

export const PLANS = ['iep', '504', 'ehcp', 'idp', 'csp', 'statement', 'other', 'none', 'assessing'] as const;
export type Plan = (typeof PLANS)[number];

export const PRONOUNS = ['she', 'he', 'they'] as const;
export type Pronoun = (typeof PRONOUNS)[number];

export const profileSchema = z.object({
  place: z.enum(PLACES),
  /** The US state, as the parent named it (federal law is the same; states add timelines). */
  region: z.string().max(60).optional(),
  plan: z.enum(PLANS),
  /** Age or school year, in the parent's words ("12", "Year 8", "7th grade"). */
  age: z.string().max(40).optional(),
  pronouns: z.enum(PRONOUNS),
  /**
   * The child's name as the school knows it, for letters only (the chat keeps the nickname).
   * Asked before the first letter, with the nickname offered; changed with "change profile".
   */
  schoolName: z.string().min(1).max(80).optional(),
});
export type CaseProfile = z.infer<typeof profileSchema>;

/** The note topic the profile is kept under. */
export const PROFILE_TOPIC = 'case.profile';

/** The plans each place's families are offered as buttons (the law's own names). */
export const PLANS_BY_PLACE: Readonly<Record<Place, readonly Plan[]>> = {
  us: ['iep', '504', 'assessing', 'none', 'other'],
  england: ['ehcp', 'assessing', 'none', 'other'],
  wales: ['idp', 'assessing', 'none', 'other'],
  scotland: ['csp', 'assessing', 'none', 'other'],
  'northern-ireland': ['statement', 'assessing', 'none', 'other'],
  ireland: ['assessing', 'none', 'other'],
  elsewhere: ['assessing', 'none', 'other'],
};

/** A profile from anything (a note's text, a flow's input); undefined when it is not one. */
export function parseProfile(value: unknown): CaseProfile | undefined {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  const parsed = profileSchema.safeParse(v);
  return parsed.success ? parsed.data : undefined;
}

export function profileText(profile: CaseProfile): string {
  return JSON.stringify(profileSchema.parse(profile));
}

/** The case's latest profile, from its notes (oldest first). */
export function profileFromNotes(notes: readonly NoteRow[], caseId: number | null): CaseProfile | undefined {
  for (let i = notes.length - 1; i >= 0; i--) {
    const n = notes[i];
    if (n && n.topic === PROFILE_TOPIC && n.caseId === caseId) {
      const p = parseProfile(n.text);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * `{ familyPlace }`: where the family is, from the latest profile of another of the parent's
 * children (a second child's profile starts from it, not from "Where are you?"); else `{}`.
 */
export function familyPlaceOf(notes: readonly NoteRow[], caseId: number | null): { familyPlace?: { place: string; region: string; child: string } } {
  for (let i = notes.length - 1; i >= 0; i--) {
    const n = notes[i];
    if (!n || n.topic !== PROFILE_TOPIC || n.caseId === caseId) continue;
    const p = parseProfile(n.text);
    if (p) return { familyPlace: { place: p.place, region: p.region ?? '', child: n.nickname ?? '' } };
  }
  return {};
}

/** The note topic of the name a parent signs letters with (flows/advice/letter-facts-states.ts). */
export const SIGN_OFF_TOPIC = 'facts.sign-off';

/** The advice feature's setting topics (Feature.settingTopics): notes that are settings, not events. */
export const ADVICE_SETTING_TOPICS: readonly string[] = [PROFILE_TOPIC, SIGN_OFF_TOPIC];

/** `{ signOff }`: the latest name the parent gave to sign letters with (or the skip), when they were asked; else `{}`. */
export function signOffFromNotes(notes: readonly NoteRow[]): { signOff?: string } {
  const n = [...notes].reverse().find((x) => x.topic === SIGN_OFF_TOPIC);
  return n ? { signOff: n.text.trim() } : {};
}

/**
 * The case's latest profile, read from the parent's profile notes alone: it is read at every
 * flow's start and every letter, and a long case (hundreds of notes, each opened and parsed)
 * must not be read whole for it.
 */
export function caseProfile(store: Pick<Store, 'listNotes'>, userId: string, caseId: number | null): CaseProfile | undefined {
  return profileFromNotes(store.listNotes(userId, { topics: [PROFILE_TOPIC] }), caseId);
}

/** `{ signOff }` (signOffFromNotes), read from the parent's sign-off notes alone. */
export function signOffOf(store: Pick<Store, 'listNotes'>, userId: string): { signOff?: string } {
  return signOffFromNotes(store.listNotes(userId, { topics: [SIGN_OFF_TOPIC] }));
}

/**
 * The name letters use for the child: the one the school knows (the profile's), else the
 * nickname as it is. `short` is the school's name's first word, for every mention after the
 * first ("Isabel" after "Isabel Barker").
 */
export function letterName(profile: CaseProfile | undefined, nickname: string): { full: string; short: string } {
  const full = profile?.schoolName?.trim();
  if (!full) return { full: nickname, short: nickname };
  return { full, short: full.split(/\s+/)[0] ?? full };
}

/** A letter's first mention of the child by their full name; the short name after it. */
export function withFullNameFirst(body: string, name: { full: string; short: string }): string {
  if (!name.short || name.full === name.short) return body;
  const esc = name.short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Not inside a quotation of the school's words: a quote stays as they wrote it.
  const quoted = [...body.matchAll(/["“][^"“”\n]*["”]/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const first = [...body.matchAll(new RegExp(`(?<![\\w'-])${esc}(?![\\w-])`, 'g'))].find((m) => !quoted.some(([a, b]) => m.index > a && m.index < b));
  return first ? body.slice(0, first.index) + name.full + body.slice(first.index + name.short.length) : body;
}

/** Dates like 05/11 are read month-first in the US and day-first everywhere else we serve. */
export function monthFirst(profile: CaseProfile | undefined): boolean {
  return profile?.place === 'us';
}

/** A family's one date style (their notes, packet and exports): the latest case profile's, any child's; day first until one is known. */
export function familyMonthFirst(notes: readonly NoteRow[]): boolean {
  for (let i = notes.length - 1; i >= 0; i--) {
    const n = notes[i];
    const profile = n && n.topic === PROFILE_TOPIC ? parseProfile(n.text) : undefined;
    if (profile) return monthFirst(profile);
  }
  return false;
}

/** `familyMonthFirst` read from the store: the parent's case profiles only. */
export function familyMonthFirstOf(store: Pick<Store, 'listNotes'>, userId: string): boolean {
  return familyMonthFirst(store.listNotes(userId, { topics: [PROFILE_TOPIC] }));
}
