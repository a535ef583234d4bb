/**
 * A time zone from the parent's words: an IANA name in any case, a common alias ("UK",
 * "Eastern"), a city the zone list names ("Paris"), or any town or city ("Leeds", from
 * city-timezones); and a zone mentioned inside a reminder sentence. Null means "ask".
 */
import { createRequire } from 'node:module';
import { isValidZone } from './dates.js';

/** Common ways of naming a zone that are not IANA names. Ambiguous ones (IST, CST alone) are left out on purpose: the parent is asked instead. */
const ZONE_ALIASES: Record<string, string> = {
  uk: 'Europe/London', 'united kingdom': 'Europe/London', england: 'Europe/London', scotland: 'Europe/London', wales: 'Europe/London',
  britain: 'Europe/London', gmt: 'Europe/London', bst: 'Europe/London', 'uk time': 'Europe/London', 'london time': 'Europe/London',
  ireland: 'Europe/Dublin', 'northern ireland': 'Europe/London',
  eastern: 'America/New_York', 'eastern time': 'America/New_York', est: 'America/New_York', edt: 'America/New_York', et: 'America/New_York',
  'central time': 'America/Chicago', cdt: 'America/Chicago',
  // The words of the zone buttons ("US Central (Chicago)"), typed.
  'us eastern': 'America/New_York', 'us central': 'America/Chicago', 'us mountain': 'America/Denver', 'us pacific': 'America/Los_Angeles',
  mountain: 'America/Denver', 'mountain time': 'America/Denver', mst: 'America/Denver', mdt: 'America/Denver',
  arizona: 'America/Phoenix',
  pacific: 'America/Los_Angeles', 'pacific time': 'America/Los_Angeles', pst: 'America/Los_Angeles', pdt: 'America/Los_Angeles',
  'los angeles': 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles',
  'new york': 'America/New_York', boston: 'America/New_York', atlanta: 'America/New_York', miami: 'America/New_York',
  houston: 'America/Chicago', dallas: 'America/Chicago',
  alaska: 'America/Anchorage', hawaii: 'Pacific/Honolulu',
  india: 'Asia/Kolkata', mumbai: 'Asia/Kolkata', delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata', bangalore: 'Asia/Kolkata',
  aest: 'Australia/Sydney', aedt: 'Australia/Sydney', 'new zealand': 'Pacific/Auckland', nz: 'Pacific/Auckland',
};

/** Only as the whole answer to "which time zone?" (its button says "US Central"): in a sentence, "central" is as often "central London". */
const ANSWER_ALIASES: Record<string, string> = { central: 'America/Chicago' };

let zoneNames: string[] | null = null;
function allZones(): string[] {
  if (!zoneNames) {
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
    zoneNames = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
  }
  return zoneNames;
}

type CityLookup = typeof import('city-timezones');
let cities: CityLookup | null = null;

/**
 * The zone of a town or city the zone list does not name ("Manchester", "Leeds", "Denver, CO"),
 * from city-timezones' table (loaded on first use: it is 2 MB). Where several places share the
 * name, the most populous is taken; the check-in's reply names the zone, so a wrong guess shows.
 */
function cityZone(name: string): string | null {
  if (name.length < 3) return null;
  cities ??= createRequire(import.meta.url)('city-timezones') as CityLookup;
  const found = cities.lookupViaCity(name);
  const pool = found.length ? found : name.includes(' ') || name.includes(',') ? cities.findFromCityStateProvince(name.replace(/,/g, ' ')) : [];
  const best = [...pool].sort((a, b) => b.pop - a.pop)[0];
  return best && isValidZone(best.timezone) ? best.timezone : null;
}

/**
 * A zone from the parent's words: an IANA name in any case ("europe/london"), a city that names
 * a zone ("Paris", "Sydney"), a common alias ("UK", "Eastern"), or a town or city anywhere
 * ("Manchester"). Null when unknown.
 */
export function parseZone(text: string): string | null {
  return zoneFrom(text, true);
}

/** `places`: also look the words up as a town or city (only where a zone is what was asked for). */
function zoneFrom(text: string, places: boolean): string | null {
  const t = text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  if (!t || t.length > 60) return null;
  if (t.includes('/') && isValidZone(t)) {
    // Zone names are matched without regard to case; store the usual spelling. The platform's
    // list uses CLDR's names (Asia/Calcutta for Asia/Kolkata), so fall back to title case.
    const listed = allZones().find((z) => z.toLowerCase() === t.toLowerCase());
    if (listed) return listed;
    const titled = t.toLowerCase().replace(/(^|[/_-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
    return isValidZone(titled) ? titled : t;
  }
  const lower = t.toLowerCase().replace(/\b(time|timezone|time zone)\b/g, '').trim();
  const alias = ZONE_ALIASES[t.toLowerCase()] ?? ZONE_ALIASES[lower] ?? ANSWER_ALIASES[lower];
  if (alias) return alias;
  if (/^utc$/i.test(t)) return 'UTC';
  const city = lower.replace(/ /g, '_');
  const matches = allZones().filter((z) => z.toLowerCase().split('/').pop() === city);
  if (matches.length === 1) return matches[0] as string;
  return places && /^[a-z][a-z .,'-]*$/.test(lower) ? cityZone(lower) : null;
}

/** A zone mentioned anywhere in a sentence ("… at 7:30, London time", "… Europe/Paris"). */
export function findZone(text: string): string | null {
  const iana = /\b([A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)\b/.exec(text);
  if (iana && isValidZone(iana[1] as string)) return parseZone(iana[1] as string);
  const lower = text.toLowerCase();
  const keys = Object.keys(ZONE_ALIASES).sort((a, b) => b.length - a.length);
  for (const k of keys) {
    if (new RegExp(`\\b${k.replace(/ /g, '\\s+')}\\b`).test(lower)) return ZONE_ALIASES[k] ?? null;
  }
  const m = /\b(?:in|from)\s+([a-z][a-z ]{2,30}?)(?:\s+time)?\s*$/i.exec(text.trim().replace(/[.!]+$/, ''));
  // Not looked up as a place: "in the morning", "from March" are not where the parent lives.
  if (m) return zoneFrom(m[1] as string, false);
  return null;
}
