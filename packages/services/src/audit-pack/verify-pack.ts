// `aims verify-pack FILE`: the pack's own verifier (verify.mjs) run on the zip file itself, so the command and the
// script an auditor runs in the unpacked folder can never disagree.
import { describeResult, type PackVerifyResult, verifyPack } from './verify.mjs';
import { zipPackSource } from './zip-source.ts';

export type { PackManifest, PackProblem, PackVerifyResult } from './verify.mjs';
export { describeResult as describePackResult };

/** Verifies a pack zip: signature, every file's size and SHA-256, missing and extra files, the ledger chain. */
export async function verifyPackFile(
  file: string,
  opts: { expectedFingerprint?: string } = {},
): Promise<PackVerifyResult> {
  const source = await zipPackSource(file);
  try {
    return await verifyPack(source, opts);
  } finally {
    source.close();
  }
}
