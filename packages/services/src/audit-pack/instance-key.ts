// The instance's Ed25519 signing key (issue 11): generated once, kept in `instance_keys`, and used to sign every
// audit pack's manifest so a certification body can check that the pack came from this instance unaltered.
import crypto from 'node:crypto';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';

const { instanceKeys } = tables;
const PURPOSE = 'audit-pack-signing';

/** The instance's signing key: the private key for signing, the public key as PEM and its fingerprint. */
export interface InstanceKey {
  algorithm: 'Ed25519';
  publicKeyPem: string;
  /** SHA-256 of the DER-encoded public key (SubjectPublicKeyInfo), hex. */
  fingerprint: string;
  privateKey: crypto.KeyObject;
}

/** The SHA-256 fingerprint of a PEM public key (hex of the DER SubjectPublicKeyInfo). */
export function publicKeyFingerprint(publicKeyPem: string): string {
  const der = crypto.createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('hex');
}

/**
 * The instance key, generated on first use. Concurrent first uses by several processes agree: the insert does
 * nothing when a key exists, and everyone reads the row that won.
 */
export async function instanceKey(db: Db): Promise<InstanceKey> {
  const [found] = await db.select().from(instanceKeys).where(eq(instanceKeys.purpose, PURPOSE));
  let row = found;
  if (!row) {
    const pair = crypto.generateKeyPairSync('ed25519');
    await db
      .insert(instanceKeys)
      .values({
        purpose: PURPOSE,
        algorithm: 'Ed25519',
        publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        createdAt: new Date(),
      })
      .onConflictDoNothing();
    [row] = await db.select().from(instanceKeys).where(eq(instanceKeys.purpose, PURPOSE));
    if (!row) throw new Error('instance key missing after insert');
  }
  return {
    algorithm: 'Ed25519',
    publicKeyPem: row.publicKey,
    fingerprint: publicKeyFingerprint(row.publicKey),
    privateKey: crypto.createPrivateKey(row.privateKey),
  };
}
