/** A review's particulars as its full text lists them under the title (ReviewMeta). */
import type { ReviewData } from '../schemas/review.ts';
import type { InspectionNode } from '../relations/nodes.ts';
import { formatDate, formatIsoDate } from '../text/dates.ts';

export interface ReviewMetaView {
  organization: string;
  /** The author with their role before the name; empty when neither is given. */
  person: string;
  /** What `person` is called: 撰写人 when the author is named, 职务 when only the role is. */
  personLabel: '撰写人' | '职务';
  meeting: string;
  date: { iso: string; text: string } | null;
  /** The documents the review is based on, each as the page names it: 《标题》（文号）. */
  basis: string[];
  /** The inspection whose feedback it answers; left out when it answers none. */
  inspection?: { title: string; path: string };
}

/** The particulars of a review, from its front matter, and the inspection it answers. */
export function reviewMeta(data: ReviewData, inspection?: InspectionNode): ReviewMetaView {
  const { organization, author, role, meeting, date, basis } = data;
  return {
    organization,
    person: [role, author].filter(Boolean).join(' '),
    personLabel: author ? '撰写人' : '职务',
    meeting,
    date: date ? { iso: formatIsoDate(date), text: formatDate(date) } : null,
    basis: basis.map((doc) => (doc.title ? `《${doc.title}》（${doc.number}）` : doc.number)),
    ...(inspection ? { inspection: { title: inspection.title, path: inspection.path } } : {}),
  };
}
