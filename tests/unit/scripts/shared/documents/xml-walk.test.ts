import { describe, expect, it } from 'vitest';
import { decodeXmlText, walkXml } from '../../../../../scripts/shared/documents/xml-walk.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The walk as `<name attr=value>` and `</>`, asking each element for `attribute`. */
function events(xml: string, attribute = 'w:val'): string[] {
  const seen: string[] = [];
  walkXml(xml, {
    open(element) {
      const value = element.attribute(attribute);
      seen.push(value === undefined ? `<${element.name}>` : `<${element.name} ${value}>`);
    },
    close() {
      seen.push('</>');
    },
  });
  return seen;
}

describe('walkXml', () => {
  it('names elements and attributes by the usual prefix of their namespace', () => {
    const xml =
      `<?xml version="1.0"?><x:document xmlns:x="${W}"><x:body>` +
      `<x:p><x:pStyle x:val="Heading1"/></x:p>` +
      `<p xmlns="${W}"><numId x:val="3"/></p>` +
      '<other xmlns="urn:other"/></x:body></x:document>';
    expect(events(xml)).toEqual([
      '<w:document>',
      '<w:body>',
      '<w:p>',
      '<w:pStyle Heading1>',
      '</>',
      '</>',
      '<w:p>',
      '<w:numId 3>',
      '</>',
      '</>',
      '<{urn:other}other>',
      '</>',
      '</>',
      '</>',
    ]);
  });

  it('ends a declaration with its element', () => {
    const xml = `<a xmlns:w="${W}"><b xmlns:w="urn:b"><w:c/></b><w:c/></a>`;
    expect(events(xml).filter((e) => e !== '</>')).toEqual(['<a>', '<b>', '<{urn:b}c>', '<w:c>']);
  });

  it('skips comments, CDATA, processing instructions and DOCTYPE, and reads quoted >', () => {
    const xml =
      `<!DOCTYPE w:document><w:document xmlns:w="${W}"><!-- <w:p> --><![CDATA[<w:p>]]>` +
      `<?mso-application progid="Word.Document"?><w:lvlText w:val="a>b &amp; &#x2460;&#9312; &bogus;"/>` +
      `<w:t xml:space='preserve'>x &lt; y</w:t></w:document>`;
    expect(events(xml)).toEqual([
      '<w:document>',
      '<w:lvlText a>b & ①① &bogus;>',
      '</>',
      '<w:t>',
      '</>',
      '</>',
    ]);
  });

  it('stops quietly where the XML is cut off', () => {
    expect(events(`<w:p xmlns:w="${W}"><w:r w:val="open`)).toEqual(['<w:p>']);
    expect(events('<a><!-- never closed')).toEqual(['<a>']);
    expect(events('</a></b>')).toEqual([]);
  });

  it('takes time in proportion to the XML, however it is nested or damaged', () => {
    const depth = 100_000;
    const nested =
      `<a xmlns:w="${W}">` +
      Array.from({ length: depth }, (_, i) => `<w:x xmlns:p${i % 50}="urn:${i}">`).join('') +
      '</w:x>'.repeat(depth) +
      '</a>';
    const junk = `<w:p xmlns:w="${W}" ${'a'.repeat(2_000_000)}/>`;
    const started = performance.now();
    expect(events(nested)).toHaveLength(2 * (depth + 1));
    expect(events(junk)).toEqual(['<w:p>', '</>']);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('decodeXmlText', () => {
  it('decodes XML’s entities and character references, and nothing else', () => {
    expect(decodeXmlText('&lt;&gt;&amp;&quot;&apos;&#20013;&#x6587;&nbsp;&#x110000;')).toBe(
      '<>&"\'中文&nbsp;&#x110000;',
    );
  });
});
