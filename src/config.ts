/** The site's name, shown in the header and in every page title. */
export const SITE_TITLE = '对照检查材料';

/** One line under the name on the home page. */
export const SITE_TAGLINE =
  '巡察整改专题民主生活会对照检查材料：问题、原因与整改措施，互相链接，可检索。';
