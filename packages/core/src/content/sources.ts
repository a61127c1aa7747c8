/**
 * Every source Attune's health statements rest on, by id: author or body, year, title — enough for
 * a reader to find it. Content names a source by its id (`SourceId`), so a statement cannot point
 * at a source that is not here (the type checker and content.test.ts say so).
 */
export const sources = {
  niceNg143: "NICE NG143 (2019, updated 2021). Fever in under 5s: assessment and initial management",
  aapFever: "AAP, HealthyChildren.org (2022). Fever and your baby",
  niceCg192: "NICE CG192 (2014, updated 2020). Antenatal and postnatal mental health",
  niceCg98: "NICE CG98 (2010, updated 2016). Jaundice in newborn babies under 28 days",
  nhsJaundice: "NHS (2023). Jaundice in newborns",
  cldfYellowAlert: "Children's Liver Disease Foundation. Yellow Alert: stool colour chart",
  nhsNappy: "NHS, Start for Life. What's in your baby's nappy?",
  nhsBloodInPoo: "NHS (2023). Blood in poo",
  nsf2015:
    "Hirshkowitz M et al. (2015). National Sleep Foundation's sleep time duration recommendations. Sleep Health 1:40–43",
  aasm2016:
    "Paruthi S et al. (2016). Recommended amount of sleep for pediatric populations. J Clin Sleep Med 12:785–786",
  aapFeeding: "AAP, HealthyChildren.org (2022). How often and how much should your baby eat?",
  nhsEnoughMilk: "NHS (2023). Is my baby getting enough milk?",
  rcpchGrowth: "RCPCH (2013). UK-WHO growth charts 0–4 years: guidance for health professionals",
  whoGrowth: "WHO Multicentre Growth Reference Study Group (2006). WHO Child Growth Standards",
  abaCluster: "Australian Breastfeeding Association. Cluster feeding and fussing babies",
  rcnTiredSigns: "Raising Children Network (Australia). Tired signs in babies and young children",
  aapVision: "AAP, HealthyChildren.org. Baby's vision development: your baby's first year",
  aapCorrectedAge: "AAP, HealthyChildren.org. Corrected age for preemies",
  whoPreterm2022: "WHO (2022). Recommendations for care of the preterm or low-birth-weight infant",
  cochraneKmc2016:
    "Conde-Agudelo A, Díaz-Rossello JL (2016). Kangaroo mother care to reduce morbidity and mortality in low birthweight infants. Cochrane Review",
  korja2012:
    "Korja R, Latva R, Lehtonen L (2012). The effects of preterm birth on mother–infant interaction and attachment during the infant's first two years. Acta Obstet Gynecol Scand 91:164–173",
  dozier2006:
    "Dozier M et al. (2006). Developing evidence-based interventions for foster children. J Soc Issues 62:765–783",
  aapDevelopment2020:
    "Lipkin PH, Macias MM (2020). Promoting optimal development: identifying infants and young children with developmental disorders through developmental surveillance and screening. Pediatrics 145:e20193449",
  aapSafeSleep2022:
    "Moon RY et al. (2022). Sleep-related infant deaths: updated 2022 recommendations. Pediatrics 150:e2022057990",
  harvardStress2016:
    "Center on the Developing Child, Harvard University (2016). From best practices to breakthrough impacts",
  roisman2002:
    "Roisman GI et al. (2002). Earned-secure attachment status in retrospect and prospect. Child Dev 73:1204–1219",
  wolke2017:
    "Wolke D, Bilgin A, Samara M (2017). Systematic review and meta-analysis: fussing and crying durations and prevalence of colic in infants. J Pediatr 185:55–61",
  aapColic: "AAP, HealthyChildren.org. Colic relief tips for parents",
  wessel1954:
    "Wessel MA, Cobb JC, Jackson EB, Harris GS, Detwiler AC (1954). Paroxysmal fussing in infancy, sometimes called colic. Pediatrics 14:421–435",
  aapTeething: "AAP, HealthyChildren.org. Teething: 4 to 7 months",
  degangi2000:
    "DeGangi GA, Breinbauer C, Roosevelt JD, Porges S, Greenspan S (2000). Prediction of childhood problems at three years in children experiencing disorders of regulation during infancy. Infant Ment Health J 21:156–175",
  anisfeld1990:
    "Anisfeld E, Casper V, Nozyce M, Cunningham N (1990). Does infant carrying promote attachment? An experimental study of the effects of increased physical contact on the development of attachment. Child Dev 61:1617–1627",
  tronick1986:
    "Tronick EZ, Gianino AF (1986). Interactive mismatch and repair: challenges to the coping infant. Zero to Three 6(3):1–6",
  whoIpv2013: "WHO (2013). Responding to intimate partner violence and sexual violence against women",
  whoActivity2019:
    "WHO (2019). Guidelines on physical activity, sedentary behaviour and sleep for children under 5 years of age",
  harvardServeReturn: "Center on the Developing Child, Harvard University. Serve and return",
  aapReading2014:
    "High PC, Klass P (2014). Literacy promotion: an essential component of primary care pediatric practice. Pediatrics 134:404–409",
} as const;

export type SourceId = keyof typeof sources;

export const sourceText = (id: SourceId): string => sources[id];
