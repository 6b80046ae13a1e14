/**
 * Which inspection a review document answers, when it says so: it cites the feedback by its number
 * (根据《关于巡察……的反馈意见》（城巡办发〔2023〕21号）) or by its title, and an inspection of the
 * content folder has that number or title. The import only suggests `inspection:`; a person writes
 * it, since a review may cite a feedback it does not answer.
 */
import { readFrontMatter } from '../../../src/loaders/front-matter.ts';
import { isUserError } from '../../../src/model/content-error.ts';
import { readInspectionFiles } from '../../shared/inspection-files.ts';
import { basisDocuments } from '../metadata.ts';

/** An inspection a document cites, and how. */
export interface CitedInspection {
  /** The inspection's folder name. */
  inspection: string;
  /** Its inspection.mdx, as messages name it. */
  file: string;
  /** What the document cites it by: its number, or its title in 《》. */
  citedAs: string;
}

/** Spaces and the brackets around a number do not make it another number. */
const normalised = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/[［[]/g, '〔')
    .replace(/[］\]]/g, '〕');

/**
 * The inspections of `contentDir` whose number or title `paragraphs` cite. An inspection file that
 * cannot be read is left out: the build reports it, and a suggestion is not worth stopping for.
 */
export async function inspectionsCited(
  contentDir: string,
  paragraphs: readonly string[],
): Promise<CitedInspection[]> {
  const cited = paragraphs.flatMap(basisDocuments);
  if (cited.length === 0) return [];
  let files;
  try {
    files = await readInspectionFiles(contentDir);
  } catch (error) {
    if (isUserError(error)) return [];
    throw error;
  }
  const found: CitedInspection[] = [];
  for (const file of files.filter((f) => f.kind === 'inspection')) {
    const read = readFrontMatter(file.text, file.filePath);
    if ('problem' in read) continue;
    const { number, title } = read.frontMatter.data;
    const match = cited.find(
      (c) =>
        (typeof number === 'string' && normalised(c.number) === normalised(number)) ||
        (typeof title === 'string' && c.title !== undefined && c.title.trim() === title.trim()),
    );
    if (!match) continue;
    found.push({
      inspection: file.review,
      file: file.filePath,
      citedAs:
        typeof number === 'string' && normalised(match.number) === normalised(number)
          ? match.number
          : `《${match.title!}》`,
    });
  }
  return found;
}
