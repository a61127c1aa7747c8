/**
 * Learn: short articles in our own words, each with the sources a reader can check (author, year,
 * title). English and Spanish side by side, so a missing translation is a test failure. Bundled with
 * the app, so they read offline.
 */

export type Topic = "myths" | "tips" | "caregivers" | "research";
export const topics: readonly Topic[] = ["myths", "tips", "caregivers", "research"];

export interface Article {
  readonly id: string;
  readonly topic: Topic;
  readonly title: { readonly en: string; readonly es: string };
  readonly body: { readonly en: readonly string[]; readonly es: readonly string[] };
  readonly sources: readonly string[];
}

export const articles: readonly Article[] = [
  {
    id: "birth-and-bond",
    topic: "myths",
    title: {
      en: "Myth: giving birth makes the bond",
      es: "Mito: el parto crea el vínculo",
    },
    body: {
      en: [
        "A baby's attachment grows over the first year, out of thousands of ordinary moments of care: being fed, held, talked to, soothed. Birth starts that story; it does not finish it.",
        "In the 1970s, some researchers proposed a short 'critical period' after birth for bonding. Later studies did not find one: parents who were separated from their baby at first, adoptive parents, fathers and foster carers all build secure bonds.",
        "Early skin-to-skin is good for babies and parents, and worth doing when you can. If it did not happen, nothing is lost that you cannot build now.",
      ],
      es: [
        "El apego de un bebé crece durante el primer año, a partir de miles de momentos corrientes de cuidado: comer, estar en brazos, que le hablen, que le calmen. El parto empieza esa historia; no la termina.",
        "En los años setenta se propuso un breve «periodo crítico» tras el parto para el vínculo. Estudios posteriores no lo encontraron: padres separados de su bebé al principio, padres adoptivos, padres varones y familias de acogida crean vínculos seguros.",
        "El piel con piel temprano es bueno para bebés y padres, y vale la pena cuando se puede. Si no ocurrió, no se ha perdido nada que no puedas construir ahora.",
      ],
    },
    sources: [
      "Bowlby J (1969). Attachment and Loss, Vol. 1: Attachment. Basic Books.",
      "Eyer DE (1992). Mother–Infant Bonding: A Scientific Fiction. Yale University Press.",
      "van IJzendoorn MH, Juffer F (2006). Adoption as intervention. J Child Psychol Psychiatry 47:1228–1245.",
      "Moore ER et al. (2016). Early skin-to-skin contact for mothers and their healthy newborn infants. Cochrane Review.",
    ],
  },
  {
    id: "love-and-attachment",
    topic: "myths",
    title: { en: "Love and attachment are not the same", es: "Amor y apego no son lo mismo" },
    body: {
      en: [
        "Love is what you feel for your baby. Attachment is something in the baby: the growing confidence that a particular person will come when they are upset, and is a safe base to explore from.",
        "You can love your baby deeply and still feel unsure how to read them; and love can take time to arrive, especially after a hard birth or with depression. Neither means the bond is failing.",
        "What builds attachment is the pattern of care over time: noticing, responding, and coming back after a miss.",
      ],
      es: [
        "El amor es lo que sientes por tu bebé. El apego está en el bebé: la confianza creciente en que una persona concreta vendrá cuando lo pase mal, y en que es una base segura desde la que explorar.",
        "Puedes querer muchísimo a tu bebé y aun así no saber leerlo; y el amor puede tardar en llegar, sobre todo tras un parto difícil o con depresión. Ninguna de las dos cosas significa que el vínculo falle.",
        "Lo que construye el apego es el patrón de cuidado a lo largo del tiempo: notar, responder y volver después de un desajuste.",
      ],
    },
    sources: [
      "Bowlby J (1969). Attachment and Loss, Vol. 1: Attachment. Basic Books.",
      "Cassidy J, Shaver PR, eds. (2016). Handbook of Attachment, 3rd ed. Guilford Press.",
    ],
  },
  {
    id: "every-cue",
    topic: "myths",
    title: { en: "You don't have to read every cue", es: "No tienes que entender cada señal" },
    body: {
      en: [
        "Studies filming parents and babies face to face found that they are in step only about a third of the time. Most moments are small mismatches: the parent offers a feed and the baby wanted to be held.",
        "What matters is what happens next. When a parent notices that something is not working and tries again, the baby learns that upsets get mended. These repairs are thought to be at the heart of a secure bond.",
        "So a missed cue is not a failure. Trying again is the skill.",
      ],
      es: [
        "Estudios que grabaron a padres y bebés cara a cara encontraron que solo están en sintonía más o menos un tercio del tiempo. La mayoría de los momentos son pequeños desajustes: el padre ofrece comer y el bebé quería brazos.",
        "Lo que importa es lo que pasa después. Cuando un padre nota que algo no funciona y lo intenta de otra forma, el bebé aprende que los malestares se arreglan. Se piensa que estas reparaciones están en el centro de un vínculo seguro.",
        "Así que una señal no entendida no es un fracaso. Volver a intentarlo es la habilidad.",
      ],
    },
    sources: [
      "Tronick EZ, Gianino AF (1986). Interactive mismatch and repair. Zero to Three 6(3):1–6.",
      "Tronick E (1989). Emotions and emotional communication in infants. Am Psychol 44:112–119.",
    ],
  },
  {
    id: "spoiling",
    topic: "myths",
    title: { en: "Responding doesn't spoil a baby", es: "Responder no malcría a un bebé" },
    body: {
      en: [
        "Young babies cry to communicate, not to manipulate: they cannot yet plan that way. There is no good evidence that picking up or comforting a baby in the first months makes it cry more later.",
        "Across many studies, caregivers who notice and respond to their baby's signals more often tend to have babies who are more securely attached. The link is real but modest: many things shape a baby.",
        "Responding does not mean responding instantly every time, or never putting the baby down. It means the baby learns that someone usually comes.",
      ],
      es: [
        "Los bebés pequeños lloran para comunicarse, no para manipular: todavía no pueden planear así. No hay buena evidencia de que tomarlos en brazos o consolarlos en los primeros meses les haga llorar más después.",
        "En muchos estudios, las personas cuidadoras que notan y responden más a menudo a las señales de su bebé tienden a tener bebés con un apego más seguro. La relación es real pero modesta: muchas cosas influyen en un bebé.",
        "Responder no significa hacerlo al instante cada vez, ni no dejarlo nunca. Significa que el bebé aprende que normalmente alguien viene.",
      ],
    },
    sources: [
      "De Wolff MS, van IJzendoorn MH (1997). Sensitivity and attachment: a meta-analysis. Child Dev 68:571–591.",
      "Bell SM, Ainsworth MDS (1972). Infant crying and maternal responsiveness. Child Dev 43:1171–1190.",
    ],
  },
  {
    id: "two-way",
    topic: "myths",
    title: { en: "Attachment is two-way", es: "El apego va en dos direcciones" },
    body: {
      en: [
        "Babies are not passive. They look, look away, coo, fuss and settle, and in doing so they steer the interaction as much as you do.",
        "Some babies signal loudly and clearly; others quietly or in ways that are easy to miss. Temperament differs from birth, so what works with one baby, or what a relative swears by, may not suit yours.",
        "Your own state matters too: a calm voice and body help a baby calm, and tiredness or stress make reading cues harder for anyone.",
      ],
      es: [
        "Los bebés no son pasivos. Miran, apartan la mirada, hacen gorgoritos, protestan y se calman, y con eso dirigen la interacción tanto como tú.",
        "Algunos bebés dan señales fuertes y claras; otros, suaves o fáciles de pasar por alto. El temperamento es distinto desde el nacimiento, así que lo que funciona con otro bebé, o lo que jura un familiar, puede no servir con el tuyo.",
        "Tu estado también cuenta: una voz y un cuerpo tranquilos ayudan al bebé a calmarse, y el cansancio o el estrés dificultan leer señales a cualquiera.",
      ],
    },
    sources: [
      "Tronick E (1989). Emotions and emotional communication in infants. Am Psychol 44:112–119.",
      "Feldman R (2007). Parent–infant synchrony and the construction of shared timing. J Child Psychol Psychiatry 48:329–354.",
    ],
  },
  {
    id: "several-caregivers",
    topic: "myths",
    title: { en: "Babies bond with several people", es: "Los bebés se vinculan con varias personas" },
    body: {
      en: [
        "A baby can form attachments to several caregivers: parents, grandparents, a regular childminder. Most babies do, and this is a strength, not a dilution.",
        "Babies often have a preferred person when upset, usually whoever does most of the care at that time, and that can change. It says nothing about how much each person is loved.",
        "What helps is that each regular caregiver is responsive and reasonably consistent. Sharing what works — this app's guide is for that — makes handovers easier for the baby.",
      ],
      es: [
        "Un bebé puede vincularse con varias personas que lo cuidan: madre, padre, abuelos, una cuidadora habitual. La mayoría lo hace, y es una fortaleza, no una dilución.",
        "Cuando lo pasan mal, los bebés suelen preferir a una persona, normalmente quien más le cuida en ese momento, y eso puede cambiar. No dice nada de cuánto se quiere a cada uno.",
        "Lo que ayuda es que cada cuidador habitual responda y sea razonablemente constante. Compartir lo que funciona —para eso está la guía de esta app— facilita los relevos para el bebé.",
      ],
    },
    sources: [
      "Schaffer HR, Emerson PE (1964). The development of social attachments in infancy. Monogr Soc Res Child Dev 29(3).",
      "Lamb ME, ed. (2010). The Role of the Father in Child Development, 5th ed. Wiley.",
    ],
  },
  {
    id: "reading-cues",
    topic: "tips",
    title: { en: "Reading your baby's cues", es: "Leer las señales de tu bebé" },
    body: {
      en: [
        "Early hunger cues come before crying: rooting, turning towards the breast, hands to mouth. Crying is a late sign; feeding is easier before it.",
        "Tiredness often shows as staring, looking away, yawning, rubbing eyes, jerky movements. Too much going on can look similar: turning away, arching, hiccups.",
        "The sound of a cry alone does not reliably tell you its cause; context helps more: how long since the last feed or sleep, what just happened. Note what you see, guess, try, and watch what happens. Over weeks your own baby's patterns emerge.",
      ],
      es: [
        "Las primeras señales de hambre llegan antes del llanto: buscar con la boca, girarse hacia el pecho, llevarse las manos a la boca. El llanto es una señal tardía; dar de comer es más fácil antes.",
        "El cansancio suele verse en mirada fija, apartar la mirada, bostezos, frotarse los ojos, movimientos bruscos. El exceso de estímulos puede parecerse: girarse, arquearse, hipo.",
        "El sonido del llanto por sí solo no dice con fiabilidad su causa; ayuda más el contexto: cuánto hace de la última toma o siesta, qué acaba de pasar. Anota lo que ves, supón, prueba y observa. Con las semanas aparecen los patrones de tu bebé.",
      ],
    },
    sources: [
      "Shloim N et al. (2018). Infant hunger and satiety cues during the first two years of life. Appetite 128:303–310.",
      "Gustafson GE, Wood RM, Green JA (2000). Can we hear the causes of infants' crying? In: Crying as a Sign, a Symptom, and a Signal. Mac Keith Press.",
    ],
  },
  {
    id: "sleep-and-feeding",
    topic: "tips",
    title: { en: "Sleep and feeding, without charts", es: "Sueño y alimentación, sin tablas" },
    body: {
      en: [
        "Newborns usually feed 8 to 12 times in 24 hours, often in clusters in the evening. Feeding on cues rather than by the clock suits most babies.",
        "Sleep needs vary widely. Tables of 'wake windows' by age are popular but have little research behind them; your own baby's rhythm, which this app learns, is a better guide.",
        "For every sleep: on the back, on a firm flat surface of their own, in the same room as you for the first months, with nothing soft in the cot.",
      ],
      es: [
        "Los recién nacidos suelen comer de 8 a 12 veces en 24 horas, a menudo agrupadas por la tarde-noche. Dar de comer según sus señales y no por el reloj va bien a la mayoría.",
        "Las necesidades de sueño varían mucho. Las tablas de «ventanas de vigilia» por edad son populares pero tienen poca investigación detrás; el ritmo de tu propio bebé, que esta app aprende, es mejor guía.",
        "En cada sueño: boca arriba, sobre una superficie firme y plana propia, en tu misma habitación los primeros meses, sin nada blando en la cuna.",
      ],
    },
    sources: [
      "American Academy of Pediatrics, HealthyChildren.org: How often and how much should your baby eat?",
      "AAP (2022). Sleep-related infant deaths: updated 2022 recommendations. Pediatrics 150:e2022057990.",
      "Paruthi S et al. (2016). Recommended amount of sleep for pediatric populations (AASM). J Clin Sleep Med 12:785–786.",
    ],
  },
  {
    id: "play",
    topic: "tips",
    title: { en: "Play is conversation", es: "Jugar es conversar" },
    body: {
      en: [
        "For a baby, play is mostly back-and-forth: they look or coo, you answer with a face or a sound, they answer back. This 'serve and return' is how early communication grows.",
        "Follow their lead and watch for 'enough': looking away, arching, fussing, yawning or hiccups mean a pause. Short, frequent moments beat long sessions.",
        "Tummy time, reading aloud, singing and going outside all count. No special toys are needed; your face is the best one.",
      ],
      es: [
        "Para un bebé, jugar es sobre todo ir y venir: mira o hace un sonido, tú respondes con una cara o un sonido, y vuelve a responder. Este «servir y devolver» es como crece la comunicación temprana.",
        "Sigue su iniciativa y atiende a las señales de «ya basta»: apartar la mirada, arquearse, protestar, bostezar o el hipo piden una pausa. Mejor momentos cortos y frecuentes que sesiones largas.",
        "Boca abajo, leer en voz alta, cantar y salir fuera cuentan. No hacen falta juguetes especiales; tu cara es el mejor.",
      ],
    },
    sources: [
      "Center on the Developing Child, Harvard University (2012). Serve and return.",
      "WHO (2019). Guidelines on physical activity, sedentary behaviour and sleep for children under 5 years of age.",
    ],
  },
  {
    id: "calming-yourself",
    topic: "tips",
    title: { en: "Calming yourself first", es: "Calmarte primero" },
    body: {
      en: [
        "A crying baby raises your heart rate and stress; that is how we are made. Babies notice tension in the body that holds them.",
        "A slow breath out, longer than the breath in, is one of the quickest ways to settle your own body. The one-minute exercise in this app uses four in, six out.",
        "If the crying goes on and you feel at your limit, put the baby down safely on their back in the cot and step away for a few minutes. Never shake a baby. Call someone.",
      ],
      es: [
        "Un bebé que llora te acelera el corazón y el estrés; así estamos hechos. Los bebés notan la tensión del cuerpo que los sostiene.",
        "Una espiración lenta, más larga que la inspiración, es de las formas más rápidas de calmar tu cuerpo. El ejercicio de un minuto de esta app usa cuatro para inspirar y seis para espirar.",
        "Si el llanto sigue y estás al límite, deja al bebé boca arriba en la cuna, seguro, y aléjate unos minutos. Nunca sacudas a un bebé. Llama a alguien.",
      ],
    },
    sources: [
      "Zaccaro A et al. (2018). How breath-control can change your life: a systematic review on psycho-physiological correlates of slow breathing. Front Hum Neurosci 12:353.",
      "ICON (2016). Babies cry, you can cope. iconcope.org.",
    ],
  },
  {
    id: "support",
    topic: "tips",
    title: { en: "Getting support is part of the job", es: "Pedir apoyo es parte del trabajo" },
    body: {
      en: [
        "Exhaustion, stress and isolation make it harder for anyone to read a baby. Looking after yourself is looking after your baby.",
        "Share the nights so each adult gets one long stretch of sleep; accept offers of help with specific tasks; keep a few numbers at hand.",
        "Low mood or anxiety that lasts more than two weeks is common after a baby, in mothers and fathers, and it is treatable. The self-checks in this app can help you put it into words for a doctor.",
      ],
      es: [
        "El agotamiento, el estrés y el aislamiento hacen más difícil para cualquiera entender a un bebé. Cuidarte es cuidar a tu bebé.",
        "Reparte las noches con quien cuida contigo para que cada persona duerma un buen rato seguido; acepta ayuda con tareas concretas; ten a mano algunos números.",
        "El ánimo bajo o la ansiedad que duran más de dos semanas son frecuentes tras un bebé, en madres y padres, y tienen tratamiento. Las autoevaluaciones de esta app pueden ayudarte a explicarlo a un médico.",
      ],
    },
    sources: [
      "NICE CG192 (2014, updated 2020). Antenatal and postnatal mental health.",
      "Paulson JF, Bazemore SD (2010). Prenatal and postpartum depression in fathers. JAMA 303:1961–1969.",
    ],
  },
  {
    id: "fathers-and-others",
    topic: "caregivers",
    title: {
      en: "For fathers and other main carers",
      es: "Para padres y otras personas cuidadoras principales",
    },
    body: {
      en: [
        "Everything in this app applies to whoever does the caring: fathers, co-mothers, grandparents, foster and adoptive parents. Babies form secure attachments to fathers too. In studies, a father who responds sensitively tends to have a baby who is more securely attached to him, but the link found is weaker than for mothers (Lucassen and colleagues, 2011), and research on what else matters with fathers, such as play, is still young.",
        "Fathers can have depression after a baby too — about one in ten in studies — and it often goes unnoticed. The check-ins and self-checks are for you as much as anyone.",
        "If you are the main carer, you may hear advice addressed to 'mum'. Read it as addressed to you.",
      ],
      es: [
        "Todo lo de esta app vale para quien cuida: padres, otras madres, abuelas y abuelos, familias de acogida y adoptivas. Los bebés también crean apegos seguros con sus padres. En los estudios, cuando el padre responde con sensibilidad, el bebé suele tener un apego más seguro con él, pero esa relación es más débil que en las madres (Lucassen y colaboradores, 2011), y la investigación sobre qué más importa con los padres, como el juego, aún es reciente.",
        "Los padres también pueden tener depresión tras un bebé —alrededor de uno de cada diez en los estudios— y a menudo pasa desapercibida. Las anotaciones sobre ti y las autoevaluaciones son tan tuyas como de cualquiera.",
        "Si eres el cuidador principal, oirás consejos dirigidos a «mamá». Léelos como dirigidos a ti.",
      ],
    },
    sources: [
      "Lucassen N et al. (2011). The association between paternal sensitivity and infant–father attachment security: a meta-analysis. J Fam Psychol 25:986–992.",
      "Paulson JF, Bazemore SD (2010). Prenatal and postpartum depression in fathers. JAMA 303:1961–1969.",
    ],
  },
  {
    id: "what-research-shows",
    topic: "research",
    title: {
      en: "What research does and doesn't show",
      es: "Lo que la investigación muestra y lo que no",
    },
    body: {
      en: [
        "It shows that responsive care is linked to more secure attachment, and that programmes helping parents notice and respond to cues can improve that. The effects are real but modest: no single thing decides how a child turns out.",
        "It shows that secure attachment is associated, again modestly, with later social skills and fewer behaviour problems, and that attachment can change with circumstances.",
        "It does not show that an app or anyone can translate a cry, that age charts of wake windows are precise, or that one missed moment, or a hard start, does lasting harm. Attune shows its guesses with their uncertainty for that reason.",
      ],
      es: [
        "Muestra que el cuidado sensible se asocia a un apego más seguro, y que los programas que ayudan a los padres a notar y responder a las señales pueden mejorarlo. Los efectos son reales pero modestos: ninguna cosa sola decide cómo será un niño.",
        "Muestra que el apego seguro se asocia, también de forma modesta, con mejores habilidades sociales y menos problemas de conducta después, y que el apego puede cambiar con las circunstancias.",
        "No muestra que una app ni nadie pueda traducir un llanto, que las tablas de ventanas de vigilia por edad sean precisas, ni que un momento perdido, o un comienzo difícil, cause un daño duradero. Por eso Attune muestra sus suposiciones con su incertidumbre.",
      ],
    },
    sources: [
      "Bakermans-Kranenburg MJ, van IJzendoorn MH, Juffer F (2003). Less is more: meta-analyses of sensitivity and attachment interventions in early childhood. Psychol Bull 129:195–215.",
      "Groh AM et al. (2017). Attachment in the early life course: meta-analytic evidence for its role in socioemotional development. Child Dev Perspect 11:70–76.",
      "Gustafson GE, Wood RM, Green JA (2000). Can we hear the causes of infants' crying? Mac Keith Press.",
    ],
  },
];

export const articleById = (id: string): Article | undefined => articles.find((a) => a.id === id);
