import { describe, expect, it } from 'vitest';
import { classifyEuAiAct } from './eu-ai-act.classifier.ts';
import { EU_AI_ACT_DATES, parseApplicationDates } from './eu-ai-act.dates.ts';
import type { ClassificationAnswersInput } from './eu-ai-act.questionnaire.ts';
import type { OperatorRole, RiskClass } from './eu-ai-act.terms.ts';

interface Case {
  name: string;
  answers: ClassificationAnswersInput;
  role: OperatorRole | null;
  riskClass: RiskClass;
  reasonRefs: string[];
  obligationRefs?: string[];
  transparency?: boolean;
}

const CASES: Case[] = [
  {
    name: 'CV screening for hiring',
    answers: { annexIIIAreas: ['employment'], profilesNaturalPersons: true },
    role: 'deployer',
    riskClass: 'high',
    reasonRefs: ['Art. 6(2), Annex III', 'Art. 6(3)'],
    obligationRefs: ['Art. 4', 'Art. 26'],
  },
  {
    name: 'CV screening, provider view',
    answers: { annexIIIAreas: ['employment'] },
    role: 'provider',
    riskClass: 'high',
    reasonRefs: ['Art. 6(2), Annex III'],
    obligationRefs: ['Art. 4', 'Arts. 8–15', 'Arts. 16–17', 'Art. 43', 'Art. 49', 'Arts. 72–73', 'Art. 22'],
  },
  {
    name: 'social scoring by a public body',
    answers: { prohibitedPractices: ['c'], deployerIsPublicBody: true },
    role: 'deployer',
    riskClass: 'prohibited',
    reasonRefs: ['Art. 5(1)(c)'],
    obligationRefs: ['Art. 5'],
  },
  {
    name: 'customer-service chatbot',
    answers: { transparencyCases: ['interacts_with_people'] },
    role: 'provider',
    riskClass: 'limited',
    reasonRefs: ['Art. 50'],
    obligationRefs: ['Art. 4', 'Art. 50(1)–(2)', 'Art. 95'],
    transparency: true,
  },
  {
    name: 'spam filter',
    answers: {},
    role: 'deployer',
    riskClass: 'minimal',
    reasonRefs: ['Art. 95'],
    obligationRefs: ['Art. 4', 'Art. 95'],
    transparency: false,
  },
  {
    name: 'emotion recognition at work',
    answers: {
      prohibitedPractices: ['f'],
      transparencyCases: ['emotion_recognition_or_biometric_categorisation'],
    },
    role: 'deployer',
    riskClass: 'prohibited',
    reasonRefs: ['Art. 5(1)(f)'],
    transparency: false,
  },
  {
    name: 'Annex III preparatory task without profiling',
    answers: {
      annexIIIAreas: ['education'],
      article63Conditions: ['preparatory_task'],
      noSignificantRisk: true,
    },
    role: 'provider',
    riskClass: 'minimal',
    reasonRefs: ['Art. 6(3)', 'Art. 6(4), Art. 49(2)', 'Art. 95'],
  },
  {
    name: 'Art. 6(3) condition claimed but profiling',
    answers: {
      annexIIIAreas: ['essential_services'],
      article63Conditions: ['narrow_procedural_task'],
      noSignificantRisk: true,
      profilesNaturalPersons: true,
    },
    role: 'provider',
    riskClass: 'high',
    reasonRefs: ['Art. 6(2), Annex III', 'Art. 6(3)'],
  },
  {
    name: 'Art. 6(3) condition without the no-significant-risk finding',
    answers: { annexIIIAreas: ['education'], article63Conditions: ['preparatory_task'] },
    role: 'provider',
    riskClass: 'high',
    reasonRefs: ['Art. 6(2), Annex III'],
  },
  {
    name: 'medical device safety component',
    answers: { annexIProduct: true, annexIThirdPartyAssessment: true },
    role: 'product_manufacturer',
    riskClass: 'high',
    reasonRefs: ['Art. 6(1)'],
    obligationRefs: ['Arts. 8–15', 'Arts. 16–17', 'Art. 43', 'Art. 49', 'Arts. 72–73'],
  },
  {
    name: 'Annex I product without third-party assessment',
    answers: { annexIProduct: true },
    role: 'provider',
    riskClass: 'minimal',
    reasonRefs: ['Art. 95'],
  },
  {
    name: 'public-body credit scoring needs a FRIA',
    answers: { annexIIIAreas: ['essential_services'], deployerIsPublicBody: true },
    role: 'deployer',
    riskClass: 'high',
    reasonRefs: ['Art. 6(2), Annex III'],
    obligationRefs: ['Art. 4', 'Art. 26', 'Art. 27'],
  },
  {
    name: 'high-risk chatbot keeps Art. 50 duties',
    answers: { annexIIIAreas: ['education'], transparencyCases: ['interacts_with_people'] },
    role: 'deployer',
    riskClass: 'high',
    reasonRefs: ['Art. 6(2), Annex III'],
    obligationRefs: ['Art. 4', 'Art. 26', 'Art. 50(3)–(4)'],
    transparency: true,
  },
  {
    name: 'large GPAI model',
    answers: { isGpaiModel: true, trainingComputeFlop: 3e25 },
    role: 'provider',
    riskClass: 'gpai_systemic',
    reasonRefs: ['Art. 51(2)'],
    obligationRefs: ['Art. 4', 'Art. 53', 'Art. 54', 'Art. 55'],
  },
  {
    name: 'designated GPAI model',
    answers: { isGpaiModel: true, trainingComputeFlop: 1e20, designatedSystemicRisk: true },
    role: 'provider',
    riskClass: 'gpai_systemic',
    reasonRefs: ['Art. 51(1)(b)'],
  },
  {
    name: 'small GPAI model',
    answers: { isGpaiModel: true, trainingComputeFlop: 1e23 },
    role: 'provider',
    riskClass: 'gpai',
    reasonRefs: ['Art. 3(63)'],
    obligationRefs: ['Art. 4', 'Art. 53', 'Art. 54'],
  },
  {
    name: 'military use',
    answers: { exclusions: ['military_defence'], annexIIIAreas: ['law_enforcement'] },
    role: 'provider',
    riskClass: 'out_of_scope',
    reasonRefs: ['Art. 2(3)'],
    obligationRefs: [],
  },
  {
    name: 'not an AI system',
    answers: { isAiSystem: false },
    role: 'provider',
    riskClass: 'out_of_scope',
    reasonRefs: ['Art. 3(1)'],
    obligationRefs: [],
  },
  {
    name: 'no EU nexus',
    answers: { euNexus: false },
    role: 'deployer',
    riskClass: 'out_of_scope',
    reasonRefs: ['Art. 2(1)'],
  },
];

describe('EU AI Act classifier', () => {
  it.each(CASES)('$name → $riskClass', (c) => {
    const r = classifyEuAiAct(c.answers, c.role);
    expect(r.riskClass).toBe(c.riskClass);
    expect(r.reasons.map((x) => x.ref)).toEqual(c.reasonRefs);
    for (const reason of r.reasons) expect(reason.text.length).toBeGreaterThan(10);
    if (c.obligationRefs) expect(r.obligations.map((o) => o.ref)).toEqual(c.obligationRefs);
    if (c.transparency !== undefined) expect(r.transparencyDuties).toBe(c.transparency);
  });

  it('dates obligations as data, enacted first, with later adopted dates beside them', () => {
    const r = classifyEuAiAct({ annexIIIAreas: ['employment'] }, 'deployer');
    const art26 = r.obligations.find((o) => o.ref === 'Art. 26')!;
    expect(art26.appliesFrom.map((d) => [d.date, d.legalStatus])).toEqual([
      ['2026-08-02', 'enacted'],
      ['2027-12-02', 'adopted'],
    ]);
    const annexI = classifyEuAiAct({ annexIProduct: true, annexIThirdPartyAssessment: true }, 'provider');
    expect(annexI.obligations.find((o) => o.ref === 'Art. 43')!.appliesFrom[0]!.date).toBe('2027-08-02');
    const prohibited = classifyEuAiAct({ prohibitedPractices: ['c'] }, 'deployer');
    expect(prohibited.obligations[0]!.appliesFrom).toEqual([
      expect.objectContaining({ date: '2025-02-02', legalStatus: 'enacted' }),
    ]);
  });

  it('takes its dates from the table it is given, so an amendment is a data change', () => {
    const proposed = [
      {
        milestone: 'transparency' as const,
        date: '2030-01-01',
        legalStatus: 'proposed' as const,
        source: 'test',
      },
    ];
    const r = classifyEuAiAct({ transparencyCases: ['deep_fake'] }, 'deployer', proposed);
    expect(r.obligations.find((o) => o.ref === 'Art. 50(3)–(4)')!.appliesFrom).toEqual(proposed);
  });

  it('lists every role’s duties when no operator role is recorded', () => {
    const r = classifyEuAiAct({ annexIIIAreas: ['migration'] }, null);
    expect(r.obligations.map((o) => o.ref)).toEqual(
      expect.arrayContaining(['Arts. 8–15', 'Art. 23', 'Art. 24', 'Art. 26']),
    );
  });

  it('refuses answers outside the questionnaire', () => {
    expect(() => classifyEuAiAct({ prohibitedPractices: ['z' as 'a'] }, null)).toThrow();
  });
});

describe('EU AI Act timelines', () => {
  it('names the timeline a class answers to, with its original and amended dates', () => {
    const annexIII = classifyEuAiAct({ annexIIIAreas: ['employment'] }, 'deployer');
    expect(annexIII.timeline?.milestone).toBe('annex_iii_high_risk');
    expect(annexIII.timeline?.dates.map((d) => [d.date, d.legalStatus])).toEqual([
      ['2026-08-02', 'enacted'],
      ['2027-12-02', 'adopted'],
    ]);
    const annexI = classifyEuAiAct({ annexIProduct: true, annexIThirdPartyAssessment: true }, 'provider');
    expect(annexI.timeline?.milestone).toBe('annex_i_high_risk');
    expect(classifyEuAiAct({ transparencyCases: ['deep_fake'] }, 'deployer').timeline?.milestone).toBe(
      'transparency',
    );
    expect(classifyEuAiAct({ prohibitedPractices: ['c'] }, 'deployer').timeline?.milestone).toBe(
      'prohibitions_literacy',
    );
    expect(classifyEuAiAct({ isAiSystem: false }, null).timeline).toBeNull();
  });

  it('reads a replacement table from data and refuses one that drops a milestone or a field', () => {
    const table = EU_AI_ACT_DATES.map((d) => ({ ...d }));
    expect(parseApplicationDates(table)).toHaveLength(table.length);
    expect(() => parseApplicationDates(table.filter((d) => d.milestone !== 'gpai'))).toThrow(
      /milestone gpai/,
    );
    expect(() =>
      parseApplicationDates([{ ...table[0], legalStatus: 'rumoured' }, ...table.slice(1)]),
    ).toThrow();
    expect(() => parseApplicationDates([{ ...table[0], extra: 1 }, ...table.slice(1)])).toThrow();
    expect(() => parseApplicationDates([])).toThrow();
  });
});
