/**
 * The entries' own components (<Note>, <Figure>) and Markdown images, built as a reader meets them:
 * on the entry's page, in the full text (inside a paragraph shared with another finding too), and
 * in the offline copy, with the images served by the site itself.
 */
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { packageOffline, type PackageResult } from '../../scripts/offline/package.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { blockTexts, loadPage } from '../helpers/html.ts';

const FIXTURE = './tests/fixtures/features';
const IMAGES = `${FIXTURE}/reviews/demo-2024/images`;
const site = { outDir: inject('featuresDist'), output: inject('featuresLog') };
let offline: string;
let packaged: PackageResult;

beforeAll(async () => {
  // The offline copy's pages are packaged from a copy of the site: its addresses are made relative
  // the same way whatever the variant (the offline variant differs in its search only, which the
  // offline browser test covers), and a build of its own would add seconds to every test run.
  offline = join(PROJECT_ROOT, 'test-results/builds/features-offline');
  await rm(offline, { recursive: true, force: true });
  await cp(site.outDir, offline, { recursive: true });
  packaged = await packageOffline(offline, '/');
});

describe('a finding with a figure and a note', () => {
  it('shows them on its page: the picture served by the site, the note marked as not the original', async () => {
    const $ = await loadPage(site.outDir, '/demo-2024/findings/2-1/');
    const figure = $('.document figure.entry-figure');
    expect(figure.find('img').attr('src')).toBe('/demo-2024/files/images/chart.png');
    expect(figure.find('img').attr('alt')).toBe('2023年集中学习次数柱状图');
    expect(figure.find('figcaption').text()).toBe('图1 2023年各月集中学习次数');
    const note = $('.document aside.editor-note');
    expect(note.attr('role')).toBe('note');
    expect(note.text()).toContain('附注（编者所加，不是原文）');
    expect(note.text()).toContain('此处的图表由办公室根据会议记录整理');
    expect(note.attr('data-pagefind-ignore')).toBeDefined();
  });

  it('publishes the image files it shows, byte for byte, and no other', async () => {
    const served = await readFile(join(site.outDir, 'demo-2024/files/images/chart.png'));
    expect(served.equals(await readFile(`${IMAGES}/chart.png`))).toBe(true);
    await expect(readFile(join(site.outDir, 'demo-2024/files/images/draft.png'))).rejects.toThrow();
    expect(site.output).toContain('images/draft.png：没有条目用到这张图片，不会发布');
    expect(site.output).not.toContain('chart.png：');
  });

  it('keeps notes, captions and image descriptions out of the page description', async () => {
    const $ = await loadPage(site.outDir, '/demo-2024/findings/2-1/');
    const description = $('meta[name="description"]').attr('content') ?? '';
    expect(description).toContain('一是作风不实。');
    expect(description).not.toMatch(/附注|图1|柱状图|!\[|Figure/);
  });
});

describe('the full text', () => {
  it('places an image inside the paragraph a finding shares, and its figure and note after it', async () => {
    const $ = await loadPage(site.outDir, '/demo-2024/');
    const part = $('#finding-1-2');
    expect(part.closest('p').find('#finding-1-1')).toHaveLength(1);
    expect(part.find('img').attr('src')).toBe(
      '/demo-2024/files/images/%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png',
    );
    expect(part.find('img').attr('alt')).toBe('走访现场');
    const after = part.closest('.shared-paragraph').find('.entry-part-after');
    expect(after.find('figure img').attr('src')).toBe('/demo-2024/files/images/chart.png');
    expect(after.find('.editor-note').text()).toContain('走访记录见办公室存档。');
    expect($('img[__astro_image_]')).toHaveLength(0);
  });

  it('leaves notes out of the document’s own paragraphs', async () => {
    const $ = await loadPage(site.outDir, '/demo-2024/');
    expect(blockTexts($).some((text) => text.includes('附注'))).toBe(false);
    expect($('.editor-note')).toHaveLength(2);
  });

  it('publishes the image with Chinese file name where its address says', async () => {
    const served = await readFile(join(site.outDir, 'demo-2024/files/images/现场照片.png'));
    expect(served.equals(await readFile(`${IMAGES}/现场照片.png`))).toBe(true);
  });
});

describe('the offline copy', () => {
  it('holds every image its pages show, at a relative address', async () => {
    expect(packaged.missing).toEqual([]);
    const $ = await loadPage(offline, '/demo-2024/findings/2-1/');
    expect($('figure img').attr('src')).toBe('../../files/images/chart.png');
  });
});
