/**
 * Documents imported with `importReview` and built into a site: every paragraph of each input is
 * published verbatim, in order, on the review's full-text page — lines broken mid-sentence as the
 * one paragraph they are, a paragraph holding several findings as one — and every entry gets its
 * page. The structure each document was read as is checked against what it says.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importReview } from '../../scripts/import/import-review.ts';
import { sourceParagraphs } from '../../scripts/shared/documents/text.ts';
import { INLINE_WORD_REVIEW } from '../fixtures/import/inline-word.ts';
import { makeDocx } from '../fixtures/import/make-docx.ts';
import { PDF_COPY_PARAGRAPHS, PDF_COPY_TITLE, pdfCopyText } from '../fixtures/import/pdf-copy.ts';
import { WORD_REVIEW } from '../fixtures/import/word-review.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';
import { brokenLinks, htmlErrors } from '../helpers/gates.ts';
import { blockTexts, loadPage } from '../helpers/html.ts';

const CONTENT = 'test-results/import-site';
const FIXTURES = 'tests/fixtures/import';

interface Fixture {
  review: string;
  file: string;
  /** The input's paragraphs, worked out independently of the importer. */
  paragraphs: () => Promise<string[]>;
  counts: { findings: number; causes: number; measures: number };
  /** How many lines the title is set on; they are published joined, as the page's title. */
  titleLines?: number;
  /** How many lines above the title a web page put there; they are not published. */
  pageLines?: number;
  /** How many lines above the title are kept: published first, after the title. */
  keptAbove?: number;
  /** The areas' headings, and each entry as `label：title`, when the fixture is about its structure. */
  structure?: { areas: string[]; entries: string[] };
}

/** Markdown lines without their markup: `## `, `**`, `*`, backslash escapes, a list number's space. */
const markdownLine = (line: string) =>
  line
    .replace(/^#+\s+/, '')
    .replace(/\*\*|\*/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/^(\d+\.)\s+/, '$1');

const gb18030 = async (file: string) => new TextDecoder('gb18030').decode(await readFile(file));
const wordParagraphs = (paragraphs: { text: string }[]) =>
  paragraphs
    .flatMap((p) => p.text.split('\n'))
    .map((t) => t.trim())
    .filter(Boolean);

const fixtures: Fixture[] = [
  {
    review: 'areas-arabic',
    file: `${FIXTURES}/areas-arabic.txt`,
    paragraphs: async () =>
      sourceParagraphs(await readFile(`${FIXTURES}/areas-arabic.txt`, 'utf8')),
    counts: { findings: 7, causes: 3, measures: 4 },
  },
  {
    review: 'no-areas',
    file: `${FIXTURES}/no-areas.gb18030.txt`,
    paragraphs: async () => sourceParagraphs(await gb18030(`${FIXTURES}/no-areas.gb18030.txt`)),
    counts: { findings: 4, causes: 2, measures: 4 },
  },
  {
    review: 'circled',
    file: `${FIXTURES}/circled.md`,
    paragraphs: async () =>
      sourceParagraphs(await readFile(`${FIXTURES}/circled.md`, 'utf8')).map(markdownLine),
    counts: { findings: 5, causes: 2, measures: 3 },
  },
  {
    review: 'word',
    file: `${CONTENT}-input/word.docx`,
    paragraphs: () => Promise.resolve(wordParagraphs(WORD_REVIEW)),
    counts: { findings: 3, causes: 2, measures: 3 },
  },
  {
    review: 'two-line-title',
    file: `${FIXTURES}/two-line-title.gbk.txt`,
    paragraphs: async () =>
      sourceParagraphs(
        new TextDecoder('gbk').decode(await readFile(`${FIXTURES}/two-line-title.gbk.txt`)),
      ),
    counts: { findings: 6, causes: 3, measures: 3 },
    titleLines: 2,
  },
  {
    review: 'seed-import',
    file: 'content/reviews/xx-minzhengju-2023/source.txt',
    paragraphs: async () =>
      sourceParagraphs(await readFile('content/reviews/xx-minzhengju-2023/source.txt', 'utf8')),
    counts: { findings: 9, causes: 4, measures: 4 },
  },
  {
    // Copied from a web page: greeting, menu path, the page's outline, its heading and counts.
    review: 'web-2025',
    file: `${FIXTURES}/web-2025.txt`,
    paragraphs: async () => sourceParagraphs(await readFile(`${FIXTURES}/web-2025.txt`, 'utf8')),
    counts: { findings: 12, causes: 3, measures: 3 },
    pageLines: 9,
    structure: {
      areas: [
        '（一）在带头强化政治忠诚、提高政治能力方面',
        '（二）在带头强化党性修养、提高道德修养方面。',
        '（三）在带头强化责任担当、提高履职能力方面',
        '（四）在带头强化纪律意识、提高廉洁自律能力方面',
        '（五）在带头落实全面从严治党政治责任方面',
      ],
      entries: [
        '问题（一）之一：理论学习的系统性还不够',
        '问题（一）之二：把握意识形态工作主动权还不够',
        '问题（二）之一：党性锻炼有所放松,以日常事务代替党性修养,参加所在支部组织生活有3次请假',
        '问题（二）之二：自我要求有所降低,对身边工作人员管得不够严',
        '问题（二）之三：艰苦奋斗精神有所淡化,下基层调研时有“走过场”的情况',
        '问题（三）之一：创新意识不强',
        '问题（三）之二：攻坚克难劲头不足',
        '问题（四）之一：对分管领域廉政风险排查不深入',
        '问题（四）之二：落实中央八项规定精神的标准不够高',
        '问题（五）之一：“一岗双责”履行不到位',
        '问题（五）之二：对分管部门干部的教育提醒不经常,谈心谈话以工作安排为主',
        '问题（五）之三：对上级巡察反馈问题举一反三不够,同类问题在个别单位反复出现',
        '原因（一）：理论武装有所松懈',
        '原因（二）：党性修养有所弱化',
        '原因（三）：宗旨意识有所淡化',
        '措施（一）：强化理论武装',
        '措施（二）：锤炼党性修养',
        '措施（三）：压实工作责任',
      ],
    },
  },
  {
    // Copied out of a PDF: every paragraph broken at the end of its printed lines.
    review: 'pdf-copy',
    file: `${FIXTURES}/pdf-copy.gb18030.txt`,
    paragraphs: () => Promise.resolve([...PDF_COPY_TITLE, ...PDF_COPY_PARAGRAPHS]),
    counts: { findings: 6, causes: 3, measures: 3 },
    titleLines: 2,
    structure: {
      areas: [
        '（一）在学习贯彻党的创新理论、落实上级决策部署方面',
        '（二）在落实耕地保护和节约集约用地责任、推进自然资源领域重点工作方面',
        '（三）在落实全面从严治党责任、加强干部队伍建设方面',
      ],
      entries: [
        '问题（一）之一：理论学习与业务工作结合不够紧密',
        '问题（一）之二：贯彻上级部署存在温差',
        '问题（二）之一：耕地保护责任压得不实',
        '问题（二）之二：批而未供土地消化缓慢',
        '问题（三）之一：廉政风险防控存在薄弱环节',
        '问题（三）之二：干部队伍结构不够合理',
        '原因（一）：理论武装不够到位',
        '原因（二）：责任意识不够强',
        '原因（三）：管党治党不够严',
        '措施（一）：强化理论武装',
        '措施（二）：压实耕地保护责任',
        '措施（三）：从严管党治党',
      ],
    },
  },
  {
    // No causes part, a finding that is only a heading, an area without findings, findings
    // inside the area's text, and a line above the title that may be the document's.
    review: 'incomplete',
    file: `${FIXTURES}/incomplete.md`,
    paragraphs: async () =>
      sourceParagraphs(await readFile(`${FIXTURES}/incomplete.md`, 'utf8')).map(markdownLine),
    counts: { findings: 5, causes: 0, measures: 3 },
    keptAbove: 1,
    structure: {
      areas: ['（一）落实城市管理为民理念方面', '（二）作风建设方面', '（三）队伍建设方面'],
      entries: [
        '问题（一）之一：服务意识不强，对占道经营等问题习惯于“一罚了之”，疏导服务的办法不多',
        '问题（一）之二：回应群众诉求不及时，12345热线转办件按期办结率只有86%',
        '问题（一）之三：精细化管理水平不高，背街小巷环境卫生反弹明显',
        '问题（二）之一：工作作风不够扎实',
        '问题（二）之二：调查研究不深入',
        '措施（一）：牢固树立为民理念',
        '措施（二）：提高诉求办理质效',
        '措施（三）：改进调查研究',
      ],
    },
  },
  {
    // Word: findings inside their area's paragraph and inside one another's, half-width marks.
    review: 'inline-word',
    file: `${CONTENT}-input/inline-word.docx`,
    paragraphs: () => Promise.resolve(wordParagraphs(INLINE_WORD_REVIEW)),
    counts: { findings: 7, causes: 2, measures: 3 },
    structure: {
      areas: ['(一)政治建设方面。', '(二)作风建设方面', '(三)廉政建设方面'],
      entries: [
        '问题（一）之一：学习贯彻党的创新理论不够深入,班子集中学习研讨有时流于形式',
        '问题（一）之二：贯彻落实上级决策部署有温差,对减税降费政策的宣传解读不够及时',
        '问题（二）之一：调查研究不够深入,到乡镇、企业调研多,解决实际问题少',
        '问题（二）之二：文风会风改进不够,部分会议讲话篇幅过长',
        '问题（二）之三：服务意识有待加强,个别科室办事效率不高',
        '问题（三）之一：财政资金监管存在薄弱环节',
        '问题（三）之二：内控制度执行不够严格',
        '原因（一）：理想信念有所松懈,理论学习的自觉性不够强',
        '原因（二）：宗旨意识有所淡化,联系服务群众不够紧密',
        '措施（一）：强化理论武装,每月开展1次班子集体学习研讨',
        '措施（二）：改进工作作风,班子成员每季度到基层调研不少于2次',
        '措施（三）：严格财政资金监管,建立专项资金全过程跟踪问效机制',
      ],
    },
  },
];

let dist = '';

interface Manifest {
  entries: { review: string; label: string; title: string }[];
}

beforeAll(async () => {
  process.chdir(PROJECT_ROOT);
  await rm(CONTENT, { recursive: true, force: true });
  await mkdir(`${CONTENT}-input`, { recursive: true });
  await writeFile(`${CONTENT}-input/word.docx`, makeDocx(WORD_REVIEW));
  await writeFile(`${CONTENT}-input/inline-word.docx`, makeDocx(INLINE_WORD_REVIEW));
  for (const fixture of fixtures) {
    await importReview({ file: fixture.file, review: fixture.review, contentDir: CONTENT });
  }
  const result = await buildSite({ contentDir: `./${CONTENT}`, name: 'import' });
  expect(result.exitCode, result.output).toBe(0);
  dist = result.outDir;
});

describe.each(fixtures)('the imported $review', (fixture) => {
  it('publishes every paragraph of the input verbatim, in order, on the full-text page', async () => {
    const all = (await fixture.paragraphs()).slice(fixture.pageLines ?? 0);
    expect(all.length).toBeGreaterThan(10);
    const above = all.slice(0, fixture.keptAbove ?? 0);
    const title = all.slice(above.length, above.length + (fixture.titleLines ?? 1));
    const paragraphs = [...above, ...all.slice(above.length + title.length)];
    const $ = await loadPage(dist, `/${fixture.review}/`);
    expect($('h1').text()).toBe(title.join(''));
    const blocks = blockTexts($);
    const missing = paragraphs.filter((p) => !blocks.includes(p));
    expect(missing).toEqual([]);
    const positions = paragraphs.map((p) => blocks.indexOf(p));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives every finding, cause and measure a block on the full text and a page of its own', async () => {
    const $ = await loadPage(dist, `/${fixture.review}/`);
    // An entry's anchor: its block, or its part of a paragraph shared with other findings.
    const anchors = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    const blocks = (kind: string) =>
      anchors.filter((id) => new RegExp(`^${kind}-\\d+(?:-\\d+)?$`).test(id)).length;
    expect({
      findings: blocks('finding'),
      causes: blocks('cause'),
      measures: blocks('measure'),
    }).toEqual(fixture.counts);
    for (const link of $('.entry-block .entry-label').toArray()) {
      const href = $(link).attr('href') ?? '';
      expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
    }
  });
});

const structured = fixtures.flatMap((f) => (f.structure ? [{ ...f, structure: f.structure }] : []));

describe.each(structured)('the structure of the imported $review', (fixture) => {
  it('reads the areas and entries the document has', async () => {
    const $ = await loadPage(dist, `/${fixture.review}/`);
    const areas = $('[id^="area-"]')
      .map((_, el) => $(el).text())
      .get();
    expect(areas).toEqual(fixture.structure.areas);
    const manifest = JSON.parse(await readFile(join(dist, 'permalinks.json'), 'utf8')) as Manifest;
    const entries = manifest.entries
      .filter((e) => e.review === fixture.review)
      .map((e) => `${e.label}：${e.title}`);
    expect(entries).toEqual(fixture.structure.entries);
  });
});

describe('the imported documents', () => {
  it('keep a paragraph that holds several findings one paragraph, each finding its own part', async () => {
    const $ = await loadPage(dist, '/web-2025/');
    const shared = $('#finding-2-2').closest('p');
    expect(shared.text()).toBe(
      '（二）在带头强化党性修养、提高道德修养方面。一是党性锻炼有所放松,以日常事务代替党性修养,参加所在支部组织生活有3次请假。二是自我要求有所降低,对身边工作人员管得不够严。三是艰苦奋斗精神有所淡化,下基层调研时有“走过场”的情况。',
    );
    expect(shared.find('#area-2').text()).toBe('（二）在带头强化党性修养、提高道德修养方面。');
    expect(shared.find('#finding-2-2').text()).toBe(
      '二是自我要求有所降低,对身边工作人员管得不够严。',
    );
    expect(
      shared
        .parent()
        .find('.entry-label')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/web-2025/findings/2-1/', '/web-2025/findings/2-2/', '/web-2025/findings/2-3/']);
    expect(shared.parent().find('[data-permalink]')).toHaveLength(3);
    // A lead-in is published with its area, not with the area's first finding.
    expect($('#area-3').parent().text()).toBe(
      '（三）在带头强化责任担当、提高履职能力方面,主要是推动工作的闯劲还不够:经过征求意见,发现以下问题',
    );
    expect($('#finding-3-1').text()).not.toContain('发现以下问题');
    expect($('#finding-4-1').text()).not.toContain('总的看');
  });

  it('publish a finding’s page with its own part of a shared paragraph', async () => {
    const $ = await loadPage(dist, '/inline-word/findings/1-2/');
    const texts = blockTexts($);
    expect(texts).toContain('二是:贯彻落实上级决策部署有温差,对减税降费政策的宣传解读不够及时。');
    expect(texts).toContain('比如,2023年有2项惠企政策出台后1个多月才完成宣传。');
    const full = await loadPage(dist, '/inline-word/');
    expect(full('#finding-1-2').text()).toBe(
      '二是:贯彻落实上级决策部署有温差,对减税降费政策的宣传解读不够及时。',
    );
  });

  it('the PDF-copy fixture is its paragraphs broken into printed lines', async () => {
    expect(await gb18030(`${FIXTURES}/pdf-copy.gb18030.txt`)).toBe(pdfCopyText());
  });

  it('make pages that are valid HTML, with every link and anchor in place', async () => {
    // The pages that hold imported text and titles: each review's full text (every entry's
    // text) and map. The other page types, whose markup does not depend on the document, are
    // validated on the seed review by the quality gates; validating every page here cost 15 s.
    expect(await htmlErrors(dist, (url) => /^\/[^/]+\/(map\/)?$/.test(url))).toEqual([]);
    expect(await brokenLinks(dist)).toEqual([]);
  });
});
