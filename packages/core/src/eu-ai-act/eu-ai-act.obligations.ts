// Which duties follow from a class for an operator role. Own-words summaries; article numbers from the Act.
import type { Milestone } from './eu-ai-act.dates.ts';
import type { OperatorRole, RiskClass } from './eu-ai-act.terms.ts';

/** A duty with the article it comes from and the milestone that dates it. */
export interface ObligationRule {
  ref: string;
  title: string;
  milestone: Milestone;
  roles: readonly OperatorRole[] | 'all';
  when: (ctx: {
    riskClass: RiskClass;
    transparency: boolean;
    annexI: boolean;
    publicDeployer: boolean;
  }) => boolean;
}

const high = (c: { riskClass: RiskClass }) => c.riskClass === 'high';
const highMilestone = (annexI: boolean): Milestone => (annexI ? 'annex_i_high_risk' : 'annex_iii_high_risk');

/** The obligation table; the classifier filters it by class and role. */
export function obligationRules(annexI: boolean): ObligationRule[] {
  const m = highMilestone(annexI);
  /** A duty of a high-risk system, due at the high-risk milestone that applies to it. */
  const highRisk = (ref: string, title: string, roles: readonly OperatorRole[]): ObligationRule => ({
    ref,
    title,
    milestone: m,
    roles,
    when: high,
  });
  const makers: readonly OperatorRole[] = ['provider', 'product_manufacturer'];
  return [
    {
      ref: 'Art. 5',
      title: 'Do not place on the market, put into service or use this practice',
      milestone: 'prohibitions_literacy',
      roles: 'all',
      when: (c) => c.riskClass === 'prohibited',
    },
    {
      ref: 'Art. 4',
      title: 'Ensure a sufficient level of AI literacy of staff and others operating the system',
      milestone: 'prohibitions_literacy',
      roles: ['provider', 'deployer'],
      when: (c) => c.riskClass !== 'out_of_scope' && c.riskClass !== 'prohibited',
    },
    highRisk(
      'Arts. 8–15',
      'Meet the high-risk requirements: risk management, data governance, technical documentation, logging, transparency to deployers, human oversight, accuracy, robustness and cybersecurity',
      makers,
    ),
    highRisk('Arts. 16–17', 'Provider duties, including a quality management system', makers),
    highRisk('Art. 43', 'Conformity assessment before placing on the market; CE marking (Art. 48)', makers),
    highRisk('Art. 49', 'Register the system in the EU database', makers),
    highRisk('Arts. 72–73', 'Post-market monitoring and reporting of serious incidents', makers),
    highRisk('Art. 22', 'Appoint an authorised representative in the Union when established outside it', [
      'provider',
      'authorised_representative',
    ]),
    highRisk('Art. 23', 'Importer checks: conformity assessment, documentation, CE marking', ['importer']),
    highRisk('Art. 24', 'Distributor checks: CE marking, instructions, declaration of conformity', [
      'distributor',
    ]),
    highRisk(
      'Art. 26',
      'Use according to instructions, assign human oversight, monitor, keep logs at least six months, inform workers and affected persons',
      ['deployer'],
    ),
    {
      ref: 'Art. 27',
      title: 'Fundamental rights impact assessment before first use',
      milestone: m,
      roles: ['deployer'],
      when: (c) => high(c) && c.publicDeployer && !c.annexI,
    },
    {
      ref: 'Art. 50(1)–(2)',
      title: 'Tell people they are interacting with an AI system; mark synthetic output as machine-generated',
      milestone: 'transparency',
      roles: ['provider'],
      when: (c) => c.transparency,
    },
    {
      ref: 'Art. 50(3)–(4)',
      title:
        'Inform people exposed to emotion recognition or biometric categorisation; disclose deep fakes and AI-generated public-interest text',
      milestone: 'transparency',
      roles: ['deployer'],
      when: (c) => c.transparency,
    },
    {
      ref: 'Art. 53',
      title:
        'GPAI provider duties: technical documentation, information for downstream providers, copyright policy, training-content summary',
      milestone: 'gpai',
      roles: ['provider'],
      when: (c) => c.riskClass === 'gpai' || c.riskClass === 'gpai_systemic',
    },
    {
      ref: 'Art. 54',
      title: 'Appoint an authorised representative when established outside the Union (GPAI)',
      milestone: 'gpai',
      roles: ['provider', 'authorised_representative'],
      when: (c) => c.riskClass === 'gpai' || c.riskClass === 'gpai_systemic',
    },
    {
      ref: 'Art. 55',
      title: 'Systemic-risk duties: model evaluation, adversarial testing, incident reporting, cybersecurity',
      milestone: 'gpai',
      roles: ['provider'],
      when: (c) => c.riskClass === 'gpai_systemic',
    },
    {
      ref: 'Art. 95',
      title: 'Voluntary codes of conduct are encouraged',
      milestone: 'general',
      roles: 'all',
      when: (c) => c.riskClass === 'minimal' || c.riskClass === 'limited',
    },
  ];
}
