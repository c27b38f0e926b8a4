// Types of verify.mjs (the pack's own verifier, plain JavaScript so it runs with Node.js alone).
export interface PackManifestFile {
  path: string;
  size: number;
  sha256: string;
}
export interface PackManifest {
  format: string;
  organization: { id: string; name: string };
  period: { from: string | null; to: string };
  generatedAt: string;
  generator: { name: string; version: string };
  publicKey: string;
  keyFingerprint: string;
  files: PackManifestFile[];
  ledger: {
    entries: string;
    count: number;
    firstSeq: number;
    lastSeq: number;
    anchorHash: string;
    chainHead: { seq: number; hash: string };
  };
  sections: { key: string; title: string; files: string[] }[];
  signature?: { algorithm: 'Ed25519'; value: string };
}
export interface PackProblem {
  path: string;
  problem: 'altered' | 'missing' | 'extra' | 'signature' | 'key' | 'unsafe-path' | 'ledger';
  detail: string;
}
export interface PackVerifyResult {
  ok: boolean;
  problems: PackProblem[];
  fingerprint?: string | null;
  manifest?: PackManifest;
}
export interface PackSource {
  list(): Promise<string[]>;
  hash(path: string): Promise<{ sha256: string; size: number }>;
  readText(path: string): Promise<string>;
  lines(path: string): AsyncIterable<string>;
}
export const MANIFEST: string;
export function canonicalJson(value: unknown): string;
export function isSafePackPath(p: unknown): boolean;
export function fingerprintOf(publicKeyPem: string): string;
export function verifyPack(
  source: PackSource,
  opts?: { expectedFingerprint?: string },
): Promise<PackVerifyResult>;
export function directorySource(root: string): PackSource;
export function describeResult(r: PackVerifyResult): string[];
