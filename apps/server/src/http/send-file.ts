// Answers with bytes (an export, a stored file, frozen canonical JSON) rather than an entity: a plain Response,
// which the typed route handlers accept beside their documented JSON bodies.

/** What a file answer carries. */
export interface FileAnswer {
  body: BodyInit | null;
  contentType: string;
  /** Offered as the download name (`Content-Disposition: attachment`), ASCII-safe with a UTF-8 fallback. */
  filename?: string;
  headers?: Record<string, string>;
  status?: number;
}

/** A file response; the file name is sanitized for the quoted form and given in full as `filename*`. */
export function sendFile(f: FileAnswer): Response {
  const headers: Record<string, string> = { 'content-type': f.contentType, ...f.headers };
  if (f.filename) {
    const ascii = f.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    headers['content-disposition'] =
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.filename)}`;
  }
  return new Response(f.body, { status: f.status ?? 200, headers });
}
