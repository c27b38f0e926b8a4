// Libraries that only an export or an e-mail needs, loaded on first use rather than at start-up: together they
// cost a few hundred milliseconds of a cold start (issue 17: cold start < 1 s), and most requests never use them.
// Node caches each module after its first import, so a later call costs a resolved promise.

/** exceljs, for the XLSX exports. */
export const loadExcel = async () => (await import('exceljs')).default;
/** pdfkit, for every PDF. */
export const loadPdfKit = async () => (await import('pdfkit')).default;
/** docx, for the Annex IV DOCX. */
export const loadDocx = () => import('docx');
/** nodemailer, for SMTP. */
export const loadNodemailer = async () => (await import('nodemailer')).default;
/** yauzl, to read an audit pack's zip (`aims verify-pack`). */
export const loadYauzl = async () => (await import('yauzl')).default;
