/**
 * Word's automatic numbering as a .docx defines it: the lists of word/numbering.xml (an abstract
 * definition `w:abstractNum` with up to nine levels `w:lvl`, and the instances `w:num` paragraphs
 * refer to, which may override a level or its start), and the paragraph styles of word/styles.xml
 * that number their paragraphs (`w:numPr`, inherited through `w:basedOn`). Read once into plain
 * maps; which list and level a paragraph is in is then looked up without reading any XML again.
 */
import { walkXml } from './xml-walk.ts';

/** Word's lists have nine levels, 0 to 8. */
export const LIST_LEVELS = 9;

/** The largest start Word lets a list have. */
const MAX_START = 32_767;

/** One level of a list: how its numbers are counted and written. */
export interface ListLevel {
  /** `w:start`: its first number (0 when the file leaves it out, as Word reads it). */
  start: number;
  /** `w:numFmt`: how each number is written (decimal, chineseCounting …). */
  format: string;
  /** `w:lvlText`: the number's text, `%1、` `（%1）` `%1.%2`; undefined when it has none. */
  text: string | undefined;
  /**
   * `w:lvlRestart`: the 1-based level after whose use it starts again; 0 never; undefined after
   * any level above it.
   */
  restart: number | undefined;
  /** `w:isLgl`: the numbers of every level in Arabic digits (1.1 under 第一章). */
  legal: boolean;
  /** `w:suff`: what Word puts between the number and the text. */
  suffix: 'tab' | 'space' | 'nothing';
  /** `w:pStyle`: the paragraph style that numbers its paragraphs at this level. */
  style: string | undefined;
}

/** An abstract list definition: its levels, or the numbering style that holds them. */
interface AbstractList {
  levels: (ListLevel | undefined)[];
  /** `w:numStyleLink`: the levels are those of the list this numbering style uses. */
  styleLink: string | undefined;
}

/** A list instance, the `w:numId` paragraphs name. */
interface ListInstance {
  abstractId: string;
  /** `w:lvlOverride`/`w:startOverride`: where this instance starts a level anew. */
  starts: Map<number, number>;
  /** `w:lvlOverride`/`w:lvl`: levels this instance defines in place of the abstract one's. */
  levels: Map<number, ListLevel>;
}

/** What a style says about numbering: its own `w:numPr`, and the style it is based on. */
interface StyleNumbering {
  basedOn: string | undefined;
  numId: string | undefined;
  level: string | undefined;
}

/** The lists and numbering styles of a document. */
export interface ListDefinitions {
  abstracts: Map<string, AbstractList>;
  instances: Map<string, ListInstance>;
  styles: Map<string, StyleNumbering>;
  /** The paragraph style of paragraphs that name none. */
  defaultStyle: string | undefined;
}

/** What a paragraph of the document says about its list: its style and its own `w:numPr`. */
export interface ListReference {
  style: string | undefined;
  numId: string | undefined;
  level: string | undefined;
}

/** The list a paragraph is in, and its level, with each level as that list has it. */
export interface ParagraphList {
  /** The instance (`w:numId`) the paragraph names, itself or through its style. */
  numId: string;
  /** The list whose numbers it counts: instances of one abstract definition share them. */
  list: string;
  level: number;
  /** The levels as this instance has them, overrides included. */
  levels: readonly (ListLevel | undefined)[];
  /** The starts this instance overrides, by level. */
  starts: ReadonlyMap<number, number>;
}

/** An integer attribute from `min` to `max`; undefined for anything else. */
function integer(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\s*-?\d{1,10}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** A level index `w:ilvl`, 0 to 8. */
const levelIndex = (value: string | undefined) => integer(value, 0, LIST_LEVELS - 1);

/** An on/off property: present and not `false`, `0` or `off`. */
const isOn = (value: string | undefined) =>
  value === undefined || !['false', '0', 'off'].includes(value);

const SUFFIXES: readonly ListLevel['suffix'][] = ['tab', 'space', 'nothing'];

/** Wrappers a level's properties may stand in: Word 2010 puts some formats in a fallback. */
const LEVEL_WRAPPERS = new Set(['mc:AlternateContent', 'mc:Fallback']);

function newLevel(): ListLevel {
  return {
    start: 0,
    format: 'decimal',
    text: undefined,
    restart: undefined,
    legal: false,
    suffix: 'tab',
    style: undefined,
  };
}

/** Reads word/numbering.xml and word/styles.xml (either may be missing). */
export function readListDefinitions(
  numberingXml: string | undefined,
  stylesXml: string | undefined,
): ListDefinitions {
  const definitions: ListDefinitions = {
    abstracts: new Map(),
    instances: new Map(),
    styles: new Map(),
    defaultStyle: undefined,
  };
  if (numberingXml !== undefined) readNumbering(numberingXml, definitions);
  if (stylesXml !== undefined) readStyles(stylesXml, definitions);
  return definitions;
}

function readNumbering(xml: string, definitions: ListDefinitions): void {
  // Only the depth of the elements open is kept: a file nesting elements a hundred thousand deep
  // costs no more than a flat one.
  let depth = 0;
  let inNumbering = false;
  let abstract: { id: string | undefined; list: AbstractList } | undefined;
  let instance: { id: string | undefined; list: ListInstance } | undefined;
  let override: number | undefined;
  let level: { index: number | undefined; depth: number; level: ListLevel } | undefined;
  // Inside a level, the depth of the element whose content holds no more of its properties.
  let closedAt: number | undefined;
  walkXml(xml, {
    open(element) {
      depth++;
      const name = element.name;
      const val = () => element.attribute('w:val');
      if (depth === 1) inNumbering = name === 'w:numbering';
      if (!inNumbering || closedAt !== undefined) return;
      if (level) {
        // A property of the level itself, not of its paragraph or run (w:pPr, w:rPr); Word 2010
        // puts some in mc:AlternateContent, whose mc:Choice is its own.
        readLevelProperty(level.level, name, val());
        if (!LEVEL_WRAPPERS.has(name)) closedAt = depth;
      } else if (depth === 2 && name === 'w:abstractNum') {
        abstract = {
          id: element.attribute('w:abstractNumId'),
          list: {
            levels: Array<ListLevel | undefined>(LIST_LEVELS).fill(undefined),
            styleLink: undefined,
          },
        };
      } else if (depth === 2 && name === 'w:num') {
        instance = {
          id: element.attribute('w:numId'),
          list: { abstractId: '', starts: new Map(), levels: new Map() },
        };
      } else if (abstract && depth === 3 && name === 'w:numStyleLink') {
        abstract.list.styleLink = val();
      } else if (abstract && depth === 3 && name === 'w:lvl') {
        // A level without its index is taken as the first, as mammoth takes it.
        const written = element.attribute('w:ilvl');
        level = {
          index: written === undefined ? 0 : levelIndex(written),
          depth,
          level: newLevel(),
        };
      } else if (instance && depth === 3 && name === 'w:abstractNumId') {
        instance.list.abstractId = val() ?? '';
      } else if (instance && depth === 3 && name === 'w:lvlOverride') {
        override = levelIndex(element.attribute('w:ilvl'));
      } else if (instance && override !== undefined && depth === 4) {
        if (name === 'w:startOverride') {
          const start = integer(val(), 0, MAX_START);
          if (start !== undefined) instance.list.starts.set(override, start);
        } else if (name === 'w:lvl') {
          level = { index: override, depth, level: newLevel() };
        }
      }
    },
    close() {
      if (depth === closedAt) closedAt = undefined;
      if (level && depth === level.depth) {
        const { index, level: done } = level;
        level = undefined;
        if (index !== undefined && abstract) abstract.list.levels[index] = done;
        else if (index !== undefined && instance) instance.list.levels.set(index, done);
      } else if (depth === 3) {
        override = undefined;
      } else if (depth === 2) {
        if (abstract?.id !== undefined) definitions.abstracts.set(abstract.id, abstract.list);
        if (instance?.id !== undefined) definitions.instances.set(instance.id, instance.list);
        abstract = undefined;
        instance = undefined;
      }
      depth--;
    },
  });
}

function readLevelProperty(level: ListLevel, name: string, value: string | undefined): void {
  switch (name) {
    case 'w:start':
      level.start = integer(value, 0, MAX_START) ?? 0;
      break;
    case 'w:numFmt':
      level.format = value ?? 'decimal';
      break;
    case 'w:lvlText':
      level.text = value;
      break;
    case 'w:lvlRestart':
      level.restart = integer(value, 0, LIST_LEVELS);
      break;
    case 'w:isLgl':
      level.legal = isOn(value);
      break;
    case 'w:suff':
      level.suffix = SUFFIXES.find((s) => s === value) ?? 'tab';
      break;
    case 'w:pStyle':
      level.style = value;
      break;
  }
}

function readStyles(xml: string, definitions: ListDefinitions): void {
  // The names of the open elements down to a style's numbering (w:styles w:style w:pPr w:numPr),
  // and how deep the elements are below them.
  const path: string[] = [];
  let depth = 0;
  let style: { id: string | undefined; numbering: StyleNumbering } | undefined;
  walkXml(xml, {
    open(element) {
      depth++;
      if (depth !== path.length + 1 || depth > 5) return;
      path.push(element.name);
      const at = path.join(' ');
      const val = element.attribute('w:val');
      if (at === 'w:styles w:style') {
        const type = element.attribute('w:type') ?? 'paragraph';
        const id = element.attribute('w:styleId');
        if (type !== 'paragraph' && type !== 'numbering') return;
        style = { id, numbering: { basedOn: undefined, numId: undefined, level: undefined } };
        if (type === 'paragraph' && isOn(element.attribute('w:default') ?? 'false')) {
          definitions.defaultStyle ??= id;
        }
      } else if (!style) {
        return;
      } else if (at === 'w:styles w:style w:basedOn') {
        style.numbering.basedOn = val;
      } else if (at === 'w:styles w:style w:pPr w:numPr w:numId') {
        style.numbering.numId ??= val;
      } else if (at === 'w:styles w:style w:pPr w:numPr w:ilvl') {
        style.numbering.level ??= val;
      }
    },
    close() {
      if (depth === path.length) {
        path.pop();
        if (depth === 2 && style) {
          if (style.id !== undefined) definitions.styles.set(style.id, style.numbering);
          style = undefined;
        }
      }
      depth--;
    },
  });
}

/** The numbering a style gives its paragraphs, its own or inherited: the nearest of each part. */
function styleNumbering(
  definitions: ListDefinitions,
  styleId: string | undefined,
): { numId: string | undefined; level: string | undefined } {
  let numId: string | undefined;
  let level: string | undefined;
  const seen = new Set<string>();
  // Styles based on each other in a circle are read round once.
  for (let id = styleId; id !== undefined && !seen.has(id);) {
    seen.add(id);
    const style = definitions.styles.get(id);
    if (!style) break;
    numId ??= style.numId;
    level ??= style.level;
    id = style.basedOn;
  }
  return { numId, level };
}

/**
 * The abstract definition that holds an instance's levels, following numbering styles
 * (`w:numStyleLink`), with its id; undefined where the chain is broken or goes round.
 */
function abstractOf(
  definitions: ListDefinitions,
  instance: ListInstance,
): { id: string; list: AbstractList } | undefined {
  const seen = new Set<string>();
  for (let id = instance.abstractId; !seen.has(id);) {
    seen.add(id);
    const list = definitions.abstracts.get(id);
    if (!list) return undefined;
    if (list.styleLink === undefined) return { id, list };
    const numId = styleNumbering(definitions, list.styleLink).numId;
    const linked = numId === undefined ? undefined : definitions.instances.get(numId);
    if (!linked) return undefined;
    id = linked.abstractId;
  }
  return undefined;
}

/**
 * The list and level of a paragraph, as Word numbers it: its own `w:numPr` before its style's,
 * `w:numId` 0 for none; undefined when it is in no list, or in one the file does not define.
 */
export function listOf(
  definitions: ListDefinitions,
  reference: ListReference,
): ParagraphList | undefined {
  const styleId = reference.style ?? definitions.defaultStyle;
  const inherited = styleNumbering(definitions, styleId);
  const numId = reference.numId ?? inherited.numId;
  if (numId === undefined || numId.trim() === '0') return undefined;
  const instance = definitions.instances.get(numId);
  if (!instance) return undefined;
  const abstract = abstractOf(definitions, instance);
  if (!abstract) return undefined;
  const levels = abstract.list.levels.map((level, i) => instance.levels.get(i) ?? level);
  const written = reference.level ?? inherited.level;
  // A style that names the list but not the level is at the level linked to it.
  const level =
    written !== undefined
      ? levelIndex(written)
      : Math.max(
          0,
          levels.findIndex((l) => l?.style !== undefined && l.style === styleId),
        );
  if (level === undefined || !levels[level]) return undefined;
  return { numId, list: abstract.id, level, levels, starts: instance.starts };
}
