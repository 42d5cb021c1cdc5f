import { highlightSegments } from '../utils/highlight';

/** The API's highlight rendered as text with the matched words in <mark>; never as raw HTML. */
export function HighlightedText({ highlight }: { highlight: string }) {
  return (
    <>
      {highlightSegments(highlight).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
