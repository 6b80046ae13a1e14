/**
 * What an entry page lists under its text: the entries linked to it, in both directions, each
 * group under a heading that says how they relate.
 */
import type { EntryNode, SourceEntries } from './nodes.ts';

export interface RelationGroup<E extends SourceEntries = SourceEntries> {
  /** Heading of the group, e.g. 原因分析. */
  heading: string;
  /** Said when the group is empty, so a missing link is visible rather than silent. */
  empty: string;
  nodes: EntryNode<E>[];
}

/** The relation groups shown on an entry's page. */
export function relationGroups<E extends SourceEntries>(node: EntryNode<E>): RelationGroup<E>[] {
  switch (node.kind) {
    case 'finding':
      return [
        { heading: '产生问题的原因', empty: '尚未关联原因。', nodes: node.causes },
        { heading: '对应的整改措施', empty: '尚未关联整改措施。', nodes: node.measures },
      ];
    case 'cause':
      return [
        { heading: '由此导致的问题', empty: '尚未关联问题。', nodes: node.findings },
        { heading: '相应的整改措施', empty: '所关联的问题尚无整改措施。', nodes: node.measures },
      ];
    case 'measure':
      return [
        { heading: '针对的问题', empty: '尚未关联问题。', nodes: node.findings },
        { heading: '针对的原因', empty: '所关联的问题尚无原因分析。', nodes: node.causes },
      ];
  }
}
