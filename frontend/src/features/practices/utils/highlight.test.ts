import { describe, expect, it } from 'vitest';

import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('splitsMatchesFromTextAndUnescapesWithoutInterpretingHtml', () => {
    expect(
      highlightSegments(
        '&lt;script&gt;x&lt;/script&gt; <mark>Kompost</mark> &amp; <mark>Co</mark>',
      ),
    ).toEqual([
      { text: '<script>x</script> ', marked: false },
      { text: 'Kompost', marked: true },
      { text: ' & ', marked: false },
      { text: 'Co', marked: true },
    ]);
  });

  it('keepsTextWithoutMatchesWhole', () => {
    expect(highlightSegments('Kein &quot;Treffer&quot;')).toEqual([
      { text: 'Kein "Treffer"', marked: false },
    ]);
  });
});
