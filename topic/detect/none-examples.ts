/**
 * Example sentences for every NONE family of the pack (`none` in topic/detect/en.ts and es.ts):
 * at least two per kind, each a full sentence that ../shared/corpus/RUBRIC.md (section 2, "These
 * are NONE", and section 7) labels NONE although it mentions the therapy or its setting, and in
 * which the family's wording occurs: availability and popularity, credentials and history,
 * procedure logistics, other treatments, neutral questions, topic announcements. Together they
 * give every pattern of every family at least one sentence it matches.
 *
 * They were written for this project in the voice of clinic pages, news items and patient blogs,
 * and are never copied or lightly edited from the labelled corpus: the families must describe
 * wording nobody here has seen. tests/unit/detect/none-examples.test.ts checks that every kind
 * has them, that each pattern of a family matches at least one of its examples, that the family
 * matches each example, and that none occurs in the corpus. They say nothing about what the
 * learned model decides: a `none:<kind>` feature is evidence for it, not a rule.
 *
 * Nothing the extension ships imports this file (the same test checks), so it costs no bundle
 * bytes. Keys are NONE kinds, per language, in the order of the language's `none` record.
 */
export type NoneExamples = Readonly<Record<string, readonly string[]>>;

/** Examples for the English NONE families (`none` in topic/detect/en.ts). */
export const EN_NONE_EXAMPLES: NoneExamples = {
  availability: [
    'We now offer bone marrow stem cell injections for lumbar disc pain at our locations in Chicago and Evanston.',
    'Our clinic specializes in regenerative treatment of neck and back pain, including injections of your own stem cells.',
    'Stem cell therapy for herniated discs is now available at our Scottsdale center.',
    'Dozens of Florida clinics advertise umbilical cord stem cell shots for sciatica on local radio.',
    'A growing number of patients are asking their spine surgeons about stem cell injections for degenerative discs.',
    'Adipose stem cell injections have become a popular option for people with chronic neck pain in South Korea.',
    'Our spine center welcomes patients from across the Midwest for stem cell treatment of disc-related back pain.',
    'Our practice is located in Boise, and we perform stem cell injections for sciatica on Tuesdays and Thursdays.',
  ],
  credentials: [
    'Dr. Alvarez is a board-certified physiatrist who has treated lumbar disc pain with bone marrow stem cells since 2011.',
    'Our fellowship-trained interventional spine physicians perform every stem cell injection for neck and back pain themselves.',
    'With more than 15 years of experience in interventional pain care, Dr. Brooks now devotes her practice to stem cell treatment of the spine.',
    "The clinic's stem cell program for back pain has won several regional awards for patient service.",
    'Founded in 2008, the Pacific Spine Institute began offering stem cell therapy for disc degeneration in 2015.',
    'Dr. Moreau, the founder of Alpine Regenerative Spine, brought stem cell injections for lumbar disc disease to the region.',
    'Dr. Singh is double board-certified in anesthesiology and pain medicine and leads our stem cell program for neck pain.',
    'Our physicians bring decades of experience in spine care to every stem cell procedure for back pain.',
    'Our team has performed thousands of injections for back and neck pain, including stem cell injections into the lumbar discs.',
    'Dr. Howard is a fellow of the American Academy of Physical Medicine and Rehabilitation and treats disc pain with bone marrow concentrate.',
    'She trained at the Mayo Clinic before opening a practice devoted to stem cell therapy for spinal conditions.',
    'The practice has been recognized as a leading provider of regenerative spine care, including stem cell injections for sciatica.',
  ],
  logistics: [
    'The stem cell injection for lumbar disc pain is done as an outpatient procedure in our treatment suite.',
    'The whole procedure takes about two hours, from the bone marrow draw to the injection into the disc.',
    'The skin over the back of the hip is numbed with a local anesthetic before the bone marrow is drawn.',
    'The fat is collected from your belly with an ultrasound-guided cannula before the cells are prepared for your spine.',
    'Bone marrow is drawn from the iliac crest, the back rim of the pelvis, before the stem cells are placed in the disc.',
    'Patients are asked to rest for two days after the stem cell injection and to keep to light activity for the first two weeks.',
    'During your consultation, our spine specialist reviews your MRI and explains how a stem cell procedure for your back would be carried out.',
    'The stem cell injection itself is scheduled for a second appointment, about a week after the bone marrow assessment.',
    'The fat harvest and the disc injection for sciatica are both done under light sedation.',
    'The marrow is then spun down in a centrifuge to concentrate the stem cells before they are injected into the lumbar disc.',
    'The doctor guides the needle into the disc under x-ray guidance and slowly injects the cell concentrate.',
    'Follow-up visits are scheduled six weeks, three months and six months after the stem cell injection for back pain.',
    'You will lie face down on the procedure table while the stem cells are injected into your lower back.',
  ],
  otherTreatment: [
    'Most patients who ask us about stem cells for disc pain have already tried physical therapy and one or two epidural steroid injections.',
    'Spinal fusion remains the standard operation when a collapsed disc pinches a nerve, and it usually means several days in hospital.',
    'PRP is prepared from a small sample of your own blood that is spun to concentrate the platelets.',
    'Cortisone shots can calm an irritated nerve root for a few weeks, but the effect tends to wear off.',
    'Chiropractic care and physiotherapy are usually tried first for sciatica, long before anyone mentions stem cells.',
    'A discectomy removes the part of a herniated disc that presses on the nerve.',
  ],
  question: [
    'What is stem cell therapy for back pain?',
    'How long does a stem cell injection for a herniated disc take?',
    'Who is a good candidate for stem cell treatment of chronic neck pain?',
    'Does insurance cover stem cell injections for sciatica?',
    'Can I have stem cell therapy for my lower back if I have already had spinal fusion?',
  ],
  topicAnnouncement: [
    'In this article, we look at how stem cell therapy for degenerative disc disease is performed.',
    'This guide explains what happens before, during and after a stem cell injection for lumbar disc pain.',
    "Below, we'll explore what the research says about stem cells for chronic low back pain.",
    "Let's take a closer look at how bone marrow stem cells are used for sciatica.",
    "Here's what you need to know before booking a stem cell injection for your back.",
    'Read on to find out how stem cell injections for neck pain are done and who offers them.',
    'In this short video, our medical director walks you through a stem cell procedure for the lumbar spine.',
    'The following section covers the questions patients ask most often about stem cell therapy for sciatica.',
  ],
};

/** Examples for the Spanish NONE families (`none` in topic/detect/es.ts). */
export const ES_NONE_EXAMPLES: NoneExamples = {
  availability: [
    'En nuestra clínica de Bilbao ofrecemos infiltraciones de células madre para la hernia discal lumbar.',
    'Nuestro equipo realiza infiltraciones de células madre mesenquimales para el dolor cervical desde 2016.',
    'La terapia con células madre para el dolor lumbar ya está disponible en nuestras clínicas de Madrid y Valencia.',
  ],
  credentials: [
    'El doctor Fernández, especialista en traumatología, trata la hernia discal con células madre en nuestra clínica.',
    'Con más de veinte años de experiencia en el tratamiento de la columna, nuestro equipo incorporó las células madre en 2014.',
    'La doctora Ortega está certificada en técnicas intervencionistas de columna y dirige nuestra unidad de terapia celular para la lumbalgia.',
  ],
  logistics: [
    'La infiltración de células madre en el disco se hace de forma ambulatoria en nuestra unidad de columna.',
    'La médula ósea se extrae de la cadera con anestesia local antes de tratar el disco lumbar.',
    'Las células se inyectan en el disco guiadas por fluoroscopia para llegar al punto exacto de la hernia.',
    'Bajo control de rayos X, el médico introduce la aguja en el disco e inyecta las células madre.',
    'Tras la infiltración de células madre en la columna se aconsejan dos días de reposo relativo.',
    'En la primera consulta, el especialista revisa la resonancia de su columna y le explica cómo se hace el tratamiento con células madre.',
    'La infiltración con células madre para la ciática se programa en una segunda cita, una semana después de la extracción de médula ósea.',
  ],
  otherTreatment: [
    'La fisioterapia y las infiltraciones epidurales de corticoides suelen ser el primer paso ante una hernia discal.',
    'El plasma rico en plaquetas (PRP) se obtiene de una muestra de la sangre del propio paciente.',
    'Cuando una hernia discal comprime la raíz nerviosa, la discectomía sigue siendo la operación más habitual.',
    'Las infiltraciones de ozono se usan desde hace años en la hernia discal lumbar.',
  ],
  question: [
    '¿Qué es la terapia con células madre para el dolor de espalda?',
    '¿Cuánto dura una infiltración de células madre en el disco lumbar?',
    '¿Quién puede tratar su hernia discal con células madre?',
  ],
  topicAnnouncement: [
    'En este artículo te explicamos en qué consiste el tratamiento con células madre para la hernia discal.',
    'Hoy vamos a hablar de las infiltraciones de células madre para el dolor lumbar crónico.',
    'A continuación veremos cómo se obtienen las células madre y cómo se inyectan en la columna.',
    'En este vídeo, la doctora Sanz cuenta paso a paso cómo se hace una infiltración de células madre en el disco.',
  ],
};

/** Every language's examples, keyed by the pack's language tag. */
export const NONE_EXAMPLES: Readonly<Record<string, NoneExamples>> = {
  en: EN_NONE_EXAMPLES,
  es: ES_NONE_EXAMPLES,
};
