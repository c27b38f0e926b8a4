// index.html of an audit pack: opens in any browser with no server and no script — the SoA (§6.1.3) with each
// control's evidence linked to its file inside the pack, the documents by section, and how to verify the pack.

import type { PackState } from './sections.ts';
import type { PackManifest } from './verify.mjs';

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
// Pack paths are hex, letters, digits, dots, dashes and slashes; encode each segment anyway.
const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');
const STATUS: Record<string, string> = {
  not_started: 'Not started',
  planned: 'Planned',
  partial: 'Partly implemented',
  implemented: 'Implemented',
};

function evidenceCell(state: PackState, control: number): string {
  const index = state.evidence;
  const shown = index?.shown(control) ?? [];
  const more = (index?.packedCount(control) ?? 0) - shown.length;
  const items = shown.map((e) => {
    const label = `${esc(e.title)} <small>(${esc(e.evidenceDate)}${e.validUntil ? ` – valid until ${esc(e.validUntil)}` : ''})</small>`;
    if (e.path) return `<li><a href="${esc(href(e.path))}">${label}</a></li>`;
    if (e.url)
      return `<li><a href="${esc(e.url)}" rel="noreferrer">${label}</a> <small>(outside the pack)</small></li>`;
    return `<li>${label} <strong>missing from the evidence store</strong></li>`;
  });
  if (more > 0)
    items.push(
      `<li>… and ${more} more, listed in <a href="evidence/index.json">evidence/index.json</a></li>`,
    );
  return items.length ? `<ul>${items.join('')}</ul>` : '<em>none</em>';
}

/** Renders index.html from what the sections gathered; every link is relative to the pack root. */
export function renderIndexHtml(
  state: PackState,
  meta: Pick<PackManifest, 'organization' | 'period' | 'generatedAt' | 'generator' | 'keyFingerprint'>,
  sections: { title: string; files: string[] }[],
): string {
  const soa = state.soa;
  const rows = (soa?.entries ?? [])
    .map(
      (
        e,
        i,
      ) => `<tr><td>${esc(e.controlRef)}</td><td>${esc(e.title)}</td><td>${e.applicable ? 'Yes' : 'No'}</td>
<td>${esc(e.justification)}</td><td>${esc(STATUS[e.implementationStatus] ?? e.implementationStatus)}</td>
<td>${evidenceCell(state, i)}</td></tr>`,
    )
    .join('\n');
  const approved = soa?.approved
    ? `Approved version ${esc(soa.approved.number ?? '')} (${esc(String(soa.approved.approvedAt ?? '').slice(0, 10))}${soa.approverName ? `, ${esc(soa.approverName)}` : ''})${soa.source === 'approved' ? '; the table shows that approved content' : ''}.`
    : 'No approved version yet: the table shows the working SoA.';
  const docs = sections
    .filter((s) => s.files.length)
    .map(
      (s) =>
        `<h3>${esc(s.title)}</h3><ul>${s.files
          .slice(0, 200)
          .map((f) => `<li><a href="${esc(href(f))}">${esc(f)}</a></li>`)
          .join('')}${s.files.length > 200 ? `<li>… and ${s.files.length - 200} more</li>` : ''}</ul>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<title>Audit pack: ${esc(meta.organization.name)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:80rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f3f3f3}
ul{margin:0;padding-left:1.1rem}code{background:#f3f3f3;padding:0 .2rem}</style></head>
<body>
<h1>Audit pack: ${esc(meta.organization.name)}</h1>
<p>Organization <code>${esc(meta.organization.id)}</code>; audit period ${esc(meta.period.from ?? 'from the start')} to ${esc(meta.period.to)};
generated ${esc(meta.generatedAt)} by ${esc(meta.generator.name)} ${esc(meta.generator.version)}.</p>
<p>Verify this pack: run <code>node verify.mjs</code> in this folder (Node.js 20 or newer, nothing to install).
It checks the Ed25519 signature of <code>manifest.json</code> (key fingerprint <code>${esc(meta.keyFingerprint)}</code>;
compare it with <code>GET /api/v1/instance-key</code> of the instance), every file's SHA-256, and the ledger hash chain.</p>
<h2>Statement of Applicability (ISO/IEC 42001 §6.1.3, Annex A)</h2>
<p>${approved}</p>
<table><thead><tr><th>Control</th><th>Title</th><th>Applicable</th><th>Justification</th><th>Implementation</th><th>Evidence</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Ledger</h2>
<p>${state.ledger ? `${state.ledger.count} entries (sequence ${state.ledger.firstSeq}–${state.ledger.lastSeq}) in <a href="${esc(href(state.ledger.entries))}">${esc(state.ledger.entries)}</a>; chain head at generation: sequence ${state.ledger.chainHead.seq}, hash <code>${esc(state.ledger.chainHead.hash)}</code>.` : 'Not included.'}</p>
<h2>Contents</h2>
${docs}
</body></html>
`;
}
