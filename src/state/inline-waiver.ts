import { showControls } from '../lib/control-characters.ts';

/**
 * A waiver written where the code lives: a Terraform comment on a resource block
 * (`# aks-audit:waive <rule-id> reason="…" owner=… expires=YYYY-MM-DD ticket=…`) or a Kubernetes
 * annotation on the object (`aks-audit.dev/waive.<rule-id>: reason="…" …`, or a bare value taken
 * as the reason). Both are read by the one parser below, so the two spellings cannot drift apart.
 * What cannot waive (no rule id, no reason, a bad date, text it does not understand) still
 * parses, with `problem` saying why: it is reported as invalid, never silently dropped.
 */
export interface InlineWaiver {
  /** Written as a Terraform comment or as a Kubernetes annotation. */
  kind: 'terraform' | 'kubernetes';
  ruleId: string | null;
  reason: string | null;
  owner: string | null;
  /** `YYYY-MM-DD`; null: it does not expire. */
  expires: string | null;
  ticket: string | null;
  /** Where it is written: the comment's line, or the annotated object's. */
  file?: string;
  line?: number;
  /** As written (bounded, control characters shown as escapes), for reports to quote. */
  text: string;
  /** Set when it cannot waive, saying why. */
  problem?: string;
}

/** The comment marker; only a comment that starts with it is a waiver. */
export const WAIVE_MARKER = 'aks-audit:waive';
/** Annotation keys of our waivers: `aks-audit.dev/waive.<rule-id>`. */
export const WAIVE_ANNOTATION_PREFIX = 'aks-audit.dev/waive.';

/** Longer text is refused, not read: a waiver is one line, and input can be hostile. */
const MAX_TEXT = 1000;
/** What a report quotes of a waiver's text. */
const MAX_SHOWN = 300;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS = new Set(['reason', 'owner', 'expires', 'ticket']);

/** The waiver in a Terraform comment (`#`, `//` or `/* … *\/`), or undefined when the comment is not one. */
export function waiverOfComment(comment: string, file: string, line: number): InlineWaiver | undefined {
  const body = comment.replace(/^\s*(?:#|\/\/|\/\*)/, '').replace(/\*\/\s*$/, '').trim();
  if (!body.startsWith(WAIVE_MARKER)) return undefined;
  const rest = body.slice(WAIVE_MARKER.length);
  if (rest !== '' && !/^\s/.test(rest)) return undefined;
  const [, ruleId = '', fields = ''] = /^\s*(\S*)\s*([\s\S]*)$/.exec(rest)!;
  return { kind: 'terraform', ...parseWaiver(ruleId || null, fields, false), file, line, text: bounded(body) };
}

/** The waiver an annotation holds, or undefined when the key is not ours. The value of any other annotation is never read. */
export function waiverOfAnnotation(key: string, value: string, place: { file?: string; line?: number }): InlineWaiver | undefined {
  if (!key.startsWith(WAIVE_ANNOTATION_PREFIX)) return undefined;
  const ruleId = key.slice(WAIVE_ANNOTATION_PREFIX.length);
  return { kind: 'kubernetes', ...parseWaiver(ruleId || null, value, true), ...place, text: bounded(`${key}: ${value}`) };
}

type Fields = Omit<InlineWaiver, 'kind' | 'file' | 'line' | 'text'>;

function parseWaiver(ruleId: string | null, text: string, bareIsReason: boolean): Fields {
  const out: Fields = { ruleId: null, reason: null, owner: null, expires: null, ticket: null };
  if (ruleId === null || ruleId.includes('=')) return { ...out, problem: 'no rule id' };
  if (ruleId.length > 100 || !RULE_ID.test(ruleId)) return { ...out, problem: `${quoted(ruleId, 60)} is not a rule id` };
  out.ruleId = ruleId;
  if (text.length > MAX_TEXT) return { ...out, problem: `longer than ${MAX_TEXT} characters` };
  const trimmed = text.trim();
  // A bare annotation value (`CNI needs the host network`) is the reason.
  if (bareIsReason && trimmed !== '' && !/^[a-z]+=/.test(trimmed)) return finish({ ...out, reason: trimmed });
  const fields = keyValues(trimmed);
  if (typeof fields === 'string') return { ...out, problem: fields };
  for (const [key, value] of fields) (out as unknown as Record<string, string>)[key] = value;
  return finish(out);
}

function finish(out: Fields): Fields {
  for (const key of ['reason', 'owner', 'ticket'] as const) if (out[key] !== null) out[key] = clean(out[key]) || null;
  if (out.expires !== null && !isCalendarDate(out.expires)) return { ...out, problem: `expires ${quoted(out.expires, 30)} is not a date (YYYY-MM-DD)` };
  if (out.reason === null) return { ...out, problem: 'no reason: a waiver says why the risk is accepted' };
  return out;
}

/** `key=value key="quoted value"` pairs, or a sentence saying what is wrong. */
function keyValues(text: string): Array<[string, string]> | string {
  const out: Array<[string, string]> = [];
  const seen = new Set<string>();
  let at = 0;
  while (at < text.length) {
    const key = /^([A-Za-z_]+)=/.exec(text.slice(at));
    if (!key) return `cannot read ${quoted(text.slice(at), 30)}: expected key=value (reason, owner, expires, ticket)`;
    const name = key[1]!.toLowerCase();
    if (!KEYS.has(name)) return `unknown key ${quoted(name, 30)} (reason, owner, expires, ticket)`;
    if (seen.has(name)) return `${name} is given twice`;
    seen.add(name);
    at += key[0].length;
    let value: string;
    if (text[at] === '"') {
      const close = closingQuote(text, at + 1);
      if (close < 0) return `the quoted ${name} is not closed`;
      value = text.slice(at + 1, close).replace(/\\(["\\])/g, '$1');
      at = close + 1;
    } else {
      const end = text.slice(at).search(/\s|$/);
      value = text.slice(at, at + end);
      at += end;
    }
    if (at < text.length && !/\s/.test(text[at]!)) return `expected a space after ${name}`;
    out.push([name, value]);
    while (at < text.length && /\s/.test(text[at]!)) at++;
  }
  return out;
}

function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** `YYYY-MM-DD` naming a real day: `2027-02-30` is not one. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** One line, control characters shown as escapes (they would act in a terminal or reorder text): the value goes into every report. */
function clean(value: string): string {
  return showControls(value.replace(/\s+/g, ' ').trim());
}

/** The text as written, bounded, control characters shown as escapes. */
function bounded(value: string, max = MAX_SHOWN): string {
  const shown = showControls(value);
  return shown.length <= max ? shown : `${shown.slice(0, max - 1)}…`;
}

/** A piece of the input named in a problem. */
function quoted(value: string, max: number): string {
  return `'${bounded(value, max)}'`;
}
