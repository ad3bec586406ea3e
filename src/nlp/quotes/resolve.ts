// From a speaker phrase to a Speaker: the entity whose mention overlaps the phrase, or for pronouns
// the nearest fitting entity before it (a person for he/she/I, an organisation, country or group for
// they/it/we). Without mentions (no recogniser run) a pronoun falls back to the nearest earlier named
// speaker of a quote; descriptions and names stay as written.
import type { AnnotatedDocument, Mention, MentionType, Speaker, Token } from "../../types.js";
import type { Phrase } from "./speaker-phrase.js";
import { isNamePhrase, isPronounPhrase } from "./speaker-phrase.js";
import { tokenFrom } from "./token-index.js";

const PERSON_PRONOUNS = new Set(["he", "she", "i"]);
const RECENT = 3; // sentences
const GROUP_TYPES: ReadonlySet<MentionType> = new Set(["ORGANIZATION", "COUNTRY", "NORP"]);

export interface Resolver {
  resolve(phrase: Phrase): Speaker;
  /** Remembers a resolved named speaker, for later pronouns when there are no mentions. */
  remember(speaker: Speaker, at: number, person: boolean): void;
}

export function speakerResolver(doc: AnnotatedDocument): Resolver {
  const tokens = doc.tokens;
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  const earlier: Array<{ speaker: Speaker; at: number; person: boolean; sentence: number }> = [];
  // A mention right before a verb or at the start of its sentence reads as a subject.
  const isSubject = (m: Mention): boolean => {
    const sentence = doc.sentences[m.sentence];
    if (sentence && m.start === sentence.start) return true;
    const next = tokens[tokenFrom(tokens, m.end)];
    return next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
  };

  const fromMention = (m: Mention, span: Speaker["span"]): Speaker => ({ entity: m.entity, name: names.get(m.entity) ?? m.text, ...(span ? { span } : {}) });

  return {
    resolve(phrase) {
      const span = spanOf(doc.text, tokens, phrase);
      if (isPronounPhrase(tokens, phrase)) {
        const word = span.text.toLowerCase();
        const person = PERSON_PRONOUNS.has(word);
        const fits = (m: Mention) => m.kind !== "pronoun" && (person ? m.type === "PERSON" : GROUP_TYPES.has(m.type));
        const here = tokens[phrase.from]!.sentence;
        // 1. The speaker of a quote in the last few sentences: "he said" mostly goes on with the last voice.
        for (let i = earlier.length - 1; i >= 0; i--) {
          const e = earlier[i]!;
          if (e.at >= span.start || e.person !== person) continue;
          if (here - e.sentence <= RECENT) return { ...(e.speaker.entity ? { entity: e.speaker.entity } : {}), name: e.speaker.name, span };
          break;
        }
        // 2. The nearest fitting mention, preferring one that opens its sentence (a subject) nearby.
        let nearest: Mention | undefined;
        for (let i = mentions.length - 1; i >= 0; i--) {
          const m = mentions[i]!;
          if (m.end > span.start || !fits(m)) continue;
          nearest ??= m;
          if (here - m.sentence > RECENT) break;
          if (isSubject(m)) return fromMention(m, span);
        }
        if (nearest) return fromMention(nearest, span);
        for (let i = earlier.length - 1; i >= 0; i--) {
          const e = earlier[i]!;
          if (e.at < span.start && e.person === person) return { ...(e.speaker.entity ? { entity: e.speaker.entity } : {}), name: e.speaker.name, span };
        }
        // 3. No recogniser output: a full name (two or more name words) in the last few sentences.
        if (person && !mentions.length) {
          const name = recentFullName(doc, phrase.from, here - RECENT);
          if (name) return { name, span };
        }
        return { name: span.text, span };
      }
      const overlapping = mentions.filter((m) => m.start < span.end && m.end > span.start && m.kind !== "pronoun");
      // "Trump's spokeswoman" is not Trump: prefer the mention at the head (last word) of the phrase.
      const head = tokens[phrase.to - 1]!;
      const best = overlapping.find((m) => m.start <= head.start && m.end >= head.end) ?? (isPossessive(tokens, phrase) ? undefined : overlapping[0]);
      if (best) return fromMention(best, span);
      return { name: span.text, span };
    },
    remember(speaker, at, person) {
      const sentence = tokens[tokenFrom(tokens, at)]?.sentence ?? 0;
      earlier.push({ speaker, at, person, sentence });
      earlier.sort((a, b) => a.at - b.at);
    },
  };
}

export function spanOf(text: string, tokens: readonly Token[], phrase: Phrase): { start: number; end: number; text: string } {
  const start = tokens[phrase.from]!.start;
  const end = tokens[phrase.to - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

function isPossessive(tokens: readonly Token[], phrase: Phrase): boolean {
  for (let i = phrase.from; i < phrase.to; i++) if (tokens[i]!.pos === "PART") return true;
  return false;
}

/** Whether a speaker phrase reads as one person (a name or a singular description), for pronoun fallback. */
export function looksLikePerson(tokens: readonly Token[], phrase: Phrase): boolean {
  if (isPronounPhrase(tokens, phrase)) return PERSON_PRONOUNS.has(tokens[phrase.from]!.text.toLowerCase());
  const head = tokens[phrase.to - 1]!;
  if (isNamePhrase(tokens, phrase)) return !/^(?:ministry|department|office|embassy|government|police|party|campaign|committee|court|agency|council|army|times|post|news|press|network)$/i.test(head.text);
  return head.pos === "NOUN" && !/s$/i.test(head.text);
}

function recentFullName(doc: AnnotatedDocument, before: number, minSentence: number): string | undefined {
  const tokens = doc.tokens;
  for (let i = before - 1; i >= 0 && tokens[i]!.sentence >= minSentence; i--) {
    if (tokens[i]!.pos !== "PROPN") continue;
    let j = i;
    while (j - 1 >= 0 && tokens[j - 1]!.pos === "PROPN" && tokens[j - 1]!.sentence === tokens[i]!.sentence) j--;
    if (i - j >= 1) return doc.text.slice(tokens[j]!.start, tokens[i]!.end);
    i = j;
  }
  return undefined;
}
