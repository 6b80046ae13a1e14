/** Content mistakes must stop the build with a message naming the file and the field. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site';

const build = (fixture: string) =>
  buildSite({ contentDir: `./tests/fixtures/${fixture}`, name: fixture });

describe('a build with bad relations between entries', () => {
  // The relation index collects every problem and reports them together, so one fixture holds
  // several (in two reviews) and one failed build shows them all.
  const dir = 'tests/fixtures/bad-relations/reviews/demo';
  let result: BuildResult;
  beforeAll(async () => {
    result = await build('bad-relations');
  });

  it('fails, listing every problem at once', () => {
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('The review content has 5 problems:');
  });

  it('names a reference to a missing entry or to another review', () => {
    expect(result.output).toContain(
      `${dir}/findings/1-2.mdx → causes[1]: "9" is not a 原因 of review "demo"`,
    );
    expect(result.output).toContain(
      'findings/1-2.mdx → measures[0]: "other/1" points into review "other"',
    );
  });

  it('names two entries with one number', () => {
    expect(result.output).toMatch(
      /reviews\/numbering\/findings\/1-2\.mdx → area\/order: numbers this 问题 as 问题（一）之一, like .*reviews\/numbering\/findings\/1-1\.mdx/,
    );
  });

  it('names an alias that takes another page or alias, and both files', () => {
    expect(result.output).toContain(
      `${dir}/findings/1-1.mdx → aliases[0]: "/demo/findings/1-2/" is the address of 问题（一）之二 (${dir}/findings/1-2.mdx)`,
    );
    expect(result.output).toContain(
      `${dir}/measures/1.mdx → aliases[0]: "/old-demo/items/1/" is also an alias of 原因（一） in ${dir}/causes/1.mdx → aliases[0]`,
    );
  });
});

// These stop Astro while it reads the content, before the relation index exists: one build each.
describe('a build with bad content', () => {
  it('fails on two files with one id', async () => {
    const { exitCode, output } = await build('duplicate-id');
    expect(exitCode).not.toBe(0);
    expect(output).toMatch(
      /reviews\/demo\/findings\/1-1\.mdx?: the entry id "demo\/1-1" is already taken by .*findings\/1-1\.mdx?/,
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
});
