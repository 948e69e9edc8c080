/** Questions a reader could ask a clinic, each with the reason it matters. */
import type { ClinicQuestion } from './types';

/** Clinic questions shown in the popup. */
export const clinicQuestions: readonly ClinicQuestion[] = [
  {
    id: 'ask-approval',
    question: 'Is this product approved by FDA (or my country’s regulator) for my condition?',
    why: 'No regenerative product is FDA-approved for back pain; "registered" is not the same as approved.',
    sourceIds: ['fdaConsumer', 'cfr127110'],
  },
  {
    id: 'ask-trial',
    question:
      'Is this part of a clinical trial overseen by a regulator, and why am I being charged?',
    why: 'FDA says that if you are charged for such a product, or offered it outside an FDA-overseen trial, you are likely being deceived and offered it illegally.',
    sourceIds: ['fdaConsumer'],
  },
  {
    id: 'ask-evidence',
    question: 'Which controlled trials show this exact treatment works better than a sham?',
    why: 'Improvement without a comparison group can come from placebo effects or natural recovery.',
    sourceIds: ['ju2022', 'respine'],
  },
  {
    id: 'ask-cells',
    question:
      'What exactly is injected, where do the cells come from, and how are they processed and tested?',
    why: 'Contaminated products have caused serious infections; processing affects how a product is regulated.',
    sourceIds: ['hartnett2021', 'cfr127110'],
  },
  {
    id: 'ask-risks',
    question:
      'What are the risks, how often do they happen, and what happens if something goes wrong?',
    why: "FDA's reports of blindness, tumours and infections after unapproved products cover cells taken from your own body as well as donor cells.",
    sourceIds: ['fdaConsumer'],
  },
  {
    id: 'ask-cost',
    question:
      'What is the total cost, including harvesting, imaging and repeat injections, and will insurance pay?',
    why: 'Insurers’ policies list these injections as investigational, so clinics charge patients directly.',
    sourceIds: ['bcbsAlPolicy', 'piuzzi2018'],
  },
];
