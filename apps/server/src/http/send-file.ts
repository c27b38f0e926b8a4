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

/** The quoted `filename=` form (RFC 6266 4.3): accents dropped ("Söhne" → "Sohne"), other non-ASCII as `_`. */
export function asciiFilename(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}

/** The `filename*` form (RFC 8187): UTF-8, percent-encoded, `'()*` included since they are not attr-chars. */
export function extendedFilename(name: string): string {
  return `UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** The `Content-Disposition` value offering a download under a name. */
export function attachment(name: string): string {
  return `attachment; filename="${asciiFilename(name)}"; filename*=${extendedFilename(name)}`;
}

/** A file response; the file name is sanitized for the quoted form and given in full as `filename*`. */
export function sendFile(f: FileAnswer): Response {
  const headers: Record<string, string> = { 'content-type': f.contentType, ...f.headers };
  if (f.filename) headers['content-disposition'] = attachment(f.filename);
  return new Response(f.body, { status: f.status ?? 200, headers });
}
