/** One piece of a highlighted text: plain, or a matched word. */
export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits the API's highlight (HTML-escaped text whose only markup is `<mark>…</mark>`) into
 * segments to render as text nodes: nothing from the text is ever interpreted as HTML.
 */
export function highlightSegments(highlight: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const pattern = /<mark>(.*?)<\/mark>/g;
  let last = 0;
  for (const match of highlight.matchAll(pattern)) {
    if (match.index > last) {
      segments.push({ text: unescape(highlight.slice(last, match.index)), marked: false });
    }
    segments.push({ text: unescape(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < highlight.length) {
    segments.push({ text: unescape(highlight.slice(last)), marked: false });
  }
  return segments;
}
