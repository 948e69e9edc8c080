/**
 * Published prices and insurance status. Only ranges we could trace to a source are listed;
 * no price from outside the US could be sourced, so there is no 'abroad' range yet.
 */
import type { CostContext } from './types';

/** Price ranges for the price chart and statements on insurance. */
export const costs: CostContext = {
  ranges: [
    {
      id: 'price-us-knee-survey',
      label: 'US clinics, one same-day stem-cell knee injection (2016-2017 survey)',
      region: 'US',
      // checked: mean $5,156 (SD $2,446, n=65) read in the abstract via search. The $1,150-$12,000
      // range was read only in news reports of the authors' 2018 conference presentation (HealthDay),
      // not in the abstract; the note below says so.
      low: 1150,
      high: 12000,
      typical: 5156,
      currency: 'USD',
      per: 'one injection',
      year: 2017,
      note: 'Knee, not back; quotes from 65 clinics to a researcher posing as a patient. The mean is from the paper; the low and high ends were reported in coverage of the authors’ conference presentation.',
      sourceIds: ['piuzzi2018'],
    },
  ],
  insurance: [
    {
      id: 'insurance-investigational',
      text: 'US health insurers we checked class mesenchymal stem-cell therapy as investigational for all orthopedic uses, including the spine.',
      sourceIds: ['premeraPolicy', 'bcbsAlPolicy'],
    },
    {
      id: 'insurance-self-pay',
      text: 'Because of this, clinic stem-cell injections are usually paid out of pocket.',
      sourceIds: ['piuzzi2018', 'bcbsAlPolicy'],
    },
  ],
};
