import { describe, expect, it } from 'vitest';
import { StartTagCounter } from '../../../../../scripts/shared/documents/xml-tags.ts';

const XML =
  '<?xml version="1.0"?><w:body><w:p><w:pPr/><w:r><w:t>甲</w:t></w:r></w:p><!-- <w:p> -->' +
  '<w:p/><w:proofErr/><w:p\nw:rsid="1"></w:p></w:body>';

describe('StartTagCounter', () => {
  // A tag inside a comment counts too: the counts bound what a parser holds, from above.
  it('counts start tags and those of one name, wherever the chunks are cut', () => {
    const bytes = Buffer.from(XML);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const tags = new StartTagCounter('w:p');
      tags.add(bytes.subarray(0, cut));
      tags.add(bytes.subarray(cut));
      tags.endPart();
      expect([tags.elements, tags.named], `cut at ${cut}`).toEqual([9, 4]);
    }
  });
});
