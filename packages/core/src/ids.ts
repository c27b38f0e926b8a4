// Prefixed, time-ordered ids generated in TypeScript so PGlite and PostgreSQL behave alike.

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/** Id prefixes by entity; the prefix tells a reader what an id names. */
export const ID_PREFIX = {
  user: 'usr',
  organization: 'org',
  member: 'mem',
  session: 'ses',
  token: 'tok',
  invitation: 'inv',
  passwordReset: 'pwr',
  aiSystem: 'ais',
  model: 'mdl',
  dataset: 'dst',
  supplier: 'sup',
  ledgerEntry: 'led',
  ledgerCheckpoint: 'lcp',
  identity: 'idn',
  soaEntry: 'soa',
  soaVersion: 'soav',
  clauseStatus: 'cls',
  link: 'lnk',
  controlText: 'ctx',
  riskCriteria: 'rcv',
  risk: 'risk',
  impactAssessment: 'ima',
  threat: 'thr',
  contextItem: 'cxi',
  objective: 'obj',
  kpi: 'kpi',
  measurement: 'msr',
  competence: 'cmp',
  training: 'trn',
  nonconformity: 'nc',
  correctiveAction: 'ca',
  incident: 'inc',
  task: 'tsk',
  document: 'doc',
  documentVersion: 'dcv',
  documentAcknowledgement: 'dca',
  evidence: 'evd',
  metric: 'met',
  alert: 'alr',
  managementReview: 'mrv',
  reviewDecision: 'mrd',
  auditProgramme: 'aprg',
  audit: 'aud',
  auditChecklistItem: 'aci',
  finding: 'fnd',
  job: 'job',
  notification: 'ntf',
  reminder: 'rmd',
  webhook: 'whk',
  webhookDelivery: 'whd',
  event: 'evt',
  accessLog: 'acl',
  comment: 'cmt',
  externalLesson: 'lsn',
  importRun: 'imp',
  transparencyRecord: 'tpr',
  concern: 'cnc',
  concernMessage: 'cnm',
} as const;

export type IdKind = keyof typeof ID_PREFIX;

function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
}

/** A new id such as `ais_01jd8x…`: 10 chars of milliseconds then 16 random chars (80 bits). */
export function newId(kind: IdKind, now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return `${ID_PREFIX[kind]}_${time}${rand}`;
}

/** Whether a string has the shape of an id of that kind (cheap check before touching the database). */
export function isId(kind: IdKind, value: string): boolean {
  return new RegExp(`^${ID_PREFIX[kind]}_[0-9a-hjkmnp-tv-z]{26}$`).test(value);
}

/** A random secret of `bytes` bytes as base64url, for tokens and invitation codes. */
export function randomSecret(bytes = 32): string {
  const b = randomBytes(bytes);
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
