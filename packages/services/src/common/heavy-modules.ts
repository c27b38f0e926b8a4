// Libraries that only an export or an e-mail needs, loaded on first use rather than at start-up: together they
// cost a few hundred milliseconds of a cold start (issue 17: cold start < 1 s), and most requests never use them.

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

/** exceljs, for the XLSX exports. */
export const loadExcel = once(async () => (await import('exceljs')).default);
/** pdfkit, for every PDF. */
export const loadPdfKit = once(async () => (await import('pdfkit')).default);
/** docx, for the Annex IV DOCX. */
export const loadDocx = once(() => import('docx'));
/** nodemailer, for SMTP. */
export const loadNodemailer = once(async () => (await import('nodemailer')).default);
/** yauzl, to read an audit pack's zip (`aims verify-pack`). */
export const loadYauzl = once(async () => (await import('yauzl')).default);
