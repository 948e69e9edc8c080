import type { CueSpec } from '../schema';

/**
 * English cue families, one block per category (RUBRIC.md section 3), then stance-only cues.
 * Each cue is a wording family, never a copy of one corpus sentence: the detector is also
 * measured on pages nobody here has seen.
 */
export const EN_CUES: readonly CueSpec[] = [
  // efficacy: works, relief, success rates, cure, candidacy
  {
    id: 'effective',
    pattern: '(?:effective|effectively|efficacy|efficacious)',
    category: 'efficacy',
    lean: 'promotional',
  },
  {
    id: 'ineffective',
    pattern: "(?:ineffective|does not work|doesn't work|did not work|didn't work)",
    category: 'efficacy',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'relief',
    pattern: '(?:pain )?relie(?:f|ve|ves|ved|ving)',
    category: 'efficacy',
    lean: 'promotional',
  },
  {
    id: 'reduce-pain',
    pattern:
      '(?:reduc\\p{L}*|decreas\\p{L}*|eas(?:e|es|ed|ing)|lowers|lowered|lowering|less) (?:[\\p{L}\\u0027-]+ ){0,3}(?:pain|symptoms|disability|opioid)',
    category: 'efficacy',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'pain-reduction',
    pattern: '(?:pain (?:reduction|scores?|relief)|reduction in (?:pain|symptoms))',
    category: 'efficacy',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'improve',
    pattern: 'improv(?:e|es|ed|ing|ement|ements)',
    category: 'efficacy',
    lean: 'promotional',
  },
  {
    id: 'success',
    pattern: '(?:success(?:ful)?(?: rates?)?|succeed\\p{L}*)',
    category: 'efficacy',
    lean: 'promotional',
  },
  {
    id: 'percent-outcome',
    pattern:
      '\\d+(?:\\.\\d+)? ?(?:%|percent|per cent) (?:of (?:the )?(?:patients|subjects|participants|people) )?(?:reported|experienced|improved|saw|had|were|showed|felt|reduction|improvement|success)',
    category: 'efficacy',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'n-of-m',
    pattern: '\\d+ (?:of|out of) (?:the )?\\d+ (?:patients|subjects|participants|people)',
    category: 'efficacy',
    lean: 'promotional',
    weight: 3,
  },
  { id: 'cure', pattern: 'cur(?:e|es|ed|ing)', category: 'efficacy', lean: 'promotional' },
  {
    id: 'works',
    pattern: '(?:it|that|they|therapy|treatment|cells|injections?) (?:really |actually )?works?',
    category: 'efficacy',
    lean: 'promotional',
  },
  {
    id: 'helps',
    pattern:
      '(?:can|could|may|might|will|to) help|helps?(?= (?:patients|people|you|relieve|reduce|heal|with))',
    category: 'efficacy',
    lean: 'promotional',
    weight: 1,
  },
  {
    id: 'lasting',
    pattern: '(?:long[- ]lasting|long[- ]term relief|lasting (?:relief|results)|durable)',
    category: 'efficacy',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'life-changing',
    pattern:
      '(?:life[- ]changing|game[- ]changer|miracle|latest and greatest|revolutionary|breakthrough treatment)',
    category: 'efficacy',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'candidacy',
    pattern:
      '(?:viable|realistic|good|great|ideal|best) (?:treatment )?(?:option|candidates?|choice)',
    category: 'efficacy',
    weight: 2,
  },
  {
    id: 'used-for',
    pattern: '(?:be|is|are|been) used (?:for|to treat|in treating)',
    category: 'efficacy',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'pain-management',
    pattern: 'pain management',
    category: 'efficacy',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'outcome-words',
    pattern:
      '(?:significant(?:ly)?|dramatic(?:ally)?|statistically significant) (?:[\\p{L}\\u0027-]+ ){0,2}(?:improvements?|reductions?|relief|results|benefits?)',
    category: 'efficacy',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'return-to',
    pattern: '(?:return(?:ed)? to|back to) (?:work|normal|sports?|activit\\p{L}*|running|golf)',
    category: 'efficacy',
    lean: 'promotional',
  },
  { id: 'pain-free', pattern: 'pain[- ]free', category: 'efficacy', lean: 'promotional' },
  {
    id: 'beneficial',
    pattern: '(?:beneficial|benefits? (?:patients|people|those))',
    category: 'efficacy',
    lean: 'promotional',
    weight: 1,
  },

  // mechanism: how it works or is meant to work
  {
    id: 'regenerate',
    pattern: '(?:regenerat(?:e|es|ed|ing|ion)|re-grow\\p{L}*|regrow\\p{L}*)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'regenerative-potential',
    pattern: 'regenerative (?:potential|capacity|properties|abilit\\p{L}*)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'repair',
    pattern:
      '(?:repair\\p{L}*|rebuild\\p{L}*|restor(?:e|es|ed|ing|ation)|renew\\p{L}*|rejuvenat\\p{L}*)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'heal',
    pattern: 'heal(?:s|ed|ing)?',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'healing-process',
    pattern:
      "(?:natural healing|healing (?:process|response|cascade)|heal itself|body's own (?:healing|repair))",
    category: 'mechanism',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'differentiate',
    pattern:
      '(?:turn(?:s|ing)? into|develop(?:s|ing)? into|differentiat\\p{L}* into|specializ\\p{L}* into|transform\\p{L}* into|become (?:new )?(?:disc|bone|cartilage))',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'tissue',
    pattern:
      '(?:cartilage|(?:tissue|bone|cartilage|disc) (?:growth|formation)|damaged tissues?|(?:new|healthy|extracellular|disc) matrix|disc height|(?:disc|bone|cartilage) cells)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'inflammation',
    pattern:
      '(?:anti[- ]inflammatory|(?:reduc\\p{L}*|decreas\\p{L}*|calm\\p{L}*|lower\\p{L}*) (?:the )?inflammation)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'growth-factors',
    pattern: '(?:growth factors?|cytokines?|paracrine|signal(?:l)?ing molecules)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'blood-supply',
    pattern: '(?:blood|oxygen|nutrient) supply',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'survive',
    pattern: '(?:able to )?surviv(?:e|al)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 1,
  },
  {
    id: 'root-cause',
    pattern:
      '(?:root cause|source of (?:the )?pain|at the source|beyond temporary|masking (?:the )?symptoms|address(?:es|ing)? the (?:source|cause))',
    category: 'mechanism',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'shrink',
    pattern:
      '(?:shrink\\p{L}*|reduction in (?:the )?size|smaller (?:bulge|herniation)|retract\\p{L}*)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'site-of-injury',
    pattern: '(?:to|at|into) the (?:site|area) of (?:injury|damage|pain)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'cell-count',
    pattern: 'increas\\p{L}* the (?:number|concentration) of',
    category: 'mechanism',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'spur',
    pattern:
      '(?:spur|stimulat\\p{L}*|promot\\p{L}*) (?:[\\p{L}\\u0027-]+ ){0,3}(?:growth|regeneration|development|repair|healing)',
    category: 'mechanism',
    lean: 'promotional',
    weight: 3,
  },

  // safety
  {
    id: 'safe',
    pattern: '(?:safe|safer|safest|safely|safety|well[- ]tolerated)',
    category: 'safety',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'side-effects',
    pattern:
      '(?:side[- ]effects?|adverse (?:events?|effects?|reactions?|responses?|immunologic\\p{L}*))',
    category: 'safety',
    weight: 3,
  },
  { id: 'complications', pattern: 'complications?', category: 'safety', weight: 3 },
  {
    id: 'danger',
    pattern:
      '(?:(?:serious|severe|life[- ]threatening) (?:complications?|side[- ]effects?|adverse \\p{L}+|infections?|reactions?|harm|injur(?:y|ies)|risks?)|dangerous|danger|deaths?|died|harm(?:ful)?|blind\\p{L}*)',
    category: 'safety',
    lean: 'cautionary',
    weight: 2,
  },
  {
    id: 'risk-of',
    pattern:
      '(?:risks? (?:of|from) (?:infection|tumou?rs?|cancer|rejection|complications?|an? [\\p{L}\\u0027-]+)|infection risks?|the risk)',
    category: 'safety',
    weight: 3,
  },
  {
    id: 'low-risk',
    pattern:
      '(?:(?:low|minimal|little|no|reduced|small|tiny) risks?|(?:reduc|lower|minimi[sz]|eliminat)\\p{L}* the risks? of (?:any )?(?:allergic|adverse|rejection|infection|immune))',
    category: 'safety',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'minimal-side',
    pattern: '(?:minimal|mild|minor|few|rare) (?:side[- ]effects?|complications|discomfort|risks?)',
    category: 'safety',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'harm-event',
    pattern:
      '(?:developed|suffered|experienced|caused|causes|led to|leads to|reported) (?:a |an )?(?:[\\p{L}\\u0027-]+ ){0,2}(?:tumou?rs?|infections?|paralysis|growths?|masses|meningitis|abscess\\p{L}*)',
    category: 'safety',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'harms',
    pattern:
      '(?:infections?|tumou?rs?|allergic|immune (?:reaction|response)|rejection|nerve damage|(?:soreness|discomfort|bruising|swelling|tenderness) (?:at|around) (?:the )?(?:injection|harvest|needle) sites?|(?:temporary|short[- ]lived|brief|transient) (?:increase|flare|worsening|spike)s? in)',
    category: 'safety',
    weight: 2,
  },
  {
    id: 'painless',
    pattern: '(?:painless(?:ly)?|no downtime)',
    category: 'safety',
    lean: 'promotional',
    weight: 2,
  },

  // cost
  {
    id: 'price',
    pattern: '(?:\\$|€|£|US\\$|USD|EUR|GBP) ?\\d[\\d,.]*(?:k|m|bn)?',
    category: 'cost',
    weight: 3,
  },
  {
    id: 'cost',
    pattern:
      '(?:costs?|costly|prices?|priced|pricing|fees?|charg(?:e|es|ed|ing)|pay(?:s|ing)?|paid|spen(?:d|t))',
    category: 'cost',
    weight: 2,
  },
  {
    id: 'afford',
    pattern: '(?:afford\\p{L}*|cheap(?:er)?|inexpensive|value for money|save money|savings?)',
    category: 'cost',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'expensive',
    pattern: '(?:expensive|costly|pricey|financial risk)',
    category: 'cost',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'insurance',
    pattern:
      '(?:insurance|insurers?|medicare|medicaid|reimburs\\p{L}*|out[- ]of[- ]pocket|cash[- ]pay|covered by|coverage|financing|payment plans?)',
    category: 'cost',
    weight: 3,
  },
  {
    id: 'money-words',
    pattern: '(?:thousand|hundred) (?:dollars|euros|pounds)',
    category: 'cost',
    weight: 3,
  },

  // regulatory
  {
    id: 'approved',
    pattern: '(?:approved|cleared)',
    category: 'regulatory',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'approval',
    pattern: '(?:approval|approvals|approvable|clearance)',
    category: 'regulatory',
    weight: 3,
  },
  {
    id: 'unapproved',
    pattern: '(?:unapproved|unlicensed|unregulated)',
    category: 'regulatory',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'fda-acts',
    pattern:
      '(?:fda|food and drug administration|regulators?|the agency)(?: \\(fda\\))? (?:has |have |had )?(?:previously |recently |also |now |not )?(?:states?|stated|said|says|confirmed|designated|granted|requires?|warn\\p{L}*|issued|agreed|considers?)',
    category: 'regulatory',
    weight: 3,
  },
  {
    id: 'fda',
    pattern: { cs: '(?:FDA|EMA|MHRA|TGA|Health Canada)' },
    category: 'regulatory',
    weight: 2,
  },
  { id: 'fda-long', pattern: 'food and drug administration', category: 'regulatory', weight: 2 },
  {
    id: 'regulated',
    pattern:
      '(?:regulated by|regulations? (?:allow|prohibit|require)|regulatory (?:approval|pathway|agenc\\p{L}*)|health authorit\\p{L}*)',
    category: 'regulatory',
    weight: 3,
  },
  {
    id: 'designation',
    pattern:
      '(?:designat(?:ed|ion|ions)|fast track|breakthrough (?:therapy )?designation|priority review|orphan drug)',
    category: 'regulatory',
    weight: 3,
  },
  { id: 'rmat-ind', pattern: { cs: '(?:RMAT|IND|BLA)' }, category: 'regulatory', weight: 2 },
  {
    id: 'legal',
    pattern:
      '(?:legal(?:ly)?|illegal(?:ly)?|lawful|licen[cs]ed?|licen[cs]e application|compliant|compliance|minimally manipulated|homologous use|HCT/Ps?|investigational new drug|warning letters?|misrepresent\\p{L}*)',
    category: 'regulatory',
    weight: 3,
  },
  {
    id: 'authorized',
    pattern: '(?:authori[sz]ed|authori[sz]ation|registered)',
    category: 'regulatory',
    weight: 2,
  },

  // research
  {
    id: 'studies-show',
    weight: 1.5,
    pattern:
      '(?:stud(?:y|ies)|research|trials?|data|evidence) (?:[\\p{L}\\u0027-]+ ){0,2}(?:show\\p{L}*|found|finds|suggest\\p{L}*|indicat\\p{L}*|demonstrat\\p{L}*|support\\p{L}*|report\\p{L}*)',
    category: 'research',
  },
  {
    id: 'study-activity',
    pattern:
      '(?:stud(?:y|ies)|research|trials?|researchers|investigators) (?:[\\p{L}\\u0027-]+ ){0,2}(?:looks? at|looking at|is testing|are testing|tests|will test|examin\\p{L}*|evaluat\\p{L}*|investigat\\p{L}*|aims? to|compar\\p{L}*|assess\\p{L}*|enrol\\p{L}*|recruit\\p{L}*)',
    category: 'research',
    weight: 3,
  },
  {
    id: 'in-a-study',
    pattern:
      '(?:in|from) (?:a|one|another|this|the|our|their|an) (?:[\\p{L}\\u0027-]+ ){0,2}(?:study|trial|analysis|review)',
    category: 'research',
    weight: 3,
  },
  {
    id: 'trial',
    pattern:
      '(?:clinical trials?|clinical studies|phase (?:[1-3]|i{1,3}|1/2|2/3)(?: trial)?|randomi[sz]ed|placebo|double[- ]blind|controlled trial|pilot study|case series|meta-analys\\p{L}*|systematic review)',
    category: 'research',
    weight: 3,
  },
  {
    id: 'studied',
    pattern:
      '(?:studied|researchers|investigators|scientists|published|being (?:studied|tested|investigated)|under (?:investigation|study))',
    category: 'research',
    weight: 2,
  },
  {
    id: 'enrolment',
    pattern:
      '(?:enrol(?:l)?ment|enrolled|enrolling|endpoints?|(?:primary|secondary) (?:measures|outcomes?|endpoints?)|follow[- ]?up|were (?:checked|followed|assessed|evaluated|monitored|examined))',
    category: 'research',
    weight: 3,
  },
  {
    id: 'evidence-lack',
    pattern:
      '(?:no|little|limited|insufficient|weak|lack of|lacking|not enough|without) (?:[\\p{L}\\u0027-]+ ){0,2}(?:evidence|research|data|studies|proof)',
    category: 'research',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'evidence',
    pattern: '(?:evidence(?: base)?|scientific (?:support|proof))',
    category: 'research',
    weight: 2,
  },
  {
    id: 'more-research',
    pattern: '(?:more|further|additional|larger) (?:research|studies|trials|data)',
    category: 'research',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'experimental',
    pattern:
      "(?:experimental|unproven|investigational|still unknown|remains unknown|it is unknown|it's (?:still )?unknown|not (?:yet )?known|early (?:success|results|stages?|days))",
    category: 'research',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'promising',
    pattern:
      '(?:promising(?! (?:results|findings|data|outcomes|evidence))|holds? (?:great |much )?promise)',
    category: 'research',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'promising-results',
    pattern: '(?:promising|encouraging|positive) (?:results|findings|data|outcomes|evidence)',
    category: 'research',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'mixed-results',
    pattern:
      '(?:mixed|conflicting|inconsistent|disappointing|negative) (?:results|findings|data|outcomes|evidence)',
    category: 'research',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'potential',
    pattern:
      '(?:potential (?:treatment|therapy|option|solution)|shows? (?:major |great |some )?potential)',
    category: 'research',
    lean: 'neutral',
    weight: 2,
  },
  {
    id: 'experts-disagree',
    pattern:
      '(?:experts?|specialists?|doctors|scientists) (?:disagree|are divided|remain divided|debate)',
    category: 'research',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'patients-count',
    pattern: '\\d+[- ](?:patients?|subjects|participants)',
    category: 'research',
    weight: 1,
  },

  // testimonial: only scored as testimonial inside a patient story (see classify.ts)
  {
    id: 'story-treatment',
    pattern:
      '(?:had|received|underwent|got|opted for|chose|decided on|went for) (?:[\\p{L}\\u0027-]+ ){0,3}(?:stem cells?|injections?|procedure|treatment|therapy|cells)',
    category: 'testimonial',
    weight: 2,
  },
  {
    id: 'story-injected',
    pattern: 'injected into (?:her|his|my)',
    category: 'testimonial',
    weight: 2,
  },
  {
    id: 'story-outcome',
    pattern:
      '(?:been able to|was able to|is able to|am able to|can now|could now|is now|am now|feel(?:s|ing)? (?:better|great|amazing)|felt (?:better|great)|enjoying|(?:returned|came back|went back) to (?:the )?(?:clinic|office)|reporting|reported)',
    category: 'testimonial',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'story-imaging',
    pattern: '(?:her|his|my) (?:[\\p{L}\\u0027-]+ ){0,1}(?:mri|x-ray|scan|imaging)',
    category: 'testimonial',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'story-wait',
    pattern:
      '(?:see|know|find out|tell) (?:if|whether) (?:it|the treatment|the injection|the procedure|they|the cells) (?:has |have |will )?(?:worked|works|work|helped|is working)',
    category: 'testimonial',
    weight: 2,
  },
  {
    id: 'story-chance',
    // a patient's own hope or doubt about how their treatment will turn out
    pattern:
      "(?:chance|hop(?:e|es|ed|ing)|pray(?:ing)?|fingers crossed|worr(?:y|ied)|afraid|not sure) (?:that |whether |if )?(?:my|her|his) (?:[\\p{L}\\u0027-]+ ){0,2}(?:treatment|injections?|procedure|stem cells?|cells) (?:will|would|won't|wouldn't|might|may|could|can|has|have|had|did|didn't|is|was|wasn't|worked|works|helped)",
    category: 'testimonial',
    weight: 2,
  },

  // alternative-to-surgery
  {
    id: 'avoid-surgery',
    pattern:
      '(?:avoid\\p{L}*|delay\\p{L}*|postpon\\p{L}*|spar\\p{L}*|declin\\p{L}*|skip\\p{L}*|no need for|without(?: the need for)?|instead of|alternative to|replac\\p{L}*) (?:[\\p{L}\\u0027-]+ ){0,2}(?:surgery|surgeries|operations?|fusion|discectomy|the knife)',
    category: 'alternative-to-surgery',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'non-surgical-option',
    pattern:
      '(?:non[- ]?surgical|nonoperative|non[- ]invasive) (?:[\\p{L}\\u0027-]+ ){0,1}(?:options?|alternatives?|solutions?|treatments?|approach|way)',
    category: 'alternative-to-surgery',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'non-surgical',
    pattern: '(?:non[- ]?surgical|without an operation|no incisions?|outpatient)',
    category: 'alternative-to-surgery',
    lean: 'promotional',
    weight: 2,
  },
  {
    id: 'surgery-risks',
    pattern:
      '(?:risks? of (?:anesthesia|anaesthesia|surgery)|surgery (?:has|carries) (?:a )?(?:high|significant) (?:failure|complication) rates?|failed (?:back )?surgery|(?:surgery|surgical) failure)',
    category: 'alternative-to-surgery',
    lean: 'promotional',
    weight: 3,
  },
  {
    id: 'surgery-later',
    pattern:
      '(?:surgery|fusion|surgeries|operation) (?:[\\p{L}\\u0027-]+ ){0,3}(?:necessary|needed|required) (?:later|eventually|anyway)',
    category: 'alternative-to-surgery',
    lean: 'cautionary',
    weight: 3,
  },
  {
    id: 'safer-than-surgery',
    pattern:
      '(?:safer|less invasive|less risky|less painful|cheaper|quicker|faster|shorter) (?:[\\p{L}\\u0027-]+ ){0,2}than (?:[\\p{L}\\u0027-]+ ){0,2}(?:surgery|surgeries|fusion|an operation|discectomy)',
    category: 'alternative-to-surgery',
    lean: 'promotional',
    weight: 4,
  },
  {
    id: 'go-home',
    pattern: '(?:go(?:es)?|went|walk(?:s|ed)?) home (?:the same day|within|in an hour|right after)',
    category: 'alternative-to-surgery',
    lean: 'promotional',
    weight: 2,
  },

  // stance-only cues
  {
    id: 'caution-words',
    pattern:
      '(?:caution|warn\\p{L}*|beware|scam\\p{L}*|bypass\\p{L}*|no guarantee|misleading|false hope|(?:big|bold|exaggerated|inflated|unsupported|outlandish) claims|overstat\\p{L}*|not commercially available)',
    lean: 'cautionary',
    weight: 2,
  },
  {
    id: 'promo-words',
    pattern:
      '(?:cutting[- ]edge|state[- ]of[- ]the[- ]art|natural(?:ly)?|benefits?|advantages?|important|well[- ]established|great|minimally invasive|patented|proven)',
    lean: 'promotional',
    weight: 1,
  },
  {
    id: 'neutral-report',
    pattern:
      '(?:the theory is|theoretically|might|could|possibly|potentially|the fda states|according to|announced|reports? that)',
    lean: 'neutral',
    weight: 1,
  },
];
