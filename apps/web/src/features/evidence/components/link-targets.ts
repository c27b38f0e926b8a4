// Choices for what evidence proves: Annex A controls from the catalogue, the organization's risks and AI systems.
import { ANNEX_A_CONTROLS, type EvidenceLink, type EvidenceTargetType } from '@openaims/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { aiSystemsQuery } from '../../ai-systems/api/list-ai-systems.ts';
import { risksQuery } from '../../risks/api/risks.ts';

/** Picker groups keyed by `type:id`, with readable labels. */
export function useLinkTargetOptions(orgId: string) {
  const risks = useInfiniteQuery(risksQuery(orgId));
  const systems = useInfiniteQuery(aiSystemsQuery(orgId, {}));
  const controls = ANNEX_A_CONTROLS.map((c) => ({ value: `control:${c.ref}`, label: `${c.ref} ${c.title}` }));
  const riskOptions = (risks.data?.pages.flatMap((p) => p.items) ?? []).map((r) => ({
    value: `risk:${r.id}`,
    label: r.title,
  }));
  const systemOptions = (systems.data?.pages.flatMap((p) => p.items) ?? []).map((s) => ({
    value: `ai_system:${s.id}`,
    label: s.name,
  }));
  const labels = new Map([...controls, ...riskOptions, ...systemOptions].map((o) => [o.value, o.label]));
  return {
    controls,
    risks: riskOptions,
    systems: systemOptions,
    labelOf: (l: EvidenceLink) => labels.get(toKey(l)) ?? `${l.targetType} ${l.targetId}`,
  };
}

export const toKey = (l: EvidenceLink) => `${l.targetType}:${l.targetId}`;

export function fromKey(key: string): EvidenceLink {
  const at = key.indexOf(':');
  return { targetType: key.slice(0, at) as EvidenceTargetType, targetId: key.slice(at + 1) };
}

/** Human names of target types. */
export const TARGET_LABEL: Record<EvidenceTargetType, string> = {
  control: 'Control',
  clause: 'Clause',
  risk: 'Risk',
  ai_system: 'AI system',
  document: 'Document',
};
