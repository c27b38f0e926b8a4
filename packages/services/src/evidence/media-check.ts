// Evidence files are checked by what they contain, not only by what the client says they are (§7.5.3):
// binary types by their magic bytes (file-type), text types as valid UTF-8 without NUL bytes.
import {
  AppError,
  EVIDENCE_MEDIA_TYPES,
  type EvidenceMediaType,
  mediaTypeFromFileName,
  mediaTypesAgree,
  normalizeMediaType,
} from '@openaims/core';

const GENERIC = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

function refuse(message: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', message, { errors: [{ path: 'file', message }] });
}

function isCleanUtf8(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The media type evidence is stored under. The declared type (or, when a browser sends none or a generic one, the
 * file name's extension) must be accepted and must agree with the content; otherwise UNSUPPORTED_MEDIA_TYPE (415).
 */
export async function checkedMediaType(
  bytes: Uint8Array,
  declared: string | undefined,
  fileName: string,
): Promise<EvidenceMediaType> {
  const base = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  const type = GENERIC.has(base) ? mediaTypeFromFileName(fileName) : normalizeMediaType(base);
  if (!type) {
    const accepted = Object.values(EVIDENCE_MEDIA_TYPES)
      .map((s) => s.label)
      .join(', ');
    throw refuse(`${base || 'This file type'} is not accepted as evidence. Accepted: ${accepted}.`);
  }
  // Loaded on first upload only, so commands that never see a file (the CLI) do not pay for it at start.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  if (!mediaTypesAgree(type, detected)) {
    throw refuse(`The file is declared as ${type} but its content is ${detected ?? 'not of that type'}.`);
  }
  if (EVIDENCE_MEDIA_TYPES[type].check === 'text') {
    if (!isCleanUtf8(bytes)) throw refuse(`The file is declared as ${type} but is not UTF-8 text.`);
    if (type === 'application/json') {
      try {
        JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw refuse('The file is declared as application/json but is not valid JSON.');
      }
    }
  }
  return type;
}
