// Line-level clean-up of text that survives HTML clean-up: calls to action, ad labels,
// photo credits, "Read more" links and related-story lists typed as ordinary paragraphs.

/** Whole paragraphs that are never article prose. */
const DROP_LINE: RegExp[] = [
  /^(advertisement|advertising|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|scroll to continue( with content)?)\b.{0,40}$/i,
  /^(subscribe|sign up|signup|register)\b.{0,120}\b(newsletter|updates|inbox|briefing|alerts?|free)\b.{0,60}$/i,
  /^.{0,40}\bnewsletter\b.{0,80}(sign up|subscribe|inbox)\W*$/i,
  /^share (this|the) (article|story|page|post)\b.{0,40}$/i,
  /^(share|share on \w+|tweet|email|print|copy link|link copied|save|comments?|\d+ comments?)$/i,
  /^(read more|read also|also read|see also|related|more|watch|listen|recommended|related (article|story|coverage|content|link)s?)\s*:.{0,200}$/i,
  /^(read more|related (article|story|stories|coverage|content|links)|you (may|might) also like|more from .{1,40}|most (read|popular|viewed)|recommended( for you)?|top stories|trending( now)?|more stories|what to read next|don't miss)$/i,
  /^(photo|photograph|picture|image|video|graphic|illustration|file photo|photo credit)\s*:.{0,200}$/i,
  /^image (caption|source|copyright)\b.{0,200}$/i,
  /^\(?(ap|afp|reuters|getty|epa|efe|ansa)( photo)?(\s*\/.{0,60})?\)?$/i,
  /^(getty images|shutterstock|afp via getty images|reuters|ap photo)$/i,
  /^(follow us on|follow .{1,40} on (twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)|like us on facebook|join us on)\b.{0,120}$/i,
  /^(click here|tap here)\b.{0,160}$/i,
  /^(copyright|©|\(c\))\s.{0,160}$/i,
  /^all rights reserved\.?$/i,
  /^listen to (this|the) (article|story)\b.{0,40}$/i,
  /^(reporting by|additional reporting by|writing by|editing by|compiled by)\b.{0,300}$/i,
  /^(\d+\s+)?(min|minute)s?\s+read$/i,
];

/** Credits inside a paragraph: "(AP Photo/Jane Doe)", "(Photo: Agency)". */
const INLINE_CREDIT = /\s*\((?:AP|AFP|Reuters|EPA|Getty)?\s*(?:Photo|Photograph|Image|Picture)s?\s*(?:\/|:|by)\s*[^()]{1,80}\)/gi;

/** Headings that open a list of other stories; the headline-like lines after them go too. */
const RELATED_HEADING = /^(related( articles| stories| coverage| content| links| reading)?|more (on|about) this( story)?|more from .{1,40}|you (may|might) also like|read (more|next)|further reading|most (read|popular|viewed)|top stories|more stories)\s*:?$/i;

function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 20 && !/[.!?…"”]$/.test(line);
}

export function isBoilerplate(line: string): boolean {
  return DROP_LINE.some((re) => re.test(line));
}

/** The paragraphs with boilerplate removed, in order. */
export function removeBoilerplate(paragraphs: string[]): string[] {
  const kept: string[] = [];
  let inRelated = false;
  for (const raw of paragraphs) {
    const line = raw.replace(INLINE_CREDIT, "").trim();
    if (!line) continue;
    if (RELATED_HEADING.test(line)) {
      inRelated = true;
      continue;
    }
    if (inRelated && looksLikeHeadline(line)) continue;
    inRelated = false;
    if (isBoilerplate(line)) continue;
    kept.push(line);
  }
  return kept;
}
