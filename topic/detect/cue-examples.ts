/**
 * Example sentences for every cue of the pack (issue 12: "no cue exists for one sentence"): at
 * least two per cue, each a full sentence in which the cue's wording occurs in the sense the cue
 * is meant for. For a category cue the sentence is a claim of that category under
 * ../shared/corpus/RUBRIC.md; for a stance-only cue it leans the cue's way.
 *
 * They were written for this project in the voice of clinic pages, news items and patient blogs,
 * and are never copied or lightly edited from the labelled corpus: the cues must cover wording
 * nobody here has seen. tests/unit/detect/cue-examples.test.ts checks that every cue has them,
 * that each cue matches each of its examples, and that none occurs in the corpus.
 *
 * Nothing the extension ships imports this file (the same test checks), so it costs no bundle
 * bytes. Keys are cue ids, per language, in the order of the language's cues.
 */
export type CueExamples = Readonly<Record<string, readonly string[]>>;

/** Examples for the English cues (topic/detect/en-cues.ts). */
export const EN_CUE_EXAMPLES: CueExamples = {
  // efficacy
  effective: [
    'Bone marrow concentrate injections have proven effective for many of our patients with chronic low back pain.',
    "In the trial's first year, mesenchymal cell injections were no more efficacious than saline for lumbar disc pain.",
    'Our regenerative team uses your own stem cells to treat sciatica effectively, without steroids.',
  ],
  ineffective: [
    'For roughly a third of patients, the stem cell injection simply did not work and their disc pain came back within months.',
    'Critics say the fat-derived stem cell shots sold for sciatica are ineffective and overpriced.',
    "The honest answer is that stem cell therapy doesn't work for every worn lumbar disc, and nobody can predict who will respond.",
  ],
  relief: [
    'Many patients with degenerative disc disease report pain relief within six to eight weeks of a stem cell injection.',
    'Stem cell therapy may relieve sciatica by settling the irritated nerve root, our spine specialists explain.',
    'Umbilical cord cell injections relieved neck pain for most people in the small Japanese series.',
  ],
  'reduce-pain': [
    'Umbilical cord stem cell injections can reduce chronic neck pain for up to a year, the clinic claims.',
    'In our practice, bone marrow concentrate has eased radiating leg pain in patients with lumbar disc herniations.',
    'Patients treated with stem cells for disc degeneration needed less opioid medication at six months.',
  ],
  'pain-reduction': [
    'Patients receiving disc injections of mesenchymal cells saw an average pain reduction of 40 percent at one year.',
    "Stem cell therapy for lumbar disc disease brought a meaningful reduction in pain for most of the clinic's patients.",
    'Pain scores dropped in both the stem cell group and the placebo group, so the real difference in back pain was small.',
  ],
  improve: [
    'Stem cell injections may improve mobility and function in people with degenerative disc disease.',
    'Most of our lumbar patients notice a clear improvement in back pain within three months of their bone marrow concentrate treatment.',
  ],
  success: [
    'Our clinic reports an 85% success rate with stem cell therapy for herniated discs.',
    'Whether stem cell treatment succeeds for your neck pain depends on how advanced the disc degeneration is.',
    'Stem cell therapy has been successful in patients whose sciatica did not respond to physical therapy.',
  ],
  'percent-outcome': [
    'Roughly 70 percent of patients reported less back pain a year after their stem cell injection.',
    'The cell therapy group showed a 45% reduction in disc-related low back pain at twelve months.',
    "In the clinic's own survey, 62 per cent felt their sciatica was better after treatment with stem cells.",
  ],
  'n-of-m': [
    'In the pilot, 9 out of 12 patients who received stem cells for lumbar disc degeneration still had less pain at two years.',
    'Only 4 of the 20 participants given the adipose stem cell injection reported meaningful relief from chronic neck pain.',
  ],
  cure: [
    'Stem cell therapy will not cure degenerative disc disease, but it may slow it down, one spine surgeon told us.',
    'The website promised that a single injection of umbilical cord cells cured sciatica for good.',
  ],
  works: [
    'Our patients tell us stem cell treatment works even for back pain that has lasted a decade.',
    'Bone marrow stem cell therapy works best for people with early, contained disc tears rather than collapsed discs.',
  ],
  helps: [
    'Stem cell injections can help people with chronic lumbar pain get back to their daily routine.',
    'Adipose-derived cells may help with the nerve pain that comes from a bulging disc.',
    'Stem cell therapy helps patients with degenerative discs stay active without daily pain medication.',
  ],
  lasting: [
    'Unlike cortisone shots, stem cell therapy can provide long-lasting relief for disc-related back pain.',
    'Five years on, the gains in neck pain after the stem cell injections appear durable, the authors wrote.',
    'Patients with mild lumbar disc degeneration tend to see the most lasting results from bone marrow concentrate.',
    'A single bone marrow stem cell injection rarely gives long-term relief from severe spinal stenosis, our surgeons admit.',
  ],
  'life-changing': [
    'For patients with chronic sciatica, stem cell therapy can be truly life-changing.',
    'Regenerative cell therapy has been a game changer for our patients with degenerative disc disease.',
    'Many of our patients describe stem cell therapy for their herniated disc as nothing short of a miracle.',
    'Clinic ads call umbilical cord stem cells a breakthrough treatment for herniated discs, a label most spine experts reject.',
    'Stem cell injections are often sold as the latest and greatest fix for a slipped disc, yet they cure no one.',
  ],
  candidacy: [
    'People with a contained disc bulge and healthy nerves are usually good candidates for stem cell injections.',
    'Stem cell therapy is a viable treatment option for patients with mild to moderate lumbar disc degeneration.',
    'If your spine has severe arthritis and collapsed discs, stem cells are probably not the best choice.',
  ],
  'used-for': [
    'Stem cells harvested from your own hip can be used to treat painful, degenerating discs in the lower back.',
    'Bone marrow concentrate has been used for chronic neck pain with good results in several small case series.',
  ],
  'pain-management': [
    'Stem cell injections are becoming a valuable tool in pain management for patients with degenerative disc disease.',
    'For chronic low back pain, cell-based therapy offers a pain management approach that goes further than pills or steroid shots.',
  ],
  'outcome-words': [
    'Patients given stem cells for discogenic back pain reported significant improvements in pain and walking distance.',
    'Our neck pain patients often see dramatically better results with stem cells than with repeated cortisone injections.',
  ],
  'return-to': [
    'Many people treated with stem cells for lumbar disc pain are back to normal activities without painkillers.',
    'Athletes with disc injuries who received mesenchymal cells were able to return to sports sooner than expected, the team says.',
  ],
  'pain-free': [
    'Most of our patients with facet joint arthritis are pain-free within three months of their stem cell treatment.',
    "Stem cell therapy won't leave every sciatica patient pain free, and clinics that promise it should be avoided.",
  ],
  beneficial: [
    'Stem cell injections are most beneficial for people whose back pain comes from early disc wear.',
    'Mesenchymal cell therapy benefits patients with cervical disc degeneration who have run out of conservative options.',
  ],

  // mechanism
  regenerate: [
    'Injected stem cells can regenerate worn disc tissue in the lower spine, according to the clinic.',
    'Stem cell shots do not regrow a collapsed lumbar disc, whatever the clinic ads imply.',
    "Stem cells kick-start regeneration of the damaged disc, which is why patients' back pain fades over months.",
  ],
  'regenerative-potential': [
    'Mesenchymal stem cells have a regenerative capacity that can rebuild the core of a degenerated lumbar disc.',
    "The regenerative potential of the patient's own stem cells is what allows the treatment to mend a torn spinal disc.",
  ],
  repair: [
    'Stem cell therapy repairs the tiny tears in the disc wall that cause chronic low back pain.',
    'Injected stem cells help restore hydration and cushioning to worn discs in the neck.',
    'Bone marrow concentrate can rejuvenate an ageing lumbar disc, our doctors explain.',
  ],
  heal: [
    'Stem cells heal damaged spinal discs by replacing worn-out cells with healthy ones.',
    'Injected stem cells speed healing of the annular tears that trigger sciatica.',
  ],
  'healing-process': [
    "Stem cell injections boost the body's own healing in a degenerated disc, the clinic says.",
    'By concentrating bone marrow stem cells at the painful disc, the procedure triggers a healing response the spine cannot mount alone.',
    'Stem cell injections help the disc heal itself instead of covering up back pain with medication.',
    'Stem cell therapy for back pain works with your natural healing instead of against it.',
  ],
  differentiate: [
    'Once injected, mesenchymal cells can turn into disc-like cells that rebuild the worn cushion between vertebrae.',
    'The clinic says implanted stem cells become new disc tissue over several months, easing back pain.',
    'Adipose-derived stem cells can transform into cartilage cells inside a worn facet joint of the spine.',
    'In the disc, injected mesenchymal cells may develop into cells that make new cushioning tissue.',
    'Clinics say the stem cells differentiate into nucleus cells once they are inside a degenerated lumbar disc.',
  ],
  tissue: [
    'Stem cells injected into the facet joints can regrow cartilage and ease the grinding pain of spinal arthritis.',
    'MRI scans showed greater disc height in several patients treated with bone marrow stem cells for lumbar degeneration.',
    'Injected stem cells lay down new matrix inside the disc, giving it back its cushioning and reducing back pain.',
    'Growth signals from injected stem cells encourage the remaining healthy disc cells to multiply again.',
    'The clinic says injected stem cells replace damaged tissue in the disc wall, sealing the tears that cause back pain.',
    'Bone marrow stem cells support cartilage formation in worn facet joints of the spine, according to the clinic.',
  ],
  inflammation: [
    'Mesenchymal stem cells release anti-inflammatory signals that quiet an irritated nerve root in sciatica.',
    'By calming inflammation around the herniated disc, a stem cell injection takes pressure off the painful nerve.',
  ],
  'growth-factors': [
    'Bone marrow concentrate delivers growth factors that help a worn lumbar disc repair itself.',
    'Most researchers now think stem cells act through paracrine signals rather than by becoming new disc tissue.',
    'The stem cells secrete signaling molecules that dampen the pain-causing chemistry of a degenerated disc.',
  ],
  'blood-supply': [
    'Injected stem cells are thought to improve the nutrient supply to a degenerated disc, slowing its breakdown.',
    'Stem cells may encourage new vessels that increase blood supply to damaged tissue around the lumbar spine.',
  ],
  survive: [
    'Only a fraction of the injected stem cells survive in the harsh, low-oxygen setting of a degenerated disc.',
    'Stem cell survival is the main hurdle, because the centre of a spinal disc has almost no blood vessels to feed the implanted cells.',
  ],
  'root-cause': [
    'Rather than masking the symptoms, stem cell therapy targets the root cause of your back pain: a damaged disc.',
    'Stem cell injections go beyond temporary relief by treating the worn disc at the source.',
    'Our stem cell protocol addresses the source of the pain in a degenerated disc rather than numbing it.',
  ],
  shrink: [
    "Some patients' follow-up MRIs showed the disc bulge shrinking after stem cell injections.",
    'Our doctors have seen a reduction in the size of herniated discs treated with concentrated bone marrow stem cells.',
    'Within a year of the stem cell injection, a smaller bulge was visible on the MRI of many patients, the clinic reports.',
  ],
  'site-of-injury': [
    'The stem cells are guided by X-ray into the area of damage in the disc, where they start rebuilding the tissue.',
    "Once delivered to the site of injury, stem cells draw the body's repair machinery to the torn annulus of the disc.",
  ],
  'cell-count': [
    'Spinning the bone marrow increases the concentration of stem cells that reach the worn lumbar disc.',
    'Culturing the stem cells for several weeks increases the number of cells available to rebuild the disc, the company says.',
  ],
  spur: [
    'Injected stem cells stimulate the growth of new disc tissue in patients with degenerative disc disease.',
    'Mesenchymal stem cells promote repair of the torn disc wall that presses on the sciatic nerve.',
    'According to the clinic, signals from the injected stem cells spur healing in the facet joints of the lower spine.',
  ],

  // safety
  safe: [
    'Using your own bone marrow makes stem cell therapy for back pain very safe, since there is nothing for the body to reject.',
    'In the trial, disc injections of donor stem cells were well tolerated by patients with chronic low back pain.',
    'Adipose stem cell injections can be performed safely in the lumbar spine with only local anaesthetic.',
  ],
  'side-effects': [
    'The most common side effects of stem cell disc injections are soreness and stiffness for a few days.',
    'No serious adverse events were reported among the 40 back pain patients given mesenchymal cells.',
  ],
  complications: [
    'Complications from stem cell injections into the spine are uncommon but can include infection and nerve irritation.',
    'Doctors point out that spinal stem cell injections carry a risk of complications that clinics rarely mention.',
  ],
  danger: [
    'Injecting lab-grown stem cell products into the spine can be dangerous, the spine society cautions.',
    'Regulators have linked stem cell shots for back pain to serious infections that needed hospital care.',
  ],
  'risk-of': [
    'Injecting donor stem cells into a spinal disc carries a small risk of infection and, in theory, of abnormal growths.',
    'The risk from a bone marrow draw and stem cell disc injection is mainly bleeding or infection where the needle goes in.',
    'Any stem cell injection near the spine brings a risk of a flare in nerve pain for a few days.',
    'Infection risk after a stem cell injection into the spine is low but never zero.',
  ],
  'low-risk': [
    'Because the stem cells come from your own body, there is little risk of rejection when they are injected into the disc.',
    "Using the patient's own bone marrow stem cells minimizes the risk of rejection after a disc injection.",
  ],
  'minimal-side': [
    'Stem cell injections for sciatica have minimal side effects compared with years of painkillers.',
    'Most patients feel only mild discomfort for a day or two after a stem cell injection into a lumbar disc.',
  ],
  'harm-event': [
    'Stem cell injections into the spine have caused infections and abnormal growths in some patients, the agency warns.',
    'Several people treated for back pain at unlicensed clinics developed spinal abscesses after stem cell injections.',
  ],
  harms: [
    'Possible risks of a stem cell disc injection include infection, bleeding and nerve damage.',
    'Donor cord-blood stem cells can trigger an immune reaction when they are injected into the lumbar spine.',
    'Expect some soreness at the harvest site and a short-lived flare in back pain for a few days after the stem cell injection.',
    'Bruising around the injection site is the most common problem after stem cell therapy for neck pain.',
  ],
  painless: [
    'The stem cell procedure for herniated discs is virtually painless and done under local anaesthetic.',
    'There is no downtime after a stem cell injection for back pain, so most people are at work the next morning.',
  ],

  // cost
  price: [
    'A single stem cell injection for back pain typically costs between $5,000 and $8,000 in the United States.',
    'Clinics in Mexico advertise disc treatments with umbilical cord stem cells from USD 3,500.',
    'In Germany, the clinic charges €6,000 for a bone marrow stem cell injection into two lumbar discs.',
  ],
  cost: [
    'The cost of stem cell therapy for a herniated disc varies widely from one clinic to the next.',
    'Patients often pay thousands from their own savings for a spinal stem cell injection.',
    'Some clinics charge extra for imaging guidance on top of the fee for stem cell treatment of the lower back.',
  ],
  afford: [
    'Stem cell treatment abroad can be far more affordable than in the US for patients with chronic back pain.',
    'Compared with years of injections and physiotherapy, a one-off stem cell procedure for your disc may save money in the long run.',
  ],
  expensive: [
    'Stem cell shots for sciatica are expensive and rarely reimbursed.',
    'Paying upfront for stem cell injections for back pain is a real financial risk, consumer advocates say.',
  ],
  insurance: [
    'Most insurance plans do not cover stem cell therapy for back pain because it is considered investigational.',
    'Medicare does not reimburse bone marrow concentrate injections for degenerative disc disease.',
    'Patients usually pay out-of-pocket for stem cell injections into the spine, although some clinics offer financing.',
    'Stem cell treatment for back pain is rarely covered by health plans, so most clinics work on a cash-pay basis.',
    'Many spine clinics offer payment plans for stem cell injections that insurers will not cover.',
  ],
  'money-words': [
    'A course of stem cell injections for neck pain can run to several thousand dollars.',
    'Private clinics in London ask several thousand pounds for a single stem cell treatment of the lumbar spine.',
  ],

  // regulatory
  approved: [
    'No stem cell product has been approved by the FDA for treating back pain.',
    "The clinic's disc kit was cleared only as a device for processing bone marrow, not as a stem cell treatment for back pain.",
  ],
  approval: [
    'Stem cell injections for sciatica have not received regulatory approval in the United States.',
    'Without FDA clearance, spinal stem cell injections are sold through loopholes that regulators are trying to close.',
  ],
  unapproved: [
    'Many clinics sell unapproved stem cell injections for back pain directly to patients.',
    'Unlicensed cord-blood stem cell products injected into the spine are the target of new enforcement actions.',
  ],
  'fda-acts': [
    'The FDA has warned consumers that clinics marketing stem cells for back pain may be breaking the law.',
    'Regulators have said the amniotic stem cell products injected into lumbar discs count as drugs that need a licence.',
    'The agency considers culture-expanded stem cells for disc disease to be biologic drugs.',
  ],
  fda: [
    "Stem cell injections for low back pain are not FDA-approved, whatever the clinic's brochure implies.",
    'Health Canada has not authorized any stem cell therapy for degenerative disc disease.',
    'The EMA has not authorised a cell therapy for chronic back pain.',
  ],
  'fda-long': [
    'The U.S. Food and Drug Administration has not approved any stem cell treatment for sciatica.',
    'The Food and Drug Administration treats stem cell products sold for neck pain as drugs that need its approval.',
  ],
  regulated: [
    'Stem cell products injected into the spine are regulated by the FDA as biological drugs.',
    "Current regulations allow doctors to reinject a patient's own minimally processed bone marrow stem cells for back pain on the same day.",
    'No health authority in Europe has yet approved stem cell therapy for degenerative disc disease.',
    'Stem cell products for disc disease need regulatory approval before they can be marketed in Europe.',
  ],
  designation: [
    "The company's donor stem cell therapy for chronic low back pain received fast track status last spring.",
    'Regulators granted the disc stem cell product a special designation that speeds its review but does not mean it works.',
    'The developer has asked for priority review of its stem cell therapy for chronic low back pain.',
    "The disc stem cell product has not received breakthrough therapy designation, despite the company's press releases.",
  ],
  'rmat-ind': [
    'The developer filed an IND so it can test its stem cell injection in patients with degenerative disc disease.',
    'An RMAT tag for a back pain cell therapy means a faster review, not proof that it works.',
    'The firm plans to submit a BLA for its disc-repair stem cell product next year.',
  ],
  legal: [
    'Offering culture-expanded stem cells for back pain outside a trial is not legal in the United States.',
    'Clinics claim their fat-derived cells for sciatica are minimally manipulated and therefore exempt from FDA review.',
    'The agency sent warning letters to clinics selling umbilical cord stem cells for disc and back pain.',
    'Clinics that culture stem cells for back pain must first file an investigational new drug application.',
    'The company has filed a biologics license application for its stem cell injection for chronic low back pain.',
    'Fat-derived cells injected into discs are HCT/Ps, and clinics argue that treating back pain with them is homologous use.',
  ],
  authorized: [
    'No stem cell therapy for back pain is currently authorised for routine use in the UK.',
    'The clinic says its stem cell disc treatment is registered with the health ministry, which is not the same as an approval.',
  ],

  // research
  'studies-show': [
    'Early studies suggest that stem cell injections may help some people with disc-related back pain, but the findings are preliminary.',
    'The research so far supports only limited conclusions about stem cells for sciatica.',
    'Data from small trials show a mixed picture for stem cells in lumbar disc pain.',
  ],
  'study-activity': [
    'A new trial is testing whether donor stem cells can ease chronic low back pain caused by disc degeneration.',
    'Researchers will compare bone marrow stem cells with saline injections in 100 patients with sciatica.',
    'The stem cell study aims to enrol 60 adults with degenerative disc disease and follow them for two years.',
  ],
  'in-a-study': [
    'In a small Korean study, stem cell injections were tested in patients with chronic discogenic back pain.',
    'Results from the ongoing trial of cord-derived stem cells for lumbar disc disease are expected in 2027.',
  ],
  trial: [
    'Clinical trials of stem cells for degenerative disc disease are still recruiting patients.',
    'A phase 3 trial of the cell therapy in chronic low back pain has finished recruiting.',
    'A double-blind design is needed to tell whether the stem cell effect on back pain is more than placebo.',
    'Only one controlled trial of stem cells for sciatica has been published, and it was small.',
    'A systematic review of stem cell therapy for disc degeneration found mostly case series.',
  ],
  studied: [
    'Stem cell therapy for back pain is still being studied and is not yet standard care.',
    'Bone marrow-derived cells for neck disc disease remain under investigation at several centres.',
    'Scientists have only published a handful of small reports on mesenchymal cells for sciatica.',
  ],
  enrolment: [
    'The stem cell trial enrolled 52 adults whose low back pain was traced to one or two degenerated discs.',
    'Its primary outcome is the change in back pain at 12 months after the stem cell injection.',
    'Patients were followed for three years after receiving mesenchymal cells for lumbar disc degeneration.',
    'Follow-up MRI scans in the stem cell trial will track disc height in patients with back pain.',
  ],
  'evidence-lack': [
    'There is little high-quality evidence that stem cell injections relieve chronic back pain.',
    'Clinics sell stem cell disc treatments with no published data on long-term results.',
  ],
  evidence: [
    'The evidence for stem cells in neck pain comes mostly from case reports.',
    'Stem cell therapy for sciatica lacks scientific support beyond a few pilot studies.',
  ],
  'more-research': [
    'Larger trials are needed before stem cell therapy can be recommended for low back pain.',
    'Doctors agree that more research is required to know who gains from disc stem cell injections.',
  ],
  experimental: [
    'Stem cell injections for herniated discs remain experimental in most countries.',
    'How long the effect of a stem cell injection on lumbar pain lasts is still unknown.',
    'It is early days for stem cell treatment of degenerative disc disease, researchers stress.',
    "It's unknown whether stem cell injections stop a herniated disc from coming back.",
    'Whether the benefit of stem cells for neck pain lasts beyond two years is not yet known.',
  ],
  promising: [
    'Stem cell therapy is a promising approach for people with chronic disc pain who want to stay clear of fusion.',
    'Stem cell treatment holds great promise for degenerative disc disease, but it is not ready for routine use.',
  ],
  'promising-results': [
    'Early trials of mesenchymal cells for lumbar disc degeneration have produced encouraging results.',
    'The company announced positive data from its study of donor stem cells in chronic low back pain.',
  ],
  'mixed-results': [
    'Studies of stem cell injections for sciatica have produced mixed results so far.',
    'Reviews of the stem cell back pain trials point to inconsistent findings and small sample sizes.',
  ],
  potential: [
    'Researchers describe mesenchymal stem cells as a potential treatment for disc-related neck pain.',
    'Umbilical cord-derived stem cells show some potential for repairing degenerated lumbar discs in early work.',
  ],
  'experts-disagree': [
    'Spine specialists disagree about whether stem cell injections help chronic low back pain at all.',
    'Experts remain divided on the value of bone marrow stem cell concentrate for sciatica.',
  ],
  'patients-count': [
    'The pilot study of stem cells for discogenic back pain included only 15 patients and no control group.',
    'Across the three trials, 230 participants with lumbar disc degeneration received stem cell injections.',
  ],

  // testimonial (sentences of a patient's story)
  'story-treatment': [
    'Last spring I finally opted for stem cell injections into my two worst lumbar discs.',
    'Maria, a 52-year-old teacher with sciatica, underwent a stem cell procedure at a clinic in Panama.',
    'He received more stem cells six months later, when his neck pain crept back.',
  ],
  'story-injected': [
    'Concentrated stem cells from his pelvis were injected into his damaged L4-L5 disc.',
    'Within an hour the stem cells had been injected into my lower back and I was on my way home.',
  ],
  'story-outcome': [
    'Three months after my stem cell treatment I am able to garden again without back pain.',
    'She returned to the clinic twelve weeks after her stem cell injection and reported far less sciatic pain.',
    'Since the stem cell injection my neck feels better than it has in years, and I can now turn my head while driving.',
    'Since his stem cell injection he has been able to play golf again.',
    'By the second month she felt better than at any time since her disc herniation, and she was able to sleep through the night.',
    'Two years after his stem cell treatment, Tom is now running half marathons without back pain.',
  ],
  'story-imaging': [
    'My follow-up MRI showed the herniated disc had shrunk after the stem cell treatment.',
    'Her latest scan, a year after the stem cells were injected, shows more fluid in the damaged disc.',
  ],
  'story-wait': [
    'It will be another few months before I know whether the injection worked on my disc.',
    'My doctor says we should wait until spring to see if the cells have helped my sciatica.',
  ],
  'story-chance': [
    "There is a small chance that my stem cell procedure won't do anything for my bulging disc, and I have made peace with that.",
    "I'm hoping my stem cell injections will take care of the sciatica before my daughter's wedding.",
    'He was worried that his stem cell treatment had failed when his back pain flared in the second week.',
  ],

  // alternative-to-surgery
  'avoid-surgery': [
    'For many people with herniated discs, stem cell injections are a way to avoid back surgery.',
    'Bone marrow concentrate can postpone a fusion for patients with degenerative disc disease.',
    'The clinic treats sciatica with stem cells instead of surgery.',
    'A worn disc can be treated with stem cells without the need for surgery or a hospital stay.',
  ],
  'non-surgical-option': [
    'Stem cell therapy is a non-surgical option for people with chronic neck pain from worn discs.',
    'Regenerative stem cell injections offer a nonoperative alternative to fusion for lumbar disc degeneration.',
  ],
  'non-surgical': [
    'The stem cell treatment for your back is non-surgical and done through a single needle.',
    'Unlike a discectomy, the stem cell disc injection needs no incisions and no general anaesthetic.',
    'Patients with sciatica can be treated without an operation, using stem cells from their own bone marrow.',
  ],
  'surgery-risks': [
    'Stem cell injections spare patients the risks of anaesthesia that come with spine surgery.',
    'With failed back surgery so common, a stem cell injection is worth trying first, the clinic argues.',
    'Spinal fusion surgery carries a significant complication rate, which is why the clinic offers stem cells for disc pain first.',
    'Because surgery failure is common after spinal fusion, stem cells offer a gentler first option for disc pain.',
  ],
  'surgery-later': [
    'Even after stem cell treatment, surgery may still be necessary later if the disc keeps collapsing.',
    'Patients should know that a fusion is sometimes needed anyway when the injected stem cells fail to help their back.',
  ],
  'safer-than-surgery': [
    'Stem cell injections are less invasive than spinal fusion for most patients with disc pain.',
    'Recovery after the stem cell disc injection is far quicker than after surgery.',
  ],
  'go-home': [
    'After the stem cell injection into the disc, most patients go home the same day, unlike after a fusion.',
    'Patients walk home within an hour of the stem cell procedure instead of spending days in hospital after back surgery.',
  ],

  // stance-only
  'caution-words': [
    'Beware of clinics that promise stem cells will fix your back pain in a single visit.',
    'Doctors warn that stem cell clinics are selling false hope to people with chronic sciatica.',
    'Patients with disc pain should be wary of the bold claims made in stem cell advertising.',
    'There is no guarantee that stem cell injections will help a herniated disc, and the money is not refunded.',
    'The cord-blood stem cell products sold for neck pain are not commercially available in the US outside trials.',
  ],
  'promo-words': [
    'Our cutting-edge stem cell treatment is minimally invasive and designed for lasting back pain relief.',
    'The natural healing power of your own stem cells is a major advantage for patients with sciatica.',
    'Our state-of-the-art stem cell therapy gives lasting relief to patients with degenerative disc disease.',
  ],
  'neutral-report': [
    'According to the clinic, most patients with lumbar disc pain improve within three months of the stem cell injection.',
    'The stem cells could possibly slow disc degeneration, but that has not been shown in people.',
    'The FDA states that no stem cell product is approved for back pain.',
    'The company reports that 60 of its first 100 disc patients improved after stem cell injections.',
  ],
};

/** Examples for the Spanish cues (`cues` in topic/detect/es.ts). */
export const ES_CUE_EXAMPLES: CueExamples = {
  'es-eficacia': [
    'Las infiltraciones de células madre han resultado eficaces contra el dolor lumbar crónico en muchos de nuestros pacientes.',
    'El tratamiento con células mesenquimales consigue una mejoría notable de la hernia discal en pocos meses.',
    'Según la clínica, la terapia celular funciona incluso en lumbalgias de larga evolución.',
    'Las células madre mesenquimales tienen un efecto analgésico claro en la lumbalgia de origen discal.',
    'Muchas clínicas aseguran que las células madre pueden acabar con el dolor de la hernia discal.',
  ],
  'es-menos-dolor': [
    'A los seis meses de la infiltración de células madre, la mayoría de los pacientes con hernia discal notaron una clara reducción del dolor.',
    'Según la clínica, las células mesenquimales reducen notablemente el dolor de la ciática en pocas semanas.',
    'Tras el tratamiento con células madre, varios pacientes con lumbalgia crónica dejaron de tomar analgésicos a diario.',
    'Los pacientes tratados con médula ósea concentrada en el disco refieren menos dolor al caminar.',
  ],
  'es-mecanismo': [
    'Las células madre regeneran el disco intervertebral desgastado y le devuelven su altura.',
    'Los factores de crecimiento de la médula ósea reducen la inflamación alrededor de la hernia discal.',
    'Las células madre actúan a nivel celular y reparan los tejidos dañados del disco intervertebral.',
  ],
  'es-seguridad': [
    'La infiltración de células madre en la columna es segura porque se usan células del propio paciente.',
    'Los efectos secundarios más habituales tras tratar el disco lumbar con células madre son dolor leve y rigidez durante unos días.',
    'Inyectar células madre de donante en la columna conlleva un riesgo de infección que no siempre se explica al paciente.',
  ],
  'es-peligro': [
    'Inyectar células madre en el disco lumbar entraña peligros reales, como una infección del propio disco.',
    'Algunos pacientes desarrollaron tumores tras recibir células madre de donante en la columna, según varios casos publicados.',
    'La infiltración intradiscal de células mesenquimales puede provocar una discitis, una complicación grave para la espalda.',
  ],
  'es-coste': [
    'Un tratamiento con células madre para la hernia discal cuesta entre 3.000 y 6.000 euros en España.',
    'La terapia celular para la lumbalgia no la cubren los seguros médicos privados.',
    'El precio de las infiltraciones de células madre en la columna cambia mucho de una clínica a otra.',
  ],
  'es-regulatorio': [
    'Ninguna terapia con células madre para el dolor lumbar está aprobada por las autoridades sanitarias españolas.',
    'Fuera de un ensayo clínico autorizado, aplicar células madre cultivadas en la columna no es legal en España.',
    'La Agencia Española de Medicamentos no ha autorizado ningún tratamiento con células madre para la lumbalgia.',
  ],
  'es-investigacion': [
    'Los ensayos clínicos con células mesenquimales en la degeneración discal siguen en una fase inicial.',
    'La evidencia sobre las células madre para la ciática es todavía escasa, según los investigadores.',
    'La terapia con células madre para la hernia discal sigue en fase de estudio.',
    'Los estudios clínicos publicados sobre células madre y hernia discal incluyen muy pocos pacientes.',
  ],
  'es-estudio-en-curso': [
    'Varios hospitales están evaluando las células madre mesenquimales en pacientes con hernia discal lumbar.',
    'Un ensayo aleatorizado con células madre para la degeneración discal sigue en marcha en tres hospitales españoles.',
    'Los datos del tratamiento con células madre para la lumbalgia se han publicado en una revista médica de traumatología.',
    'Hasta ahora, las células madre solo han reconstruido discos vertebrales en animales, y los científicos quieren probarlas en seres humanos.',
  ],
  'es-cirugia': [
    'Las células madre permiten a muchos pacientes con hernia discal evitar la cirugía de columna.',
    'La infiltración de células madre es una alternativa a la artrodesis para el dolor lumbar por degeneración discal.',
    'Tras la infiltración de células madre en el disco, el paciente vuelve a casa el mismo día.',
    'Con las células madre se puede tratar la lumbalgia sin operación y con anestesia local.',
    'Gracias a la terapia celular, muchos pacientes con ciática no tienen que pasar por quirófano.',
    'La infiltración de células madre sustituye a la artrodesis en algunos pacientes con dolor lumbar crónico.',
    'La terapia con células madre para la hernia discal es mínimamente invasiva y no deja cicatriz.',
    'En lugar de la cirugía, la clínica propone infiltrar células mesenquimales en el disco dañado.',
  ],
  'es-promo': [
    'La gran ventaja de la terapia con células madre para la hernia discal es que se hace sin ingreso.',
    'Las células madre abren una nueva puerta para tratar el dolor lumbar crónico.',
    'Las infiltraciones de células madre son una buena opción para pacientes con discopatía lumbar leve.',
  ],
  'es-cautela': [
    'El aspecto negativo es que las células madre para la lumbalgia no las paga la sanidad pública.',
    'La terapia celular para la hernia discal no está demostrada y conviene tomarla con precaución.',
    'Tratar la ciática con células madre en una clínica privada resulta muy caro.',
  ],
};

/** Every language's examples, keyed by the pack's language tag. */
export const CUE_EXAMPLES: Readonly<Record<string, CueExamples>> = {
  en: EN_CUE_EXAMPLES,
  es: ES_CUE_EXAMPLES,
};
