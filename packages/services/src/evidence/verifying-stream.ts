// Stored evidence is read back through a hash check whichever store holds it (disk or S3), so a corrupted blob
// fails the download instead of being served as the evidence it claims to be.
import crypto from 'node:crypto';

/** A web stream that hashes what passes and errors at its end when the digest is not `sha256`. */
export function verifyingWebStream(
  body: ReadableStream<Uint8Array>,
  sha256: string,
): ReadableStream<Uint8Array> {
  const hash = crypto.createHash('sha256');
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        hash.update(chunk);
        controller.enqueue(chunk);
      },
      flush(controller) {
        const actual = hash.digest('hex');
        if (actual !== sha256)
          controller.error(new Error(`stored evidence ${sha256} is corrupt (its bytes hash to ${actual})`));
      },
    }),
  );
}
