/** Content mistakes must stop the build with a message naming the file and the field. */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site';

const build = (fixture: string) =>
  buildSite({ contentDir: `./tests/fixtures/${fixture}`, name: fixture });

describe('a build with bad content', () => {
  it('fails on a reference to a missing entry or to another review', async () => {
    const { exitCode, output } = await build('dangling-reference');
    expect(exitCode).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/dangling-reference/reviews/demo/findings/1-2.mdx → causes[1]: "9" is not a 原因 of review "demo"',
    );
    expect(output).toContain(
      'findings/1-2.mdx → measures[0]: "other/1" points into review "other"',
    );
  });

  it('fails on two files with one id', async () => {
    const { exitCode, output } = await build('duplicate-id');
    expect(exitCode).not.toBe(0);
    expect(output).toMatch(
      /reviews\/demo\/findings\/1-1\.mdx?: the entry id "demo\/1-1" is already taken by .*findings\/1-1\.mdx?/,
    );
  });

  it('fails on two entries with one number', async () => {
    const { exitCode, output } = await build('duplicate-number');
    expect(exitCode).not.toBe(0);
    expect(output).toMatch(
      /findings\/1-2\.mdx → area\/order: numbers this 问题 as 问题（一）之一, like .*findings\/1-1\.mdx/,
    );
  });

  it('fails on a ledger status that is not one of the five', async () => {
    const { exitCode, output } = await build('bad-ledger');
    expect(exitCode).not.toBe(0);
    expect(output).toContain('tests/fixtures/bad-ledger/reviews/demo/measures/1.mdx');
    expect(output).toMatch(
      /status.*expected one of "未启动"\|"推进中"\|"已完成"\|"已销号"\|"申请延期"/,
    );
  });

  it('fails on front matter that does not match the schema', async () => {
    const { exitCode, output } = await build('bad-frontmatter');
    expect(exitCode).not.toBe(0);
    expect(output).toContain('tests/fixtures/bad-frontmatter/reviews/demo/findings/1-2.mdx');
    expect(output).toMatch(/area.*Expected type `"number"`, received `"string"`/);
    expect(output).toMatch(/title.*Required/);
  });

  it('fails on an alias that takes another page or alias, naming both files', async () => {
    const { exitCode, output } = await build('alias-collision');
    expect(exitCode).not.toBe(0);
    const dir = 'tests/fixtures/alias-collision/reviews/demo';
    expect(output).toContain(
      `${dir}/findings/1-1.mdx → aliases[0]: "/demo/findings/1-2/" is the address of 问题（一）之二 (${dir}/findings/1-2.mdx)`,
    );
    expect(output).toContain(
      `${dir}/measures/1.mdx → aliases[0]: "/old-demo/items/1/" is also an alias of 原因（一） in ${dir}/causes/1.mdx → aliases[0]`,
    );
  });
});
