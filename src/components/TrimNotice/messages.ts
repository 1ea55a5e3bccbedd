/** User-visible strings of TrimNotice (English defaults, for the i18n catalog). */
export const trimNoticeMessages = {
  exceptions: (count: number) => `${count.toLocaleString('en-US')} chained exception${count === 1 ? ' was' : 's were'} cut by the server`,
  frames: (count: number) => `${count.toLocaleString('en-US')} frame${count === 1 ? ' was' : 's were'} cut by the server`,
  breadcrumbs: (count: number) => `${count.toLocaleString('en-US')} breadcrumb${count === 1 ? ' was' : 's were'} cut by the server`,
  /** Joins the parts into one sentence: `3 chained exceptions were cut by the server; 700 frames were cut by the server.` */
  sentence: (parts: readonly string[]) => `${parts.join('; ')}.`,
};
