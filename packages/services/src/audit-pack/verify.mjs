#!/usr/bin/env node
// Verifies an unpacked OpenAIMS audit pack with Node.js built-ins only, so a certification body can check a pack
// without installing OpenAIMS (issue 11; ISO/IEC 42006 asks the body to rely on what it was given). Run
// `node verify.mjs` inside the unpacked folder: exit 0 when the manifest's Ed25519 signature holds, every listed
// file has its size and SHA-256, no file is missing or extra, and the ledger excerpt's hash chain recomputes;
// exit 1 naming each problem otherwise. `aims verify-pack FILE` runs this same code on the zip file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The manifest's path inside a pack. */
export const MANIFEST = 'manifest.json';

/** Deterministic JSON (keys sorted, no whitespace): what the signature and the ledger digests cover. */
export function canonicalJson(value) {
  const norm = (v) => {
    if (Array.isArray(v)) return v.map(norm);
    if (v !== null && typeof v === 'object') {
      const out = {};
      for (const k of Object.keys(v).sort()) if (v[k] !== undefined) out[k] = norm(v[k]);
      return out;
    }
    return v;
  };
  return JSON.stringify(norm(value));
}

const sha256 = (s) => crypto.createHash('sha256').update(s).digest('hex');

/** The fields an entry's hash covers, joined as the server joins them (core `ledgerHashInput`). */
function ledgerHashInput(orgId, e) {
  return [
    orgId,
    e.seq,
    e.at,
    e.actorType,
    e.actorId ?? '',
    e.action,
    e.entityType,
    e.entityId,
    e.digest,
    e.prevHash,
  ].join('|');
}

/** A pack path that stays inside the pack (relative, forward slashes, no `..`). */
export function isSafePackPath(p) {
  return (
    typeof p === 'string' &&
    p.length > 0 &&
    !p.startsWith('/') &&
    !p.includes('\\') &&
    !p.split('/').some((s) => s === '' || s === '.' || s === '..')
  );
}

/** SHA-256 public key fingerprint (hex of the DER SubjectPublicKeyInfo), as `GET /api/v1/instance-key` shows. */
export function fingerprintOf(publicKeyPem) {
  const der = crypto.createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return sha256(der);
}

async function checkLedger(manifest, source) {
  const l = manifest.ledger;
  let expectedSeq = l.firstSeq;
  let prevHash = l.anchorHash;
  let count = 0;
  let lastHash = null;
  for await (const line of source.lines(l.entries)) {
    if (!line.trim()) continue;
    let e;
    try {
      e = JSON.parse(line);
    } catch {
      return `line ${count + 1} is not JSON`;
    }
    if (e.seq !== expectedSeq) return `entry ${expectedSeq} is missing (found ${e.seq})`;
    if (e.prevHash !== prevHash) return `entry ${e.seq} does not follow the entry before it`;
    if (sha256(canonicalJson(e.data)) !== e.digest) return `entry ${e.seq}: data does not match its digest`;
    if (sha256(ledgerHashInput(manifest.organization.id, e)) !== e.hash)
      return `entry ${e.seq}: hash does not match its contents`;
    prevHash = e.hash;
    lastHash = e.hash;
    expectedSeq++;
    count++;
  }
  if (count !== l.count) return `${l.count} entries listed, ${count} found`;
  if (count > 0 && l.lastSeq === l.chainHead?.seq && lastHash !== l.chainHead.hash)
    return 'the last entry is not the chain head the manifest names';
  return null;
}

/**
 * Verifies a pack read through `source` ({list(), hash(path), readText(path), lines(path)}). Resolves to
 * `{ok, problems: [{path, problem, detail}], fingerprint, manifest}`; `problem` is `altered`, `missing`, `extra`,
 * `signature`, `key`, `unsafe-path` or `ledger`. `expectedFingerprint` pins the instance key when given.
 */
export async function verifyPack(source, opts = {}) {
  const problems = [];
  const names = new Set(await source.list());
  if (!names.has(MANIFEST))
    return { ok: false, problems: [{ path: MANIFEST, problem: 'missing', detail: 'no manifest' }] };
  let manifest;
  try {
    manifest = JSON.parse(await source.readText(MANIFEST));
    if (!Array.isArray(manifest.files) || typeof manifest.publicKey !== 'string') throw new Error('shape');
  } catch {
    return { ok: false, problems: [{ path: MANIFEST, problem: 'altered', detail: 'not a pack manifest' }] };
  }
  const { signature, ...signed } = manifest;
  let fingerprint = null;
  let signatureOk = false;
  try {
    fingerprint = fingerprintOf(manifest.publicKey);
    const key = crypto.createPublicKey(manifest.publicKey);
    signatureOk = crypto.verify(
      null,
      Buffer.from(canonicalJson(signed)),
      key,
      Buffer.from(String(signature?.value ?? ''), 'base64'),
    );
  } catch {
    signatureOk = false;
  }
  if (!signatureOk)
    problems.push({
      path: MANIFEST,
      problem: 'signature',
      detail: 'the Ed25519 signature does not match the manifest',
    });
  if (opts.expectedFingerprint && fingerprint !== opts.expectedFingerprint.toLowerCase())
    problems.push({
      path: MANIFEST,
      problem: 'key',
      detail: `signed by key ${fingerprint}, not the expected ${opts.expectedFingerprint}`,
    });
  const listed = new Set();
  for (const f of manifest.files) {
    if (!isSafePackPath(f.path)) {
      problems.push({ path: String(f.path), problem: 'unsafe-path', detail: 'path leaves the pack' });
      continue;
    }
    listed.add(f.path);
    if (!names.has(f.path)) {
      problems.push({ path: f.path, problem: 'missing', detail: 'listed in the manifest but absent' });
      continue;
    }
    let got;
    try {
      got = await source.hash(f.path);
    } catch (e) {
      problems.push({ path: f.path, problem: 'altered', detail: `cannot be read (${e.message})` });
      continue;
    }
    if (got.sha256 !== f.sha256 || got.size !== f.size)
      problems.push({
        path: f.path,
        problem: 'altered',
        detail: `expected ${f.size} bytes with SHA-256 ${f.sha256}, found ${got.size} bytes with ${got.sha256}`,
      });
  }
  for (const n of [...names].sort())
    if (n !== MANIFEST && !listed.has(n))
      problems.push({ path: n, problem: 'extra', detail: 'not listed in the manifest' });
  if (manifest.ledger && listed.has(manifest.ledger.entries) && names.has(manifest.ledger.entries)) {
    const why = await checkLedger(manifest, source).catch((e) => `cannot be read (${e.message})`);
    if (why) problems.push({ path: manifest.ledger.entries, problem: 'ledger', detail: why });
  }
  return { ok: problems.length === 0, problems, fingerprint, manifest };
}

/** Reads an unpacked pack from a folder. */
export function directorySource(root) {
  const abs = (p) => path.join(root, ...p.split('/'));
  return {
    async list() {
      const out = [];
      const walk = (dir, prefix) => {
        for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
          const rel = prefix ? `${prefix}/${d.name}` : d.name;
          if (d.isDirectory()) walk(path.join(dir, d.name), rel);
          else out.push(rel);
        }
      };
      walk(root, '');
      return out;
    },
    async hash(p) {
      const h = crypto.createHash('sha256');
      let size = 0;
      for await (const chunk of fs.createReadStream(abs(p))) {
        h.update(chunk);
        size += chunk.length;
      }
      return { sha256: h.digest('hex'), size };
    },
    readText: (p) => fs.promises.readFile(abs(p), 'utf8'),
    lines: (p) => readline.createInterface({ input: fs.createReadStream(abs(p)), crlfDelay: Infinity }),
  };
}

/** Lines for a person: what the pack is, who signed it, and each problem. */
export function describeResult(r) {
  const lines = [];
  const m = r.manifest;
  if (m) {
    lines.push(
      `OpenAIMS audit pack of ${m.organization?.name} (${m.organization?.id}), period ${m.period?.from ?? 'start'} to ${m.period?.to}, generated ${m.generatedAt} by ${m.generator?.name} ${m.generator?.version}`,
      `signed with Ed25519 key ${r.fingerprint}: compare it with GET /api/v1/instance-key of the instance`,
    );
  }
  for (const p of r.problems) lines.push(`${p.problem.toUpperCase().padEnd(11)} ${p.path}: ${p.detail}`);
  lines.push(
    r.ok
      ? `OK: signature, ${m.files.length} files and ${m.ledger?.count ?? 0} ledger entries verified`
      : `FAILED: ${r.problems.length} problem(s)`,
  );
  return lines;
}

// Run as a script (`node verify.mjs`), not imported (`aims verify-pack`); Node reports the main module's real path.
const realArgv = () => {
  try {
    return pathToFileURL(fs.realpathSync(process.argv[1])).href;
  } catch {
    return '';
  }
};
const invoked = process.argv[1] ? realArgv() : '';
if (invoked === import.meta.url) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const keyAt = args.indexOf('--fingerprint');
  const expectedFingerprint = keyAt >= 0 ? args[keyAt + 1] : undefined;
  const folder = args.find((a, i) => !a.startsWith('--') && i !== keyAt + 1);
  const root = folder ? path.resolve(folder) : path.dirname(fileURLToPath(import.meta.url));
  verifyPack(directorySource(root), { expectedFingerprint }).then(
    (r) => {
      if (json)
        process.stdout.write(
          `${JSON.stringify({ ok: r.ok, problems: r.problems, fingerprint: r.fingerprint })}\n`,
        );
      else process.stdout.write(`${describeResult(r).join('\n')}\n`);
      process.exitCode = r.ok ? 0 : 1;
    },
    (e) => {
      process.stderr.write(`error: ${e.message}\n`);
      process.exitCode = 1;
    },
  );
}
