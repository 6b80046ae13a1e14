import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { editFrontMatter } from '../../../../scripts/workbook/front-matter-edit.ts';

const MEASURE_KEYS = [
  'order',
  'title',
  'aliases',
  'leader',
  'unit',
  'deadline',
  'mode',
  'status',
  'progress',
  'closedOn',
];
const FINDING_KEYS = ['area', 'order', 'title', 'causes', 'measures', 'aliases'];

const MEASURE = `---
order: 1
title: "强化学习" # 原文标题
leader: 张三 # 责任领导
# 方式由督查室确定
mode: 限期整改
progress: # 按日期列出
  - date: 2024-05-20
    note: 完成第一轮集中学习，共 4 次。
---

（一）强化学习。{不变的正文}
`;

describe('editFrontMatter', () => {
  it('replaces a value where it is, keeping the comment after it and every other byte', () => {
    const edited = editFrontMatter(MEASURE, [{ key: 'leader', value: '李四' }], MEASURE_KEYS);
    expect(edited).toBe(MEASURE.replace('leader: 张三', 'leader: 李四'));
  });

  it('adds a field after the one before it in the schema’s order, above the next one’s comment', () => {
    const edited = editFrontMatter(
      MEASURE,
      [
        { key: 'deadline', value: '2024-06-30' },
        { key: 'unit', value: '办公室' },
        { key: 'closedOn', value: '2024-06-28' },
      ],
      MEASURE_KEYS,
    );
    expect(edited).toBe(
      MEASURE.replace('# 责任领导\n', '# 责任领导\nunit: 办公室\ndeadline: 2024-06-30\n').replace(
        '共 4 次。\n',
        '共 4 次。\nclosedOn: 2024-06-28\n',
      ),
    );
  });

  it('removes a field with its line, leaving the comment above it', () => {
    const edited = editFrontMatter(MEASURE, [{ key: 'mode', value: undefined }], MEASURE_KEYS);
    expect(edited).toBe(MEASURE.replace('mode: 限期整改\n', ''));
  });

  it('rewrites a list of reports in block form, keeping the comment on its key’s line', () => {
    const edited = editFrontMatter(
      MEASURE,
      [
        {
          key: 'progress',
          value: [
            { date: '2024-05-20', note: '完成第一轮集中学习，共 4 次。' },
            {
              date: '2024-06-10',
              note: '完成第二轮：学习 3 次。',
              evidence: 'http://oa.example.gov.cn/b.pdf',
            },
          ],
        },
      ],
      MEASURE_KEYS,
    );
    expect(edited).toBe(
      MEASURE.replace(
        '共 4 次。\n',
        '共 4 次。\n  - date: 2024-06-10\n    note: 完成第二轮：学习 3 次。\n    evidence: http://oa.example.gov.cn/b.pdf\n',
      ),
    );
  });

  it('quotes a value YAML would read as something else', () => {
    const edited = editFrontMatter(MEASURE, [{ key: 'leader', value: '123' }], MEASURE_KEYS);
    expect(edited).toContain('leader: "123" # 责任领导\n');
  });

  it('fills in an empty value after its colon', () => {
    const text = '---\norder: 1\ntitle: 甲\nclosedOn:\n---\n\n正文\n';
    expect(editFrontMatter(text, [{ key: 'closedOn', value: '2024-06-28' }], MEASURE_KEYS)).toBe(
      text.replace('closedOn:', 'closedOn: 2024-06-28'),
    );
  });

  it('keeps the relation lists inline and the 依据 comments of a seed finding, byte for byte', async () => {
    const text = await readFile('content/reviews/xx-minzhengju-2023/findings/1-1.mdx', 'utf8');
    const edited = editFrontMatter(text, [{ key: 'causes', value: [1, 2, 3] }], FINDING_KEYS);
    expect(edited).toBe(text.replace('causes: [1, 3]', 'causes: [1, 2, 3]'));
  });

  it('edits the front matter where the build reads it, keeping what is around it byte for byte', () => {
    // A BOM and a blank line before it (Notepad, a paste), spaces after its closing ---.
    for (const text of [
      `\uFEFF${MEASURE}`,
      `\n\n${MEASURE}`,
      `\uFEFF\r\n${MEASURE}`,
      MEASURE.replace('---\n\n（一）', '---  \n\n（一）'),
    ]) {
      const edited = editFrontMatter(text, [{ key: 'leader', value: '李四' }], MEASURE_KEYS);
      expect(edited).toBe(text.replace('leader: 张三', 'leader: 李四'));
    }
  });

  it('refuses a file the build finds no front matter in', () => {
    expect(() => editFrontMatter('正文\n---\ntitle: 甲\n---\n', [], MEASURE_KEYS)).toThrow(
      '文件开头没有 --- 之间的前置字段',
    );
  });

  it('keeps Windows line ends', () => {
    const text =
      '---\r\narea: 1\r\norder: 1\r\ntitle: 甲\r\ncauses: []\r\nmeasures: []\r\n---\r\n\r\n正文\r\n';
    const edited = editFrontMatter(
      text,
      [
        { key: 'measures', value: [2] },
        { key: 'aliases', value: ['1-3'] },
      ],
      FINDING_KEYS,
    );
    expect(edited).toBe(text.replace('measures: []\r\n', 'measures: [2]\r\naliases: [1-3]\r\n'));
  });
});
