// The reader's vocabulary: how providers write weakness and its relatives, the NegEx/ConText
// trigger lists (Chapman et al. 2001; Harkema et al. 2009), cause triggers and documentation cues.
// Words only: no codes or code titles live here (those come from the reference database).
#include "note/NoteLexicon.h"

namespace wcw::note {

namespace {

// Mention kinds (see NoteEvidence.h). Longer phrases win over their words ("no energy" is a
// fatigue mention, not the trigger "no").
const Lexicon::Entry kMentions[] = {
    {Concept, "", "weakness",
     "weakness|weak|weaker|weakened|asthenia|asthenic|feeling weak|feels weak|feel weak|getting weaker|"
     "lack of strength|loss of strength|paresis|weak inside|generalized asthenia"},
    {Concept, "", "muscle-weakness",
     "muscle weakness|muscular weakness|muscles weak|muscles are weak|weakness of muscles|"
     "weakness of the muscles|muscle weak|myopathic weakness"},
    {Concept, "", "fatigue",
     "fatigue|fatigued|fatiguing|fatigues|tired|tiredness|exhausted|exhaustion|no energy|lack of energy|"
     "low energy|decreased energy|lacks energy|lethargy|lethargic|worn out|wiped out|dragging|sleepy|run "
     "down|"
     "muscle fatigue|tired all the time|lassitude"},
    {Concept, "", "malaise",
     "malaise|unwell|feels off|feel off|feeling off|don't feel right|doesn't feel right|not feeling well|"
     "not feel well|feeling unwell|ill feeling|general ill feeling|under the weather|feels poorly|feeling "
     "poorly"},
    {Concept, "", "debility", "debility|debilitated|deconditioning|deconditioned|physical deconditioning"},
    {Concept, "", "frailty",
     "frail|frailty|frail appearing|senile debility|age-related physical debility|age-related debility|"
     "debility of old age|frailty of old age|senile asthenia|senility"},
    {Concept, "", "sarcopenia", "sarcopenia|sarcopenic|age-related sarcopenia"},
    {Concept, "", "facial-droop",
     "facial droop|facial weakness|facial palsy|facial paralysis|face droop|facial drooping|droop of the "
     "face|"
     "drooping of the face|weakness of the face|mouth droop|facial paresis"},
    {Concept, "", "hemiparesis",
     "hemiparesis|hemiparetic|hemiplegia|hemiplegic|one-sided weakness|unilateral weakness|l-sided weakness|"
     "r-sided weakness|left-sided weakness|right-sided weakness|weakness of the left side|"
     "weakness of the right side|hemibody weakness|weakness on one side"},
    {Concept, "", "monoparesis",
     "monoparesis|monoplegia|monoplegic|weakness of one limb|single limb weakness|one limb weakness"},
    {Concept, "", "icu-weakness",
     "icu-acquired weakness|icu weakness|intensive care unit acquired weakness|critical illness myopathy|"
     "critical illness polyneuropathy|critical illness neuromyopathy|icu myopathy|intensive care myopathy"},
    {Concept, "", "functional-quadriplegia", "functional quadriplegia|functional quadriparesis"},
    {Concept, "", "immobility",
     "complete immobility|immobile|immobility|bedbound|bed bound|bedridden|bed-ridden"},
    {Concept, "", "exertion",
     "marathon|half marathon|exertion|exertional|post-exertional|post exertion|post-exercise|after exercise|"
     "after exertion|overexertion|over-exertion|excessive exertion|strenuous exercise|after a workout|"
     "after workout|triathlon|ultramarathon|heavy exercise"},
    {Concept, "", "falls", "falls|fall|fell|falling|fallen"},
    {Concept, "", "fall-risk",
     "at risk for falls|at risk for falling|at risk of falls|at risk of falling|fall risk|risk of falls|"
     "risk for falls|high fall risk"},
    {Concept, "", "unsteadiness",
     "unsteady on feet|unsteady on his feet|unsteady on her feet|unsteady on their feet|unsteadiness|"
     "unsteadiness on feet|unsteady|unsteady gait|imbalance|poor balance"},
    {Concept, "", "fatigability",
     "fatigable|fatigability|fatiguable|fatigable weakness|fatigues w/ repetition|fatigues with repetition|"
     "fatigues with repeated testing"},
    {Concept, "", "strength-normal",
     "strength testing full|full strength|strength full|strength intact|strength normal|normal strength|"
     "strength is full|strength is normal"},
    {Concept, "", "strength-reduced",
     "reduced strength|decreased strength|diminished strength|strength reduced|strength decreased|"
     "strength diminished|strength is reduced|strength is decreased"},
};

// Diagnoses. Type "cause": commonly explains weakness/fatigue, so a rule may ask whether it does here.
const Lexicon::Entry kDiagnoses[] = {
    {Diagnosis, "cause", "hypokalemia", "hypokalemia|hypokalaemia|low potassium"},
    {Diagnosis, "cause", "hypomagnesemia", "hypomagnesemia|hypomagnesaemia|low magnesium"},
    {Diagnosis, "cause", "hyponatremia", "hyponatremia"},
    {Diagnosis, "cause", "hypercalcemia", "hypercalcemia"},
    {Diagnosis, "cause", "hypophosphatemia", "hypophosphatemia"},
    {Diagnosis, "cause", "hypoglycemia", "hypoglycemia"},
    {Diagnosis, "cause", "hypothyroidism", "hypothyroidism|hypothyroid"},
    {Diagnosis, "cause", "hyperthyroidism", "hyperthyroidism|thyrotoxicosis"},
    {Diagnosis, "cause", "anemia", "anemia|anaemia|iron deficiency anemia"},
    {Diagnosis, "cause", "myasthenia-gravis", "myasthenia gravis|myasthenia|=MG"},
    {Diagnosis, "cause", "multiple-sclerosis",
     "multiple sclerosis|=MS|rrms|relapsing-remitting multiple sclerosis|relapsing remitting ms"},
    {Diagnosis, "cause", "stroke",
     "stroke|cva|cerebral infarction|cerebral infarct|infarct|ischemic stroke|mca infarct|mca stroke|"
     "cerebrovascular accident|hemorrhagic stroke"},
    {Diagnosis, "cause", "guillain-barre", "guillain-barre syndrome|guillain-barre|guillain barre|gbs|aidp"},
    {Diagnosis, "cause", "bells-palsy", "bell's palsy|bells palsy|bell palsy"},
    {Diagnosis, "cause", "myositis", "polymyositis|myositis|dermatomyositis|inflammatory myopathy"},
    {Diagnosis, "cause", "rhabdomyolysis", "rhabdomyolysis|rhabdo"},
    {Diagnosis, "cause", "myopathy", "myopathy|statin myopathy|steroid myopathy"},
    {Diagnosis, "cause", "neuropathy", "neuropathy|peripheral neuropathy|polyneuropathy"},
    {Diagnosis, "cause", "als", "amyotrophic lateral sclerosis|=ALS|motor neuron disease"},
    {Diagnosis, "cause", "parkinsons", "parkinson's|parkinson's disease|parkinsonism|parkinson disease"},
    {Diagnosis, "cause", "dementia",
     "dementia|alzheimer's|alzheimer's disease|alzheimer's dementia|alzheimer"},
    {Diagnosis, "cause", "cancer",
     "cancer|malignancy|adenocarcinoma|carcinoma|lymphoma|leukemia|metastatic disease|myeloma"},
    {Diagnosis, "cause", "dehydration", "dehydration|volume depletion"},
    {Diagnosis, "cause", "vitamin-d-deficiency", "vitamin d deficiency|vit d deficiency"},
    {Diagnosis, "cause", "b12-deficiency", "b12 deficiency|vitamin b12 deficiency"},
    {Diagnosis, "cause", "depression", "depression|major depressive disorder|=MDD"},
    {Diagnosis, "cause", "sepsis", "sepsis"},
    {Diagnosis, "cause", "heart-failure", "heart failure|=CHF|=HFrEF"},
    {Diagnosis, "cause", "ckd", "=CKD|chronic kidney disease"},
    {Diagnosis, "cause", "covid", "covid|covid-19"},
    {Diagnosis, "cause", "viral-illness", "viral illness|viral syndrome|viral infection"},
    {Diagnosis, "cause", "gastroenteritis", "gastroenteritis|viral gastroenteritis"},
    {Diagnosis, "dx", "uti", "uti|urinary tract infection"},
    {Diagnosis, "dx", "pneumonia", "pneumonia"},
    {Diagnosis, "dx", "uri", "uri|upper respiratory infection"},
    {Diagnosis, "dx", "ards", "ards"},
    {Diagnosis, "dx", "copd", "copd"},
    {Diagnosis, "dx", "diabetes", "diabetes|t2dm|dm2|diabetes mellitus"},
    {Diagnosis, "dx", "hypertension", "hypertension|htn"},
};

// Triggers, after NegEx/ConText. Values are the trigger's own words.
const Lexicon::Entry kTriggers[] = {
    {NegPre, "", "",
     "no|not|denies|deny|denying|negative for|neg for|without|w/o|free of|absence of|no evidence of|"
     "no evidence|no signs of|no sign of|no symptoms of|never|nor|no history of|no complaints of|no c/o|"
     "doesn't|does not|did not|didn't|don't|do not|isn't|wasn't|is not|was not|no longer|rules out|"
     "ruled out for|fails to reveal|failed to reveal|unremarkable for|no report of|not have|negative for any|"
     "no new|no further evidence of|not demonstrate|was not found to have|were not found to have|"
     "not found to have|-ve for|is -ve for"},
    {NegPre | NegPost, "", "", "denied|none"},
    {NegPost, "", "",
     "ruled out|was ruled out|is ruled out|been ruled out|were ruled out|has been ruled out|unlikely|is "
     "unlikely|"
     "negative|neg|absent|is absent|was absent|not seen|not present|was negative|were negative|is "
     "negative|free|not found|"
     "not appreciated|not noted|not observed|not detected|was not appreciated|were not appreciated|was not "
     "seen|"
     "were not seen|was not present|was not noted|was not found|is not seen|is not present|was not observed|"
     "was not detected|excluded|was excluded|has been excluded|( - )|(-)"},
    {Pseudo, "", "",
     "no increase|no change|no significant change|no interval change|not only|not necessarily|"
     "without change|without interval change|without significant change|"
     "gram negative|gram-negative|without difficulty|no suspicious change|not drain|not extend|not cause|"
     "no definite change|year old|years old|yr old|month old|day old|history of present illness|"
     "not certain whether|not certain if|no more than|not limited to|not just"},
    {UncPre, "", "",
     "possibly|probably|suspect|suspicious for|suspicion for|suspicion of|likely|"
     "most likely|r/o|rule out|ruling out|to rule out|concern for|concerning for|worrisome for|question of|"
     "may have|might have|could have|may be|might be|could be|consider|considering|"
     "cannot rule out|can't rule out|cannot exclude|can't exclude|presumed|presumptive|ddx|differential|"
     "differential includes|eval for|evaluate for|evaluation for|workup for|w/u for|work up for|assess for|"
     "uncertain|unclear if|unclear whether|equivocal"},
    {UncPost, "", "",
     "is suspected|is possible|is likely|cannot be excluded|not excluded|is not excluded|is probable"},
    {UncPre | UncPost, "", "",
     "vs|versus|?|suspected|possible|probable|questionable|not ruled out|cannot be ruled out"},
    {HistPre, "", "",
     "h/o|hx of|hx|history of|past history of|past medical history of|pmh of|pmh significant "
     "for|prior|previous|"
     "previously|old|remote|s/p|status post|formerly|former"},
    {HistPost, "", "",
     "resolved|has resolved|now resolved|had resolved|since resolved|in the past|in remission"},
    {HistTerminator, "", "", "residual|w/ residual|with residual|now|currently|presently|today|at this time"},
    {Terminator, "", "",
     "but|however|although|though|except|except for|apart from|aside from|yet|nevertheless|which|who|still|"
     "reports|endorses|complains|complains of|c/o|presents|presented|states|admits|describes|"
     "as the cause of|as the etiology of|as the source of|as the reason for|cause of|etiology of|source of|"
     "other than|whereas|while|just|now has|now with|now reports|now c/o|positive for"},
    {CauseExplicit, "", "cause",
     "due to|2/2|secondary to|sec to|2/2 to|d/t|caused by|because of|attributed to|attributable to|"
     "as a result of|from|related to|r/t|resulting from|result of|in the setting of|in setting of"},
    {CauseExplicit, "", "sequela", "residual of|sequela of|sequelae of|late effect of"},
    {CauseTemporal, "", "temporal", "following|after|since|post"},
    {CauseReverse, "", "cause", "related|induced|associated"},
    {EtiologyUnknown, "", "",
     "etiology unclear|etiology unknown|etiology undetermined|etiology under evaluation|"
     "etiology to be determined|unclear etiology|unknown etiology|undetermined etiology|cause unclear|"
     "cause unknown|unclear cause|unknown cause|no specific disease identified|no specific cause identified|"
     "no cause identified|no cause found|idiopathic|no underlying cause|cause not identified"},
    {Handedness, "", "right",
     "right-handed|r-handed|right hand dominant|right hand dominance|right-hand dominant|dominant hand "
     "right"},
    {Handedness, "", "left",
     "left-handed|l-handed|left hand dominant|left hand dominance|left-hand dominant|dominant hand left"},
    {Handedness, "", "not-documented",
     "handedness not documented|dominance not documented|handedness unknown|hand dominance not documented|"
     "handedness not stated"},
    {Handedness, "", "ambidextrous", "ambidextrous"},
};

// Documentation cues (checklist items and mention attributes).
const Lexicon::Entry kCues[] = {
    {CueRole, "extent", "generalized",
     "generalized|generalised|all over|global|globally|diffuse|diffusely|throughout|x4|x 4|all 4 extremities|"
     "all four extremities|all extremities|all 4 limbs|all four limbs|all limbs|whole body|total body|"
     "everywhere|proximal and distal|proximal & distal|systemic"},
    {CueRole, "extent", "localized",
     "focal|localized|localised|unilateral|one-sided|one side|confined to|isolated to|only in"},
    {CueRole, "extent", "nonfocal",
     "nonfocal|non-focal|no focal deficits|no focal deficit|no focal findings"},
    {CueRole, "symmetry", "symmetric", "symmetric|symmetrical|symmetrically|sym|equal|equally"},
    {CueRole, "symmetry", "asymmetric", "asymmetric|asymmetrical|asymmetry|unequal"},
    {CueRole, "laterality", "left", "left|l|lt|l-sided|left-sided|left side"},
    {CueRole, "laterality", "right", "right|r|rt|r-sided|right-sided|right side"},
    {CueRole, "laterality", "bilateral",
     "bilateral|bilaterally|bilat|b/l|both|both sides|both feet|both legs|both arms"},
    {CueRole, "bodypart", "left upper extremity", "lue"},
    {CueRole, "bodypart", "right upper extremity", "rue"},
    {CueRole, "bodypart", "left lower extremity", "lle"},
    {CueRole, "bodypart", "right lower extremity", "rle"},
    {CueRole, "bodypart", "upper extremity",
     "upper extremity|upper extremities|ue|ues|upper limb|upper limbs"},
    {CueRole, "bodypart", "lower extremity",
     "lower extremity|lower extremities|le|les|lower limb|lower limbs"},
    {CueRole, "bodypart", "extremities", "extremity|extremities|limb|limbs"},
    {CueRole, "bodypart", "arm", "arm|arms|forearm|forearms"},
    {CueRole, "bodypart", "leg", "leg|legs|thigh|thighs|calf|calves"},
    {CueRole, "bodypart", "hand", "hand|hands|grip|hand grip|fingers|finger"},
    {CueRole, "bodypart", "wrist", "wrist|wrists"},
    {CueRole, "bodypart", "hip", "hip|hips|hip flexors|hip flexor"},
    {CueRole, "bodypart", "quadriceps", "quads|quad|quadriceps"},
    {CueRole, "bodypart", "hamstrings", "hamstrings|hamstring"},
    {CueRole, "bodypart", "shoulder", "shoulder|shoulders|deltoid|deltoids"},
    {CueRole, "bodypart", "biceps", "biceps"},
    {CueRole, "bodypart", "triceps", "triceps"},
    {CueRole, "bodypart", "knee", "knee|knees"},
    {CueRole, "bodypart", "ankle", "ankle|ankles|dorsiflexion|plantarflexion"},
    {CueRole, "bodypart", "foot", "foot|feet|toes"},
    {CueRole, "bodypart", "face",
     "face|facial|eyebrow|forehead|mouth|lip|cheek|eye|eyelid|eyelids|eye closure"},
    {CueRole, "bodypart", "neck", "neck"},
    {CueRole, "bodypart", "trunk", "trunk|truncal"},
    {CueRole, "bodypart", "proximal muscles", "proximal"},
    {CueRole, "bodypart", "distal muscles", "distal"},
    {CueRole, "onset", "sudden", "sudden|suddenly|sudden onset|abrupt|abruptly|acute onset"},
    {CueRole, "onset", "gradual", "gradual|gradually|gradual onset|insidious|insidious onset|slowly"},
    {CueRole, "onset", "acute", "acute|acutely"},
    {CueRole, "onset", "new", "new onset|new-onset"},
    {CueRole, "onset", "noted",
     "onset|noticed on waking|on waking|woke up with|began|started|starting|developed|since|after "
     "a|following a|"
     "after the"},
    {CueRole, "progression", "worse",
     "worsening|worsened|worse|getting worse|getting weaker|deteriorating|deteriorated|declining|decline|"
     "declined|more difficulty|increasing"},
    {CueRole, "progression", "progressive",
     "progressive|progressing|progressed|progression|slowly progressive|rapidly progressive"},
    {CueRole, "progression", "better", "improving|improved|improvement|better|resolving|recovering"},
    {CueRole, "progression", "stable",
     "stable|unchanged|no change|same|static|persists|persistent|plateaued"},
    {CueRole, "pattern", "intermittent",
     "intermittent|intermittently|episodic|episodes|comes and goes|on and off|off and on|waxing and waning"},
    {CueRole, "pattern", "fluctuating", "fluctuating|fluctuates|fluctuation|fluctuations|variable"},
    {CueRole, "pattern", "constant", "constant|constantly|all day|all the time|continuous"},
    {CueRole, "pattern", "diurnal",
     "worse at end of day|worse at the end of the day|end of day|end of the day|late in day|late in the day|"
     "in the evening|in the evenings|in the morning|in the mornings|by noon|by mid-afternoon|by afternoon|"
     "by evening|nocturnal"},
    {CueRole, "pattern", "activity-related",
     "with repetition|with activity|with exertion|after activity|on exertion|with use|after exercise"},
    {CueRole, "function", "adls",
     "adls|adl|activities of daily living|dressing|bathing|grooming|toileting|self-care|self "
     "care|independent|"
     "dependent|needs assistance|needs help|w/ assistance|with assistance"},
    {CueRole, "function", "falls", "falls|fall|fell|falling|fall risk"},
    {CueRole, "function", "stairs", "stairs|climbing stairs|climb stairs|climbs stairs|steps"},
    {CueRole, "function", "chair",
     "chair|rising from chair|rises from chair|getting up from|get up from|out of a chair|out of chair|"
     "sit-to-stand|sit to stand|rising from a chair"},
    {CueRole, "function", "mobility",
     "cane|quad cane|walker|rollator|hemi-walker|wheelchair|ambulates|ambulation|ambulating|ambulate|walking|"
     "walk|walks|gait|mobility|transfers|bedbound|mobilize|balance"},
    {CueRole, "function", "lifting", "groceries|carry|carrying|lift|lifting|holding"},
    {CueRole, "objective", "strength-testing",
     "mmt|strength|grip strength|manual muscle testing|motor exam|motor strength|power|dynamometer|"
     "pronator drift|drift"},
    {CueRole, "objective", "reflexes", "dtrs|dtr|reflexes|reflex"},
    {CueRole, "objective", "muscle-exam", "atrophy|fasciculations|fasciculation|tone|muscle bulk|ptosis"},
    {CueRole, "objective", "tests",
     "emg|ncs|emg/ncs|nerve conduction|ck|cpk|aldolase|tug|berg|gait speed|decrement|rns|grip 14 kg"},
    // What makes a follow-up visit more than a copy of the last one (core/Progression.h).
    {CueRole, "progression", "worse",
     "now uses|now needs|now requires|now unable|can no longer|no longer able|new weakness|spread "
     "to|spreading"},
    {CueRole, "reevaluation", "tests",
     "ordered|order|new labs|labs|repeat labs|results|showed|shows|revealed|reveals|resulted|mri|ct|"
     "x-ray|ultrasound|spep|upep|lp|biopsy|tsh|cbc|cmp|bmp|esr|crp|b12|ferritin|repeat exam|"
     "re-examined|reexamined|re-evaluated|reevaluated|re-evaluation|reevaluation|work-up|workup"},
    {CueRole, "reevaluation", "referral",
     "referral|refer|referred|consult|consulted|neuro referral|pt referral|pt eval|urgent referral"},
    {CueRole, "reevaluation", "plan-change",
     "start|started|starting|begin|initiate|initiated|increase dose|increased|decrease dose|decreased|switch|"
     "switched|changed|change to|add|added|discontinue|discontinued|stop|stopped|taper|new plan|new "
     "medication"},
    {CueRole, "exertion-level", "excessive",
     "excessive|excessively|extreme|extremely|strenuous|overexertion|beyond usual|unaccustomed"},
    {CueRole, "exertion-level", "normal",
     "normal|expected|usual|typical|ordinary|physiologic|physiological"},
    // An Excludes1 exception: the provider says the two conditions are unrelated.
    {CueRole, "relation", "unrelated",
     "unrelated|not related to|independent of|separate problem|separate condition|separate issue"},
};

template <std::size_t N> void append(QList<Lexicon::Entry>& out, const Lexicon::Entry (&table)[N])
{
    for (const Lexicon::Entry& e : table)
        out.append(e);
}

} // namespace

QList<Lexicon::Entry> vocabulary()
{
    QList<Lexicon::Entry> out;
    append(out, kMentions);
    append(out, kDiagnoses);
    append(out, kTriggers);
    append(out, kCues);
    return out;
}

} // namespace wcw::note
