import { describe, expect, it } from 'vitest';
import { entryFacts, factsOf } from '../../../src/text/entry-facts.ts';

describe('entryFacts', () => {
  const html =
    '<p>一是<strong>甲</strong>。</p>\n<p>比如乙。</p>\n<figure><img src="/r/files/a.png" alt="图一"><figcaption>示意图</figcaption></figure>\n<aside class="editor-note"><p>附注：另见通知。</p></aside>';

  it('gives the first paragraph’s content, for a paragraph shared with other findings', () => {
    expect(entryFacts(html).lead).toBe('一是<strong>甲</strong>。');
  });

  it('gives everything after it as blocks', () => {
    const { after } = entryFacts(html);
    expect(after.startsWith('<p>比如乙。</p>')).toBe(true);
    expect(after).toContain('<figure>');
    expect(after).toContain('editor-note');
  });

  it('gives the document’s words only: no note, caption or image description', () => {
    expect(entryFacts(html).text).toBe('一是甲。 比如乙。');
  });

  it('lists the images it shows', () => {
    expect(entryFacts(html).images).toEqual(['/r/files/a.png']);
  });

  it('leaves the lead empty when the text opens with something else', () => {
    const facts = entryFacts('<ul><li>一</li></ul>');
    expect(facts.lead).toBe('');
    expect(facts.after).toBe('<ul><li>一</li></ul>');
    expect(facts.text).toBe('一');
  });
});

describe('factsOf', () => {
  it('reads the facts stored with the HTML, and says so when there are none', () => {
    const facts = entryFacts('<p>一</p>');
    expect(factsOf({ rendered: { metadata: { facts } } })).toEqual(facts);
    expect(() => factsOf({})).toThrow(/without its facts/);
  });
});
