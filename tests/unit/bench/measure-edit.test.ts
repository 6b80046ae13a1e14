import { describe, expect, it } from 'vitest';
import { rebuildStatus, withStatus, withWordAdded } from '../../../bench/lib/measure-edit.ts';

describe('withStatus', () => {
  const measure = '---\norder: 1\ntitle: 强化学习\n---\n\n（一）强化学习。status: 不是字段\n';

  it('adds a status after the title', () => {
    expect(withStatus(measure, '推进中')).toBe(
      '---\norder: 1\ntitle: 强化学习\nstatus: 推进中\n---\n\n（一）强化学习。status: 不是字段\n',
    );
  });

  it('replaces a status already there, and nothing in the text', () => {
    const once = withStatus(measure, '推进中');
    expect(withStatus(once, '已完成')).toBe(once.replace('status: 推进中', 'status: 已完成'));
  });

  it('refuses a file without front matter', () => {
    expect(() => withStatus('（一）强化学习。', '推进中')).toThrow(/no front matter/);
  });
});

describe('rebuildStatus', () => {
  it('changes the status on every rebuild', () => {
    expect([1, 2, 3].map(rebuildStatus)).toEqual(['推进中', '已完成', '推进中']);
  });
});

describe('withWordAdded', () => {
  it('adds the word before the first full stop of the text, not in the front matter', () => {
    const finding = '---\ntitle: 学习不深。\n---\n\n一是学习不深。二是不够。\n';
    expect(withWordAdded(finding, '切实')).toBe(
      '---\ntitle: 学习不深。\n---\n\n一是学习不深切实。二是不够。\n',
    );
  });

  it('adds it at the end of a text without a full stop', () => {
    expect(withWordAdded('---\nt: 1\n---\n学习不深\n', '切实')).toBe(
      '---\nt: 1\n---\n学习不深切实\n',
    );
  });
});
