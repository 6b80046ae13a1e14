/**
 * The parts of a Word package that say how its paragraphs are numbered: the document's body, its
 * numbering definitions and its styles, found as mammoth finds them — through the package's
 * relationships, or where Word puts them when the relationships do not say.
 */
import { posix } from 'node:path';
import type JSZip from 'jszip';
import { walkXml } from './xml-walk.ts';

export interface NumberingParts {
  document: string;
  numbering: string;
  styles: string | undefined;
}

/** The targets of a relationships part, each with the last segment of its type (`styles`). */
function relationships(xml: string): { type: string; target: string }[] {
  const found: { type: string; target: string }[] = [];
  walkXml(xml, {
    open(element) {
      if (element.name !== 'relationships:Relationship') return;
      const type = element.attribute('Type');
      const target = element.attribute('Target');
      if (type === undefined || target === undefined) return;
      if (element.attribute('TargetMode') === 'External') return;
      found.push({ type: type.slice(type.lastIndexOf('/') + 1), target });
    },
    close() {},
  });
  return found;
}

/** A relationship's target as the name of a file in the package. */
function partName(base: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : posix.join(base, target);
  return posix.normalize(path).replace(/^(?:\.\.\/)+/, '');
}

async function text(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async('string');
}

/** The part of `type` related to `from` (a part's name), or `fallback` where none is. */
async function related(
  zip: JSZip,
  from: string,
  type: string,
  fallback: string,
): Promise<string | undefined> {
  const { dir, base } = posix.parse(from);
  const rels = await text(zip, posix.join(dir, '_rels', `${base}.rels`));
  const targets = rels === undefined ? [] : relationships(rels).filter((r) => r.type === type);
  return [...targets.map((r) => partName(dir, r.target)), fallback].find((name) => zip.file(name));
}

/**
 * Reads the parts of an opened package (already measured against the limits) that numbering
 * needs; undefined when it has no numbering definitions, so that nothing in it can be numbered.
 */
export async function readNumberingParts(zip: JSZip): Promise<NumberingParts | undefined> {
  const main = await related(zip, '', 'officeDocument', 'word/document.xml');
  if (main === undefined) return undefined;
  const numbering = await related(zip, main, 'numbering', 'word/numbering.xml');
  if (numbering === undefined) return undefined;
  const styles = await related(zip, main, 'styles', 'word/styles.xml');
  return {
    document: (await text(zip, main)) ?? '',
    numbering: (await text(zip, numbering)) ?? '',
    styles: styles === undefined ? undefined : await text(zip, styles),
  };
}
