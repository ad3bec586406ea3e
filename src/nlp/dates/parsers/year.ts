// "in 2019", "since 2016", "early 2020": a year on its own. Chrono does not take bare years, and a bare
// four-digit number is often not a year ("2019 votes"), so we only accept it after a time preposition.
// Decades ("the 1990s") are left out on purpose: a decade is not a year, and year granularity would overstate it.
import type { Parser, ParsingContext } from "chrono-node";

const PATTERN =
  /\b(?:in|since|during|by|until|till|from|before|after|throughout|through|early|late|mid|between|and|to|or)[\s-]+((?:1[89]|20)\d\d)\b(?![’']?s\b|-\d|[.,]\d|\s*(?:%|percent|per cent))/i;

export class YearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = match[1]!;
    // "2019 and 2021", "from 2016 to 2020": a connective only counts right after another year.
    if (/^(?:and|to|or)\b/i.test(match[0])) {
      const before = context.text.slice(Math.max(0, match.index! - 8), match.index!);
      if (!/\b(?:1[89]|20)\d\d\s*$/.test(before)) return null;
    }
    // The preposition stays in the result text (chrono drops results that are bare numbers); the
    // mention builder strips it again.
    return context.createParsingResult(match.index!, match[0], { year: Number(year) }).addTag("parser/YearParser");
  }
}
