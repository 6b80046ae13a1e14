import { describe, expect, it } from 'vitest';
import { placeParagraphs } from '../../../src/text/paragraph-html.ts';

describe('placeParagraphs', () => {
  const html = '<p data-continues>一是<strong>甲</strong>。</p>\n<p class="x">比如乙。</p>';

  it('inlines every paragraph’s content', () => {
    expect(placeParagraphs(html, 'inline')).toBe('一是<strong>甲</strong>。\n比如乙。');
  });

  it('keeps only the continuing paragraph’s content', () => {
    expect(placeParagraphs(html, 'continued')).toBe('一是<strong>甲</strong>。\n');
  });

  it('publishes the other paragraphs as plain paragraphs', () => {
    expect(placeParagraphs(html, 'following')).toBe('\n<p>比如乙。</p>');
  });

  it('leaves text that is not a paragraph as it is', () => {
    expect(placeParagraphs('<ul><li>一</li></ul>', 'inline')).toBe('<ul><li>一</li></ul>');
  });
});
