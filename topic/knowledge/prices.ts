/**
 * Published prices and insurance status. Only ranges whose low and high ends a reader can find in
 * the cited source are charted: the 2017 national knee survey (piuzzi2018) gives a mean but no
 * range in its abstract, so it is quoted in statements, not drawn as a range. No price from
 * outside the US could be sourced, so there is no 'abroad' range yet.
 */
import type { CostContext } from './types';

/** Price ranges for the price chart and statements on insurance. */
export const costs: CostContext = {
  ranges: [
    {
      id: 'price-us-knee-miami',
      label:
        'US orthopaedic offices in Miami-Dade County, one stem-cell knee injection (survey published 2019)',
      region: 'US',
      // checked: search, abstract: mean $3,100, range $1,200-$6,000.
      low: 1200,
      high: 6000,
      typical: 3100,
      currency: 'USD',
      per: 'one injection',
      year: 2019,
      note: 'Knee, not back; quotes to a researcher posing as a patient, from the offices that gave a price (fewer than half of those offering it). The typical figure is the mean.',
      sourceIds: ['alcerro2019'],
    },
  ],
  insurance: [
    {
      id: 'insurance-investigational',
      text: 'A US insurer’s policy (Blue Cross and Blue Shield of Alabama, reviewed January 2024) classes mesenchymal stem-cell therapy as investigational for all orthopedic uses; it names the discs of the spine among those uses.',
      sourceIds: ['bcbsAlPolicy'],
    },
    {
      id: 'insurance-self-pay',
      text: 'US clinics charge patients directly for these treatments: a knee-price survey describes out-of-pocket payment, and a 2024 court ruling records a clinic network’s treatments as not covered by insurance.',
      sourceIds: ['piuzzi2018', 'ninthCircuit2024'],
    },
  ],
};
