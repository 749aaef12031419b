/**
 * Italian (it), written for Italian readers, not translated phrase by phrase. The reader is addressed as
 * «tu»; the framing sentences name sign qualities as nouns ("l'audacia, la franchezza") so that they need
 * no agreement, and where the corpus must agree an adjective with the reader it uses the generic masculine.
 * Decimal counts use a comma.
 */
import type { Planet, Sign } from '../types';
import type { Corpus, Locale, Names } from './locale';

const names: Names = {
  planets: {
    sun: 'Sole',
    moon: 'Luna',
    mercury: 'Mercurio',
    venus: 'Venere',
    mars: 'Marte',
    jupiter: 'Giove',
    saturn: 'Saturno',
    uranus: 'Urano',
    neptune: 'Nettuno',
    pluto: 'Plutone',
  },
  points: {
    mean_node: 'Nodo medio',
    true_node: 'Nodo vero',
    south_node: 'Nodo sud',
    mean_lilith: 'Lilith media',
    true_lilith: 'Lilith vera',
    chiron: 'Chirone',
    part_of_fortune: 'Parte di Fortuna',
    vertex: 'Vertice',
    east_point: 'Punto Est',
  },
  signs: {
    aries: 'Ariete',
    taurus: 'Toro',
    gemini: 'Gemelli',
    cancer: 'Cancro',
    leo: 'Leone',
    virgo: 'Vergine',
    libra: 'Bilancia',
    scorpio: 'Scorpione',
    sagittarius: 'Sagittario',
    capricorn: 'Capricorno',
    aquarius: 'Acquario',
    pisces: 'Pesci',
  },
  aspects: {
    conjunction: 'congiunzione',
    opposition: 'opposizione',
    trine: 'trigono',
    square: 'quadratura',
    sextile: 'sestile',
    quincunx: 'quinconce',
    semi_sextile: 'semisestile',
    semi_square: 'semiquadrato',
    sesquiquadrate: 'sesquiquadrato',
    quintile: 'quintile',
    bi_quintile: 'biquintile',
    septile: 'settile',
    bi_septile: 'bisettile',
    tri_septile: 'trisettile',
    novile: 'novile',
    bi_novile: 'binovile',
    quadri_novile: 'quadrinovile',
    parallel: 'parallelo',
    contra_parallel: 'controparallelo',
  },
  angles: {
    ascendant: 'Ascendente',
    midheaven: 'Medio Cielo',
    descendant: 'Discendente',
    imum_coeli: 'Fondo Cielo',
  },
  elements: { fire: 'fuoco', earth: 'terra', air: 'aria', water: 'acqua' },
  modalities: { cardinal: 'cardinale', fixed: 'fissa', mutable: 'mobile' },
  houseSystems: {
    placidus: 'Placido',
    koch: 'Koch',
    equal: 'uguali',
    whole_sign: 'a segno intero',
    porphyry: 'Porfirio',
    regiomontanus: 'Regiomontano',
    campanus: 'Campano',
    alcabitius: 'Alcabizio',
    morinus: 'Morino',
    topocentric: 'topocentriche',
  },
  ayanamsas: {
    lahiri: 'Lahiri',
    fagan_bradley: 'Fagan/Bradley',
    raman: 'Raman',
    krishnamurti: 'Krishnamurti',
  },
};

const corpus: Corpus = {
  planetInSign: {
    sun: {
      aries:
        'La tua identità si accende con gli inizi: ti senti pienamente vivo quando avvii qualcosa, ti metti alla prova e affronti una sfida a viso aperto. Il coraggio ti viene naturale, e così l’impazienza; cresci quando impari che non tutte le battaglie hanno bisogno di te.',
      taurus:
        'La costanza è la tua forza tranquilla. Costruisci la tua identità come un giardiniere cura la terra, con pazienza e fiducia in ciò che matura col tempo, e dai il meglio quando la fedeltà a ciò che ami resta aperta al cambiamento.',
      gemini:
        'La curiosità è il motore della tua identità. Ti animi con le conversazioni, le idee e l’infinita varietà del mondo; la vera sfida non è trovare risposte, ma scegliere quali domande meritano tutta la tua attenzione.',
      cancer:
        'In fondo sei una persona che protegge e custodisce i ricordi. Casa, famiglia e appartenenza affettiva sono il terreno da cui nasce la tua fiducia, e la tua sensibilità, quando te ne fidi, ti permette di prenderti cura degli altri senza perderti.',
      leo: 'C’è in te un calore che vuole essere condiviso e visto. Creatività, gioco e generosità sono al centro del tuo modo di essere, e la fiducia duratura nasce quando crei per la gioia di creare e non per l’applauso.',
      virgo:
        'Ti conosci attraverso l’utilità, l’abilità e l’attenzione accurata. Dove altri vedono confusione, tu vedi ciò che si può migliorare; concederti la pazienza che dai al lavoro rende la tua esigenza un dono e non un peso.',
      libra:
        'Le relazioni sono lo specchio in cui scopri chi sei. Hai un fine senso dell’equilibrio, della giustizia e della bellezza, e cresci quando il tuo talento per l’armonia include anche i tuoi bisogni.',
      scorpio:
        'Intensità e profondità definiscono il tuo nucleo. Ti attira ciò che sta sotto la superficie delle persone e dei moventi, e la tua capacità di rinnovarti è notevole: ciò che spezzerebbe altri, col tempo, ti rende più forte.',
      sagittarius:
        'La tua identità cresce con l’orizzonte. Hai bisogno di senso, libertà e spazio per esplorare, sulla carta geografica come nel mondo delle idee, e il tuo ottimismo contagioso matura quando si appoggia all’esperienza.',
      capricorn:
        'Ti definisci attraverso ciò che costruisci e sostieni nel tempo. Ambizione, responsabilità e senso pratico ti danno una solidità che altri cercano; ricorda che anche tu meriti riposo e gioia lungo la strada.',
      aquarius:
        'La tua identità si forma nell’indipendenza e nello sguardo rivolto al futuro. Pensi con la tua testa, hai a cuore il bene comune e brilli quando la tua originalità serve qualcosa di più grande di te.',
      pisces:
        'Il tuo centro è poroso, compassionevole e immaginativo. Senti ciò che gli altri tacciono e l’invisibile ti commuove; quando custodisci i tuoi confini, questa sensibilità diventa ispirazione, arte e una profonda capacità di consolare.',
    },
    moon: {
      aries:
        'Le tue emozioni sono rapide, dirette e ardenti. Quando qualcosa ti scuote hai bisogno di agire, e la sicurezza ti viene dall’indipendenza; respirare prima di reagire ti risparmia molti incendi.',
      taurus:
        'Sul piano emotivo cerchi calma, stabilità e piaceri semplici. Il buon cibo, la natura e le abitudini familiari ti rasserenano, e il tuo affetto è profondo e leale, anche se i cambiamenti bruschi ti pesano.',
      gemini:
        'Elabori ciò che senti parlandone, scrivendolo o ragionandoci. Varietà e scambi ti fanno bene, e a volte conviene lasciare che un’emozione venga sentita prima di spiegarla.',
      cancer:
        'Il tuo mondo emotivo è ricco, protettivo e molto sensibile all’atmosfera. Hai bisogno di una casa e di legami in cui rifugiarti, e ti prendi cura degli altri con una tenerezza che nasce dalla memoria del cuore.',
      leo: 'Hai bisogno di sentirti amato, apprezzato e libero di esprimere ciò che porti dentro. Il tuo affetto è caldo e generoso, e ti ricarichi quando ti concedi di giocare, creare e festeggiare.',
      virgo:
        'Ti senti al sicuro quando le cose sono in ordine e puoi renderti utile. Ti prendi cura degli altri con gesti concreti, e accettare l’imperfezione, anche la tua, alleggerisce molto la tua vita interiore.',
      libra:
        'Hai bisogno di armonia, compagnia e gentilezza per stare in pace. Percepisci con finezza il clima di una relazione, e il tuo benessere cresce quando osi dire di che cosa hai bisogno.',
      scorpio:
        'Senti con un’intensità che pochi vedono. Hai bisogno di fiducia totale e di legami profondi, e anche se mostrarti vulnerabile ti costa, la tua forza di rinascere dopo una perdita è straordinaria.',
      sagittarius:
        'Sul piano emotivo hai bisogno di libertà, movimento e orizzonti aperti. L’umorismo e l’ottimismo ti sostengono, e ti senti a casa in ciò che dà senso alla tua vita.',
      capricorn:
        'Tendi a gestire le emozioni con riserbo e senso del dovere. Avere le cose sotto controllo ti rassicura, e imparare a chiedere sostegno non ti toglie forza: te la restituisce.',
      aquarius:
        'Hai bisogno di uno spazio tuo e di relazioni fondate sull’amicizia e sulla libertà. Osservi le tue emozioni con un certo distacco e ti senti a casa tra persone che accettano la tua unicità.',
      pisces:
        'La tua sensibilità emotiva è immensa, quasi senza confini. Assorbi gli stati d’animo di chi ti circonda, perciò la solitudine, la musica o la vicinanza dell’acqua ti aiutano a ritrovare il centro.',
    },
    mercury: {
      aries:
        'Pensi in fretta e parli senza giri di parole. La tua mente ama il confronto e le decisioni rapide, e guadagna profondità quando ascolti prima di rispondere.',
      taurus:
        'La tua mente è pratica, paziente e concreta. Impari ai tuoi ritmi, ma ciò che impari resta, e le tue opinioni ben radicate cambiano di rado senza buone ragioni.',
      gemini:
        'Hai una mente agile, curiosa e versatile. Colleghi le idee con facilità e ami le parole; la sfida è approfondire invece di saltare sempre all’argomento successivo.',
      cancer:
        'Pensi con la memoria e con il cuore. La tua intelligenza è intuitiva e protettiva, e ricordi non solo che cosa è stato detto, ma come ti ha fatto sentire.',
      leo: 'Ti esprimi con calore, convinzione e un certo senso della scena. Sai raccontare e convincere, e le tue parole brillano quando nascono dalla generosità.',
      virgo:
        'La tua mente è analitica, precisa e attenta ai dettagli. Trovi errori e soluzioni pratiche, purché non confondi la cura con la perfezione.',
      libra:
        'Pensi cercando l’equilibrio e vedi ogni lato di una questione. Parli con diplomazia, e la tua chiarezza cresce quando ti permetti di prendere posizione.',
      scorpio:
        'La tua mente indaga, sospetta e va a fondo. Cogli i moventi nascosti e non ti accontenti di risposte superficiali; ben usata, questa acutezza è un dono per capire.',
      sagittarius:
        'Pensi in grande, in termini di senso, filosofia e possibilità. Parli con franchezza ed entusiasmo, e le tue idee guadagnano quando scendono anche nei dettagli.',
      capricorn:
        'Il tuo pensiero è strutturato, realistico e orientato agli obiettivi. Pianifichi bene e parli con autorevolezza, e un po’ di elasticità mentale ti apre porte inattese.',
      aquarius:
        'Hai una mente originale, indipendente e spesso in anticipo sui tempi. Ti attirano le idee nuove e i sistemi, e vedi ciò che altri non immaginano ancora.',
      pisces:
        'La tua mente pensa per immagini, simboli e presentimenti. Sei più intuitivo che lineare, e le tue parole possono essere poetiche e guaritrici quando impari a radicarle.',
    },
    venus: {
      aries:
        'Ami con passione, franchezza e slancio. Ti attirano la conquista e la novità, e l’amore matura quando la scintilla iniziale diventa un impegno scelto.',
      taurus:
        'Ami con lealtà, sensualità e costanza. Apprezzi la bellezza concreta, le comodità e la stabilità, e offri un affetto su cui ci si può riposare.',
      gemini:
        'Per te l’amore comincia dalla conversazione. Hai bisogno di gioco, arguzia e varietà, e ti conquista una mente che stuzzica la tua curiosità.',
      cancer:
        'Ami prendendoti cura, proteggendo e creando un rifugio comune. Hai bisogno di sicurezza affettiva, e la tua tenerezza fiorisce nei legami in cui ti senti a casa.',
      leo: 'Ami con generosità, lealtà e un pizzico di teatro. Ti piace ammirare ed essere ammirato, e l’amore è per te una festa che merita grandi gesti.',
      virgo:
        'Dimostri l’amore con i fatti: attenzione, aiuto concreto e dettagli curati. Sei esigente negli affetti, e imparare a ricevere senza correggere rende più leggeri i tuoi legami.',
      libra:
        'Amore, bellezza e armonia sono al centro dei tuoi valori. Cerchi una relazione alla pari, fatta di eleganza e rispetto, e hai un talento innato per l’incontro.',
      scorpio:
        'Ami con intensità, profondità e desiderio di fusione. I legami tiepidi non ti interessano; la fiducia è tutto, e la tua dedizione può trasformare chi ami.',
      sagittarius:
        'Ami con libertà, umorismo e spirito d’avventura. Ti serve qualcuno che sia anche compagno di viaggio e di ricerca, e la noia è il tuo peggior nemico.',
      capricorn:
        'Ami con serietà, lealtà e uno sguardo lungo. Ti prendi il tuo tempo prima di impegnarti, e ciò che costruisci in amore è fatto per durare.',
      aquarius:
        'In amore dai valore all’amicizia, alla libertà e all’autenticità. Ti attirano le persone fuori dal comune, e hai bisogno di un legame che rispetti il tuo spazio e i tuoi ideali.',
      pisces:
        'Ami con compassione, romanticismo e una dedizione quasi senza limiti. Idealizzi facilmente; vedere l’altro com’è rende la tua tenerezza ancora più vera.',
    },
    mars: {
      aries:
        'La tua energia è diretta, coraggiosa e combattiva. Agisci in fretta e senza paura, e indirizzare questo fuoco verso obiettivi chiari evita che si consumi in scontri inutili.',
      taurus:
        'Agisci con pazienza, tenacia e una resistenza enorme. Parti lentamente, ma una volta in moto niente ti ferma; la sfida è non scambiare la fermezza per testardaggine.',
      gemini:
        'La tua energia passa per le parole e le idee. Porti avanti molte cose insieme e discuti con agilità, e concentrarti su pochi obiettivi moltiplica la tua efficacia.',
      cancer:
        'Agisci soprattutto per proteggere ciò che ami. La tua energia sale e scende con le emozioni, e dire la rabbia in modo diretto ti fa meglio che ingoiarla.',
      leo: 'Agisci con orgoglio, entusiasmo e cuore. Ti spinge il desiderio di creare e di brillare, e il tuo coraggio ispira gli altri quando non dipende dal loro applauso.',
      virgo:
        'La tua energia è metodica, precisa e laboriosa. Ti piace fare bene le cose e migliorarle, e riposare al momento giusto evita che l’esigenza verso te stesso ti sfinisca.',
      libra:
        'Agisci cercando l’accordo e la giustizia. Lo scontro diretto ti costa, ma difendi con fermezza ciò che è giusto, e saper dire di no è anche una forma di equilibrio.',
      scorpio:
        'La tua energia è intensa, strategica e instancabile. Persegui i tuoi obiettivi con una determinazione silenziosa e trasformi la pressione in forza quando la usi con integrità.',
      sagittarius:
        'Agisci con entusiasmo, franchezza e sete d’avventura. Le grandi cause e i viaggi ti muovono, e portare a termine ciò che inizi dà peso al tuo fuoco.',
      capricorn:
        'La tua energia è disciplinata, ambiziosa e molto efficace. Sai aspettare e lavorare con metodo, e raggiungi le mete passo dopo passo, con una costanza ammirevole.',
      aquarius:
        'Agisci in modo indipendente e spesso fuori dagli schemi. Le cause collettive e la libertà ti motivano, e la tua energia rende di più quando non combatti da solo contro tutto.',
      pisces:
        'La tua energia è fluida, intuitiva e sensibile all’atmosfera. Agisci meglio quando qualcosa ti ispira o ti commuove, e ti servono confini chiari per non disperderti.',
    },
    jupiter: {
      aries:
        'Cresci osando, prendendo l’iniziativa e aprendo strade. La fortuna ti accompagna quando agisci con coraggio, purché la fiducia non diventi temerarietà.',
      taurus:
        'La tua crescita passa per la pazienza, le risorse e il piacere di vivere. Sai far fruttare ciò che hai, e la tua generosità è concreta e tangibile.',
      gemini:
        'Cresci imparando, dialogando e collegando le idee. La curiosità ti apre porte, e il tuo ottimismo si trasmette attraverso le parole.',
      cancer:
        'La tua generosità si esprime nell’accogliere e nel prendersi cura. Casa e famiglia sono per te fonti di abbondanza, e la tua fiducia nella vita nasce dal sentirti protetto.',
      leo: 'Cresci esprimendoti con grandezza, creatività e cuore. La tua fiducia ispira gli altri, e la tua fortuna si allarga quando condividi la tua luce.',
      virgo:
        'La tua crescita passa per il lavoro ben fatto e il servizio. Trovi senso nel migliorare le cose, e i piccoli dettagli ti aprono grandi occasioni.',
      libra:
        'Cresci attraverso le relazioni, la collaborazione e la ricerca della giustizia. Attiri alleati con naturalezza, e il tuo senso dell’equità ti apre molte porte.',
      scorpio:
        'La tua crescita passa per la profondità e la trasformazione. Sai trovare risorse nascoste, e la tua fede si rafforza a ogni crisi che attraversi.',
      sagittarius:
        'Qui Giove è a casa sua: cresci viaggiando, studiando e cercando un senso. Il tuo ottimismo è ampio e sincero, e la tua visione ispira chi ti sta intorno.',
      capricorn:
        'Cresci attraverso l’impegno, la responsabilità e i risultati duraturi. Il tuo ottimismo è prudente, e la fortuna arriva come frutto di ciò che costruisci con pazienza.',
      aquarius:
        'La tua crescita passa per le idee nuove, l’amicizia e le cause collettive. Credi nel progresso, e la tua generosità si rivolge alla comunità.',
      pisces:
        'Cresci attraverso la compassione, l’immaginazione e la vita spirituale. La tua fede è ampia e profonda, e la tua bontà può essere un vero rifugio per gli altri.',
    },
    saturn: {
      aries:
        'La tua grande lezione riguarda l’iniziativa e la fiducia in te stesso. All’inizio forse esiti prima di agire, ma col tempo forgi un coraggio sereno e molto solido.',
      taurus:
        'Impari lentamente a sentirti al sicuro sul piano materiale e a riconoscere il tuo valore. Pazienza e disciplina con le risorse ti portano, negli anni, una stabilità vera.',
      gemini:
        'La tua lezione passa per la comunicazione e lo studio. Forse hai temuto di non essere all’altezza nel parlare o nell’imparare, ma questa serietà fa di te una mente rigorosa.',
      cancer:
        'La tua sfida è nella vita affettiva e familiare. Forse hai imparato presto a proteggerti, e col tempo scopri che aprirti è la base di una sicurezza vera.',
      leo: 'Impari a esprimerti e a brillare senza temere il giudizio. La fiducia creativa arriva tardi ma salda, e la tua autorevolezza nasce dall’autenticità.',
      virgo:
        'La tua lezione riguarda il lavoro, la salute e l’esigenza. Sei molto responsabile, e lasciare andare il perfezionismo ti rende ancora più efficace.',
      libra:
        'Le relazioni sono la tua grande scuola. Prendi gli impegni molto sul serio e col tempo costruisci legami giusti, maturi e duraturi.',
      scorpio:
        'La tua lezione passa per la fiducia, l’intimità e il potere. Lasciare la presa ti costa, e proprio facendolo scopri una forza interiore molto profonda.',
      sagittarius:
        'La tua sfida è nelle convinzioni e nella ricerca di senso. Metti in dubbio le risposte facili e negli anni costruisci una filosofia tua, solida e vissuta.',
      capricorn:
        'Qui Saturno è a casa sua: hai disciplina, senso del dovere e pazienza per le mete lontane. La tua lezione è non portare tutto da solo.',
      aquarius:
        'Impari a conciliare libertà e responsabilità. Hai a cuore la collettività, e il tuo contributo matura quando dai forma concreta ai tuoi ideali.',
      pisces:
        'La tua lezione è dare forma all’invisibile: sogni, intuizioni e compassione. Ti servono confini chiari, e con essi la tua sensibilità diventa forza.',
    },
    uranus: {
      aries:
        'La tua generazione irrompe con slancio pionieristico e desiderio d’indipendenza. In te, Urano risveglia la voglia di aprire strade proprie e rompere con l’ordine costituito.',
      taurus:
        'La tua generazione rivoluziona il rapporto con il denaro, le risorse e la natura. In te nasce il desiderio di cambiare le basi materiali della vita.',
      gemini:
        'La tua generazione trasforma la comunicazione e il modo di imparare. In te, Urano porta idee brillanti, irrequiete e spesso sorprendenti.',
      cancer:
        'La tua generazione reinventa la famiglia e la casa. In te, Urano chiede libertà anche nei legami più intimi.',
      leo: 'La tua generazione cerca un’espressione personale libera e originale. In te, Urano risveglia una creatività ribelle che non vuole imitare nessuno.',
      virgo:
        'La tua generazione rinnova il lavoro, la salute e i metodi. In te, Urano porta soluzioni ingegnose e un modo poco convenzionale di renderti utile.',
      libra:
        'La tua generazione ridefinisce la coppia e le relazioni. In te, Urano chiede legami alla pari, con spazio per la libertà di ciascuno.',
      scorpio:
        'La tua generazione scuote i tabù su potere, sesso e morte. In te, Urano porta un’intensità che vuole trasformare dalle radici.',
      sagittarius:
        'La tua generazione rivoluziona le convinzioni, i viaggi e il sapere. In te, Urano risveglia una sete di libertà intellettuale e di orizzonti nuovi.',
      capricorn:
        'La tua generazione riforma le strutture e le istituzioni. In te, Urano unisce ambizione e spirito innovatore per cambiare le regole dall’interno.',
      aquarius:
        'Qui Urano è nel suo segno: la tua generazione crede nella tecnologia, nella rete e nella collettività. In te brilla un’originalità spiccata.',
      pisces:
        'La tua generazione dissolve i confini con l’immaginazione e la spiritualità. In te, Urano porta intuizioni improvvise e ideali visionari.',
    },
    neptune: {
      aries:
        'La tua generazione sogna coraggio e nuovi inizi. In te, Nettuno ispira ideali d’azione e uno spirito pionieristico.',
      taurus:
        'La tua generazione idealizza la bellezza, la natura e la sicurezza materiale. In te, Nettuno risveglia una sensibilità artistica legata ai sensi.',
      gemini:
        'La tua generazione sogna attraverso le parole e l’informazione. In te, Nettuno porta un’immaginazione verbale feconda e talvolta dispersiva.',
      cancer:
        'La tua generazione idealizza la casa, la patria e la famiglia. In te, Nettuno porta nostalgia, tenerezza e un profondo desiderio di appartenenza.',
      leo: 'La tua generazione sogna l’amore romantico e la gloria creativa. In te, Nettuno ispira un’immaginazione teatrale e generosa.',
      virgo:
        'La tua generazione idealizza il servizio, la salute e il lavoro utile. In te, Nettuno porta una compassione pratica e una certa severità verso te stesso.',
      libra:
        'La tua generazione sogna la pace, l’armonia e la coppia ideale. In te, Nettuno risveglia il desiderio di relazioni belle e giuste.',
      scorpio:
        'La tua generazione esplora l’occulto, la psicologia e la trasformazione. In te, Nettuno porta un’intuizione profonda per ciò che non si dice.',
      sagittarius:
        'La tua generazione cerca senso in viaggi, filosofie e spiritualità lontane. In te, Nettuno ispira una fede ampia e aperta.',
      capricorn:
        'La tua generazione mette alla prova i suoi ideali nelle strutture e nelle istituzioni. In te, Nettuno chiede di dare ai sogni una forma realistica.',
      aquarius:
        'La tua generazione sogna un’umanità connessa e libera. In te, Nettuno risveglia ideali collettivi e visioni di futuro.',
      pisces:
        'Qui Nettuno è nel suo segno: la tua generazione vive una sensibilità spirituale e artistica vastissima. In te, compassione e immaginazione non hanno confini.',
    },
    pluto: {
      aries:
        'La tua generazione porta la trasformazione nell’identità e nella volontà. In te, Plutone dà una forza pionieristica capace di ripartire da zero.',
      taurus:
        'La tua generazione trasforma il rapporto con il possesso e le risorse. In te, Plutone dà una tenacia enorme verso ciò che consideri tuo.',
      gemini:
        'La tua generazione trasforma la parola e l’informazione. In te, Plutone porta una mente penetrante che cerca la verità dietro le parole.',
      cancer:
        'La tua generazione vive trasformazioni profonde nella famiglia e nella patria. In te, Plutone smuove le radici emotive e il senso della casa.',
      leo: 'La tua generazione trasforma l’espressione personale e il potere del singolo. In te, Plutone dà una volontà creativa intensa e magnetica.',
      virgo:
        'La tua generazione trasforma il lavoro, la salute e la tecnica. In te, Plutone porta la spinta a perfezionare e rigenerare il quotidiano.',
      libra:
        'La tua generazione trasforma la coppia, le relazioni e l’idea di giustizia. In te, Plutone fa dei legami un terreno di cambiamento profondo.',
      scorpio:
        'Qui Plutone è nel suo segno: la tua generazione affronta senza veli il potere, l’intimità e la morte. In te c’è un’intensità rigeneratrice.',
      sagittarius:
        'La tua generazione trasforma le convinzioni, l’insegnamento e la visione del mondo. In te, Plutone porta una ricerca appassionata della verità.',
      capricorn:
        'La tua generazione trasforma le strutture, l’autorità e le istituzioni. In te, Plutone dà un’ambizione profonda e la capacità di ricostruire.',
      aquarius:
        'La tua generazione trasforma la vita collettiva, la tecnologia e le reti. In te, Plutone porta una forza di cambiamento sociale e di reinvenzione.',
      pisces:
        'La tua generazione trasforma la spiritualità e l’immaginario collettivo. In te, Plutone dissolve vecchi confini e risveglia una compassione profonda.',
    },
  },
  planetInHouse: {
    sun: [
      'Con il Sole nella prima casa la tua presenza si nota: sei chiamato a prendere l’iniziativa e a mostrarti come sei.',
      'Nella seconda casa il Sole lega la tua identità a ciò che apprezzi e a ciò che costruisci con le tue mani; i tuoi talenti sono la tua ricchezza.',
      'Nella terza casa brilli attraverso la parola, lo studio e lo scambio di idee; la curiosità ti mantiene giovane.',
      'Con il Sole nella quarta casa la famiglia e le radici sono al centro della tua identità, e spesso sbocci con gli anni.',
      'Nella quinta casa il Sole mette al centro creatività, gioco e amore; godersi la vita per te è essenziale.',
      'Con il Sole nella sesta casa trovi il tuo scopo nel lavoro ben fatto, nel servizio e nella cura della salute.',
      'Nella settima casa la coppia e le relazioni sono il tuo specchio; la sfida è restare te stesso dentro il legame.',
      'Il Sole nell’ottava casa ti porta verso la profondità, l’intimità e la trasformazione; ogni crisi ti rende più forte.',
      'Con il Sole nella nona casa brilli quando esplori, studi e cerchi un senso oltre ciò che conosci.',
      'Nella decima casa la tua identità è legata alla vocazione e al ruolo pubblico; sei chiamato a fare qualcosa di visibile nel mondo.',
      'Con il Sole nell’undicesima casa brilli attraverso l’amicizia, i gruppi e gli ideali condivisi.',
      'Nella dodicesima casa il Sole si volge all’interno: la solitudine, l’immaginazione e la vita spirituale ti ricaricano.',
    ],
    moon: [
      'Con la Luna nella prima casa le tue emozioni si vedono subito, e l’umore colora il tuo modo di presentarti.',
      'Nella seconda casa la tua sicurezza emotiva dipende molto da quella materiale e da un ambiente confortevole.',
      'Con la Luna nella terza casa hai bisogno di parlare, scrivere o muoverti per elaborare ciò che senti.',
      'Nella quarta casa la famiglia e la casa sono il cuore del tuo mondo emotivo; ti serve un rifugio tutto tuo.',
      'Con la Luna nella quinta casa la creatività, il romanticismo e il gioco ti nutrono.',
      'Nella sesta casa una vita quotidiana ordinata e utile ti rassicura; il tuo corpo rispecchia le tue emozioni.',
      'Con la Luna nella settima casa la coppia ti completa, purché tu non assorba le emozioni dell’altro come fossero tue.',
      'Nell’ottava casa la tua vita emotiva è intensa e riservata, con una grande capacità di rinascere dopo le perdite.',
      'Con la Luna nella nona casa ti nutrono i viaggi, lo studio e la ricerca di senso.',
      'Nella decima casa la tua vita emotiva si mostra in pubblico; la vocazione può legarsi alla cura degli altri.',
      'Con la Luna nell’undicesima casa amici e gruppi sono la tua famiglia scelta e il tuo sostegno.',
      'Nella dodicesima casa le tue emozioni sono profonde e a volte nascoste persino a te; ti servono momenti di ritiro.',
    ],
    mercury: [
      'Con Mercurio nella prima casa pensi ad alta voce, e la mente vivace fa parte del tuo biglietto da visita.',
      'Nella seconda casa la tua mente si rivolge al concreto: il denaro può dipendere dalle tue idee e dalle tue parole.',
      'Con Mercurio nella terza casa comunicazione, studio e fratelli hanno un posto centrale nella tua vita.',
      'Nella quarta casa la tua mente si nutre della memoria familiare, e puoi lavorare o studiare da casa.',
      'Con Mercurio nella quinta casa pensi in modo creativo e ami i giochi di parole e le storie.',
      'Nella sesta casa la tua mente è metodica ed efficiente, fatta per organizzare, analizzare e risolvere.',
      'Con Mercurio nella settima casa pensi meglio nel dialogo e hai talento per negoziare e consigliare.',
      'Nell’ottava casa la tua mente indaga ciò che è nascosto e si appassiona alla psicologia e ai misteri.',
      'Con Mercurio nella nona casa ti appassionano le grandi idee, le lingue, i viaggi e l’insegnamento.',
      'Nella decima casa le tue parole e le tue idee fanno parte della vocazione e dell’immagine pubblica.',
      'Con Mercurio nell’undicesima casa le tue idee fioriscono in gruppo e nelle reti di persone affini.',
      'Nella dodicesima casa la tua mente è intuitiva e riservata; pensi meglio nel silenzio e nella solitudine.',
    ],
    venus: [
      'Con Venere nella prima casa hai un fascino naturale e una presenza gentile che attira gli altri.',
      'Nella seconda casa Venere favorisce il gusto per il bello, per le comodità e un buon rapporto con il denaro.',
      'Con Venere nella terza casa parli con grazia e ami i legami vicini e le conversazioni.',
      'Nella quarta casa Venere abbellisce la casa e scalda i legami familiari.',
      'Con Venere nella quinta casa romanticismo, arte e piacere occupano un posto privilegiato.',
      'Nella sesta casa Venere ti aiuta a trovare armonia nel lavoro e a prenderti cura di te con dolcezza.',
      'Con Venere nella settima casa la coppia è fonte di felicità, e hai un dono per la collaborazione.',
      'Nell’ottava casa Venere intensifica l’amore e l’intimità; i legami ti trasformano nel profondo.',
      'Con Venere nella nona casa ti incantano le terre lontane, le altre culture e le idee che allargano il tuo mondo.',
      'Nella decima casa Venere dà fascino alla tua immagine pubblica e può orientare la vocazione verso l’arte o le relazioni umane.',
      'Con Venere nell’undicesima casa l’amicizia è un pilastro della tua vita affettiva, e ti circondi di persone care.',
      'Nella dodicesima casa Venere rende il tuo amore discreto, compassionevole e talvolta segreto.',
    ],
    mars: [
      'Con Marte nella prima casa la tua energia si vede da lontano: sei diretto, attivo e a volte impaziente.',
      'Nella seconda casa Marte mette la tua energia al servizio del guadagno e della difesa di ciò che è tuo.',
      'Con Marte nella terza casa parli con forza e ami il confronto, ma conviene pesare le parole.',
      'Nella quarta casa la tua energia si concentra sulla casa e sulla famiglia, dove possono nascere tensioni e tanta attività.',
      'Con Marte nella quinta casa metti passione nell’amore, nello sport e nella creazione.',
      'Nella sesta casa lavori con energia ed efficienza; l’attività fisica ti aiuta a scaricare le tensioni.',
      'Con Marte nella settima casa le relazioni sono intense e a volte conflittuali; cerchi partner di carattere.',
      'Nell’ottava casa la tua energia è profonda e strategica, con grande forza nell’intimità e nelle crisi.',
      'Con Marte nella nona casa difendi le tue idee con ardore, e ti attirano l’avventura e i viaggi.',
      'Nella decima casa la tua ambizione è forte, e lotti con energia per la carriera e il riconoscimento.',
      'Con Marte nell’undicesima casa metti la tua energia al servizio dei gruppi e delle cause collettive.',
      'Nella dodicesima casa la tua energia agisce dietro le quinte; imparare a esprimere la rabbia evita che si rivolga contro di te.',
    ],
    jupiter: [
      'Con Giove nella prima casa irradi ottimismo e fiducia, e la vita spesso ti apre porte.',
      'Nella seconda casa Giove favorisce l’abbondanza materiale e un atteggiamento generoso verso il denaro.',
      'Con Giove nella terza casa impari con facilità, e le tue parole trasmettono entusiasmo.',
      'Nella quarta casa Giove dona una casa ampia e accogliente e un forte senso della famiglia.',
      'Con Giove nella quinta casa creatività, amore e figli sono fonti di gioia e di crescita.',
      'Nella sesta casa Giove porta occasioni attraverso il lavoro e il servizio agli altri.',
      'Con Giove nella settima casa le relazioni e le società ti portano vantaggi e ti fanno crescere.',
      'Nell’ottava casa Giove favorisce le risorse condivise e una grande capacità di rigenerarti.',
      'Con Giove nella nona casa sei nel tuo elemento: viaggiare, studiare e insegnare ti fanno crescere.',
      'Nella decima casa Giove favorisce il successo professionale e una buona reputazione.',
      'Con Giove nell’undicesima casa amici e reti ti portano occasioni e sostegno.',
      'Nella dodicesima casa Giove ti offre una protezione discreta e una ricca vita interiore e spirituale.',
    ],
    saturn: [
      'Con Saturno nella prima casa appari serio e responsabile; la fiducia in te stesso si costruisce col tempo.',
      'Nella seconda casa Saturno ti insegna a costruire la sicurezza materiale con pazienza e buona gestione.',
      'Con Saturno nella terza casa prendi sul serio la parola e lo studio, e acquisti autorevolezza comunicando.',
      'Nella quarta casa Saturno indica responsabilità familiari e la sfida di costruire una casa tua e sicura.',
      'Con Saturno nella quinta casa creatività e piacere richiedono apprendistato, ma maturano con solidità.',
      'Nella sesta casa Saturno ti rende disciplinato nel lavoro; curare la salute con costanza è fondamentale.',
      'Con Saturno nella settima casa ti impegni con serietà e cerchi relazioni stabili e mature.',
      'Nell’ottava casa Saturno ti insegna a fidarti e a condividere, e ti dà la forza di attraversare le crisi.',
      'Con Saturno nella nona casa cerchi un sapere solido e costruisci le tue convinzioni con rigore.',
      'Nella decima casa Saturno dona ambizione e senso del dovere; la tua carriera si costruisce passo dopo passo.',
      'Con Saturno nell’undicesima casa hai pochi amici ma fedeli, e ti assumi responsabilità nei gruppi.',
      'Nella dodicesima casa Saturno ti invita ad affrontare paure nascoste e a trovare forza nella solitudine.',
    ],
    uranus: [
      'Con Urano nella prima casa ti presenti in modo originale e imprevedibile, e hai bisogno di libertà.',
      'Nella seconda casa Urano porta alti e bassi economici e modi poco convenzionali di guadagnarti da vivere.',
      'Con Urano nella terza casa la tua mente è inventiva, e le tue idee sorprendono chi ti circonda.',
      'Nella quarta casa Urano porta cambiamenti in casa e una famiglia fuori dal comune.',
      'Con Urano nella quinta casa la tua creatività è originale e i tuoi amori sorprendenti.',
      'Nella sesta casa hai bisogno di libertà nel lavoro, e ti attirano i metodi innovativi.',
      'Con Urano nella settima casa cerchi relazioni libere e poco convenzionali, con spazio per ciascuno.',
      'Nell’ottava casa Urano porta trasformazioni improvvise e uno sguardo nuovo sull’intimità.',
      'Con Urano nella nona casa le tue convinzioni sono indipendenti, e ti attirano le idee d’avanguardia.',
      'Nella decima casa la tua carriera può prendere svolte inattese, e hai bisogno di libertà professionale.',
      'Con Urano nell’undicesima casa ti circondi di amici fuori dal comune e ti attirano i progetti collettivi innovativi.',
      'Nella dodicesima casa Urano porta intuizioni improvvise dall’inconscio.',
    ],
    neptune: [
      'Con Nettuno nella prima casa la tua presenza è sottile e sensibile, e gli altri proiettano su di te i loro sogni.',
      'Nella seconda casa Nettuno chiede chiarezza con il denaro, perché tendi a idealizzare le cose materiali.',
      'Con Nettuno nella terza casa la tua mente è immaginativa e poetica, a volte dispersiva.',
      'Nella quarta casa Nettuno tinge la casa di sogno e nostalgia; ti serve un rifugio quasi sacro.',
      'Con Nettuno nella quinta casa la tua creatività è ispirata e i tuoi amori romantici e idealizzati.',
      'Nella sesta casa Nettuno ti orienta verso un servizio compassionevole e ti rende sensibile sul piano della salute.',
      'Con Nettuno nella settima casa idealizzi il partner; conviene vedere l’altro com’è.',
      'Nell’ottava casa Nettuno porta un’intuizione profonda di ciò che è nascosto e invisibile.',
      'Con Nettuno nella nona casa la tua ricerca di senso è spirituale e mistica.',
      'Nella decima casa la tua vocazione può legarsi all’arte, all’aiuto agli altri o alla spiritualità.',
      'Con Nettuno nell’undicesima casa i tuoi ideali collettivi sono elevati e le amicizie a volte idealizzate.',
      'Nella dodicesima casa Nettuno è a casa sua: la tua vita interiore e spirituale è ricchissima.',
    ],
    pluto: [
      'Con Plutone nella prima casa la tua presenza è intensa e magnetica, e vivi profonde trasformazioni personali.',
      'Nella seconda casa Plutone porta cambiamenti radicali nelle risorse e un rapporto forte con il potere materiale.',
      'Con Plutone nella terza casa la tua parola è penetrante e la tua mente cerca la verità nascosta.',
      'Nella quarta casa Plutone smuove le radici familiari e ti invita a trasformare la tua eredità.',
      'Con Plutone nella quinta casa creatività e amore sono intensi e trasformativi.',
      'Nella sesta casa Plutone ti spinge a trasformare abitudini, lavoro e salute.',
      'Con Plutone nella settima casa le relazioni sono intense e ti trasformano nel profondo.',
      'Nell’ottava casa Plutone è a casa sua: intimità, crisi e rigenerazione segnano la tua vita.',
      'Con Plutone nella nona casa le tue convinzioni si trasformano profondamente nel corso della vita.',
      'Nella decima casa Plutone dona ambizione e potere, e la tua carriera può conoscere grandi trasformazioni.',
      'Con Plutone nell’undicesima casa gruppi e amicizie sono teatro di cambiamenti profondi.',
      'Nella dodicesima casa Plutone lavora nel profondo dell’inconscio e ti invita a guarire ciò che è nascosto.',
    ],
  },
  ascendantInSign: {
    aries:
      'Con l’Ascendente in Ariete ti presenti con energia, franchezza e voglia di agire. Gli altri ti percepiscono come una persona coraggiosa e diretta, capace di aprire la strada.',
    taurus:
      'Con l’Ascendente in Toro trasmetti calma, solidità e un fascino sereno. Ti prendi il tuo tempo, e gli altri trovano in te una presenza affidabile.',
    gemini:
      'Con l’Ascendente in Gemelli appari curioso, agile e comunicativo. Entri in contatto con facilità e lasci un’impressione vivace e giovanile.',
    cancer:
      'Con l’Ascendente in Cancro ti avvicini al mondo con sensibilità e cautela. Dai un’impressione calda e protettiva, anche se all’inizio resti sulle tue.',
    leo: 'Con l’Ascendente in Leone la tua presenza è calda, sicura e appariscente. Quando entri in una stanza si nota, e gli altri sentono la tua generosità e il tuo orgoglio.',
    virgo:
      'Con l’Ascendente in Vergine ti presenti con discrezione, precisione e senso pratico. Gli altri vedono in te una persona attenta, affidabile e osservatrice.',
    libra:
      'Con l’Ascendente in Bilancia appari gentile, elegante e diplomatico. Cerchi l’armonia in ogni incontro e lasci un’impressione piacevole.',
    scorpio:
      'Con l’Ascendente in Scorpione la tua presenza è intensa, magnetica e riservata. Osservi prima di mostrarti, e gli altri intuiscono la tua profondità.',
    sagittarius:
      'Con l’Ascendente in Sagittario ti presenti con entusiasmo, franchezza e buonumore. Trasmetti ottimismo e voglia di esplorare.',
    capricorn:
      'Con l’Ascendente in Capricorno appari serio, capace e riservato. Gli altri percepiscono la tua maturità e il tuo senso di responsabilità.',
    aquarius:
      'Con l’Ascendente in Acquario ti presenti in modo originale, amichevole e indipendente. Dai l’impressione di una persona fuori dal comune, difficile da etichettare.',
    pisces:
      'Con l’Ascendente in Pesci la tua presenza è dolce, sensibile e un po’ enigmatica. Gli altri percepiscono la tua empatia e il tuo mondo immaginativo.',
  },
  pairText: {
    sun_moon:
      'Il Sole e la Luna insieme descrivono il rapporto tra ciò che vuoi e ciò di cui hai bisogno, tra lo scopo consapevole e l’istinto emotivo.',
    sun_mercury:
      'Quando il Sole incontra Mercurio, identità e intelletto vanno di pari passo: il tuo modo di pensare e di parlare esprime direttamente chi sei.',
    sun_venus:
      'Il Sole con Venere porta fascino, calore e amore per la bellezza al centro della tua identità.',
    sun_mars:
      'Volontà e slancio si incontrano nel contatto tra il Sole e Marte, che mostra come ti affermi e lotti per ciò che vuoi.',
    sun_jupiter:
      'Tra il Sole e Giove scorre una corrente di fiducia, generosità e fede in ciò che la vita può diventare.',
    sun_saturn:
      'Il Sole e Saturno uniscono l’espressione di sé alla responsabilità e al senso del limite, e descrivono come costruisci autorevolezza nel tempo.',
    sun_uranus:
      'Il legame tra il Sole e Urano collega la tua identità al bisogno di libertà e originalità, e può portare bruschi cambi di rotta.',
    sun_neptune:
      'Il Sole e Nettuno fondono il senso di te con l’immaginazione, l’idealismo e la sensibilità, sfumando i contorni dell’io.',
    sun_pluto:
      'Identità, potere e trasformazione si intrecciano quando il Sole tocca Plutone, e gli altri avvertono subito la tua intensità.',
    moon_mercury:
      'La Luna e Mercurio collegano sentire e pensare: mostrano con quanta facilità metti in parole le emozioni.',
    moon_venus:
      'Bisogni emotivi e affetto si incontrano tra la Luna e Venere, che portano tenerezza e desiderio di armonia.',
    moon_mars: 'La Luna e Marte uniscono emozione e azione: i tuoi sentimenti diventano presto slancio.',
    moon_jupiter:
      'La Luna con Giove allarga il tuo mondo emotivo, con generosità, ottimismo e grande capacità di accoglienza.',
    moon_saturn:
      'La Luna e Saturno uniscono emozione e responsabilità: mostrano come hai imparato a contenere e proteggere i sentimenti.',
    moon_uranus:
      'La Luna e Urano portano nella tua vita emotiva un bisogno di libertà e sbalzi d’umore imprevedibili.',
    moon_neptune:
      'La Luna e Nettuno affinano la tua sensibilità fin quasi alla chiaroveggenza, con un’empatia enorme e confini porosi.',
    moon_pluto:
      'La Luna e Plutone danno alle tue emozioni un’intensità profonda e un grande potere di trasformazione.',
    mercury_venus:
      'Mercurio e Venere uniscono mente e gusto: parli con grazia e hai sensibilità per le parole e per la bellezza.',
    mercury_mars:
      'Mercurio e Marte affilano il tuo pensiero: ragioni in fretta, discuti con energia e decidi senza esitazioni.',
    mercury_jupiter: 'Mercurio con Giove apre la tua mente alle grandi idee, al sapere e all’insegnamento.',
    mercury_saturn:
      'Mercurio e Saturno danno al tuo pensiero rigore, struttura e pazienza per i temi difficili.',
    mercury_uranus:
      'Mercurio e Urano portano idee brillanti, intuizioni improvvise e una mente in anticipo sui tempi.',
    mercury_neptune:
      'Mercurio e Nettuno uniscono mente e immaginazione, con un talento speciale per la poesia, la musica o il simbolico.',
    mercury_pluto:
      'Mercurio e Plutone danno alla tua mente una capacità di penetrazione e di indagine fuori dal comune.',
    venus_mars:
      'Venere e Marte uniscono amore e desiderio: mostrano come tenerezza e passione si incontrano in te.',
    venus_jupiter: 'Venere e Giove portano generosità, gioia e gusto per i piaceri della vita.',
    venus_saturn:
      'Venere e Saturno uniscono l’amore all’impegno e chiedono maturità e pazienza negli affetti.',
    venus_uranus: 'Venere e Urano portano attrazioni improvvise e un bisogno di libertà dentro l’amore.',
    venus_neptune:
      'Venere e Nettuno risvegliano un amore romantico, idealista e molto sensibile alla bellezza.',
    venus_pluto: 'Venere e Plutone danno ai tuoi affetti un’intensità appassionata e trasformatrice.',
    mars_jupiter:
      'Marte e Giove uniscono azione ed entusiasmo, con un’energia generosa e la voglia di andare oltre.',
    mars_saturn: 'Marte e Saturno uniscono slancio e disciplina: impari a dosare la forza e a resistere.',
    mars_uranus: 'Marte e Urano danno un’energia elettrica, indipendente e a volte imprevedibile.',
    mars_neptune: 'Marte e Nettuno uniscono azione e ispirazione: agisci al meglio al servizio di un ideale.',
    mars_pluto: 'Marte e Plutone concentrano una volontà potente, intensa e molto resistente.',
    jupiter_saturn: 'Giove e Saturno bilanciano espansione e prudenza, ottimismo e realismo.',
    jupiter_uranus: 'Giove e Urano portano occasioni inattese e il gusto per la libertà e l’innovazione.',
    jupiter_neptune:
      'Giove e Nettuno ampliano la tua immaginazione e la tua fede, con ideali generosi e talvolta utopici.',
    jupiter_pluto:
      'Giove e Plutone uniscono espansione e potere, con una grande ambizione di influire e trasformare.',
    saturn_uranus:
      'Saturno e Urano mettono la tradizione accanto all’innovazione e ti chiedono di rinnovare le strutture senza abbatterle.',
    saturn_neptune:
      'Saturno e Nettuno uniscono realtà e sogno: ti chiedono di dare forma concreta ai tuoi ideali.',
    saturn_pluto:
      'Saturno e Plutone uniscono struttura e potere profondo, con un’enorme resistenza alle avversità.',
    uranus_neptune:
      'Urano e Nettuno formano un legame generazionale tra innovazione e immaginazione, che vivi come sensibilità ai cambiamenti collettivi.',
    uranus_pluto:
      'Urano e Plutone formano un legame generazionale di rivoluzione e trasformazione, eco degli sconvolgimenti della tua epoca.',
    neptune_pluto:
      'Nettuno e Plutone condividono un lento legame generazionale tra anelito spirituale e trasformazione profonda.',
  },
  aspectTypeText: {
    conjunction: [
      'Unite dalla congiunzione, le loro energie si fondono in un’unica forza difficile da separare. È un punto focale del tuo tema, potente nella direzione che scegli.',
      'In congiunzione i due agiscono come uno solo e si amplificano a vicenda; la miscela può diventare un talento distintivo se impari a guidarla.',
      'Una congiunzione è più una fusione che un dialogo: forse non avverti dove finisce un influsso e comincia l’altro, ma gli altri ne percepiscono bene l’effetto combinato.',
    ],
    opposition: [
      'In opposizione i due si fronteggiano come parti di una trattativa. Puoi oscillare tra l’uno e l’altro, o incontrarne uno attraverso gli altri, finché impari a tenerli insieme.',
      'L’opposizione mette queste energie su un’altalena. La lezione è l’equilibrio: nessuno dei due deve vincere, e le relazioni strette ti mostrano la metà che tendi a negare.',
      'Uno di fronte all’altro nello zodiaco, i due possono sembrare richieste contrapposte; quando smetti di scegliere e cominci a integrare, l’opposizione diventa fonte di obiettività e maturità.',
    ],
    trine: [
      'Il trigono li fa scorrere insieme con facilità, come un talento naturale che funziona quasi senza sforzo. Il suo unico rischio è darlo per scontato.',
      'Legate da un trigono, queste energie collaborano con grazia; ciò che arriva così facilmente merita di essere coltivato di proposito.',
      'L’armonia è la nota del trigono: i due si sostengono e ti offrono una risorsa a cui attingere quando altri ambiti della vita si fanno difficili.',
    ],
    square: [
      'La quadratura crea tra loro un attrito fecondo. Tirano in direzioni diverse, e questa tensione diventa motore di crescita quando la affronti invece di evitarla.',
      'In quadratura i due si sfregano l’uno contro l’altro e generano inquietudine e spinta; gran parte della tua forza si forgia proprio dove questa sfida ti costringe ad agire.',
      'Una quadratura è un aspetto di lavoro che raramente ti lascia in pace, ed è anche il luogo in cui forgi la resistenza e l’abilità che le posizioni più facili non ti chiedono mai.',
    ],
    sextile: [
      'Il sestile offre un’occasione: i due collaborano volentieri appena fai il primo passo. Premia l’iniziativa con una facilità tranquilla e affidabile.',
      'Legate da un sestile, queste energie sono alleate amichevoli; i loro doni sono reali ma chiedono la tua partecipazione, come una porta che si apre quando bussi.',
      'Un sestile getta tra i due un ponte leggero e costruttivo, un talento che cresce con l’uso e invita a sperimentare.',
    ],
  },
  elementBalance: {
    fire: {
      dominant:
        'Il fuoco attraversa con forza il tuo tema: sei entusiasta, spontaneo e mosso dall’ispirazione. Ricordati di ricaricarti, perché anche la fiamma più viva ha bisogno di riposo.',
      lacking:
        'Il fuoco scarseggia nel tuo tema, quindi entusiasmo e fiducia in te non arrivano sempre da soli; a volte devi accendere tu il fiammifero. Movimento, gioco e compagnia allegra ti scaldano.',
    },
    earth: {
      dominant:
        'La terra domina il tuo tema e ti dà senso pratico, pazienza e buon senso. Ti fidi di ciò che puoi toccare e sai costruire cose che durano; ogni tanto lascia spazio anche all’intangibile.',
      lacking:
        'Con poca terra nel tema, il lato pratico della vita, come abitudini, denaro e bisogni del corpo, può risultarti meno naturale. Strutture semplici e tempo all’aria aperta ti stabilizzano molto.',
    },
    air: {
      dominant:
        'L’aria spicca nel tuo tema e ti dà un intelletto vivace, facilità nei rapporti e amore per le idee. Restare in contatto con il corpo e le emozioni radica tutto questo pensiero.',
      lacking:
        'L’aria scarseggia nel tuo tema, quindi prendere le distanze per analizzare ciò che vivi può costarti. Conversare, tenere un diario e incuriosirti di altri punti di vista ti danno prospettiva.',
    },
    water: {
      dominant:
        'L’acqua domina il tuo tema e ti rende sensibile, intuitivo ed emotivamente ricettivo. Cogli correnti che altri non vedono; buoni confini proteggono la tua energia.',
      lacking:
        'L’acqua scarseggia nel tuo tema, quindi le emozioni possono sembrarti meno immediate o più difficili da nominare. Concederti tempo per sentire e fidarti dei presentimenti approfondisce i tuoi legami.',
    },
  },
  modalityBalance: {
    cardinal: {
      dominant:
        'I segni cardinali hanno molto peso: sei una persona che avvia le cose e prende l’iniziativa. L’arte sta nel portare avanti ciò che hai iniziato quando il primo slancio si esaurisce.',
      lacking:
        'L’energia cardinale è scarsa nel tuo tema, quindi cominciare ti costa più che sostenere o adattarti. Primi passi piccoli e deliberati costruiscono la tua fiducia.',
    },
    fixed: {
      dominant:
        'Prevalgono i segni fissi: hai determinazione, lealtà e una grande tenuta. La tua sfida è la flessibilità, perché essere saldi non significa essere immobili.',
      lacking:
        'L’energia fissa scarseggia, quindi la perseveranza può richiedere un impegno consapevole. Abitudini semplici e piccole promesse mantenute ti aiutano a portare a termine ciò che inizi.',
    },
    mutable: {
      dominant:
        'I segni mobili spiccano: sei adattabile, versatile e aperto al cambiamento. Scegliere una direzione e mantenerla per un po’ dà uno scopo a questa flessibilità.',
      lacking:
        'L’energia mobile scarseggia, quindi adattarti ai cambiamenti improvvisi può costarti fatica. Esercitare la flessibilità nelle piccole cose rende più facili le grandi transizioni.',
    },
  },
  balancedElements:
    'I tuoi elementi sono distribuiti in modo abbastanza uniforme: hai accesso all’ispirazione, al senso pratico, al pensiero e all’emozione, e questo ti permette di adattarti a situazioni molto diverse.',
  balancedModalities:
    'Le modalità sono equilibrate nel tuo tema: sai avviare, sostenere e adattarti secondo ciò che il momento richiede.',
  sunMoonElements: {
    same: 'Poiché il tuo Sole e la tua Luna condividono lo stesso elemento, ciò che vuoi e ciò di cui hai bisogno vanno nella stessa direzione, e questo dà al tuo carattere una coerenza piena.',
    compatible:
      'Il tuo Sole e la tua Luna sono in elementi compatibili: i tuoi obiettivi e i tuoi bisogni emotivi di solito collaborano, e i conflitti interiori si risolvono più col dialogo che con la forza.',
    different:
      'Il tuo Sole e la tua Luna parlano lingue elementali diverse, quindi ciò che persegui e ciò che ti serve per sentirti al sicuro possono non coincidere. Imparare a onorare entrambi è una fonte di profondità.',
  },
  timeUnknownNote:
    'Poiché l’ora di nascita è sconosciuta, questa lettura tralascia l’Ascendente, le case e gli angoli, che dipendono dall’ora esatta; inoltre la Luna può essersi spostata di qualche grado nel corso della giornata.',
  stelliumSign:
    'Questa concentrazione di energia fa delle qualità del segno una tua specialità, un territorio di profondità a cui tornerai più volte. Può anche renderti un po’ unilaterale, quindi le zone meno popolate del tuo tema meritano un’attenzione consapevole.',
  stelliumHouse:
    'Così tanti pianeti in una casa fanno delle sue faccende un palcoscenico centrale della tua vita, dove si concentra gran parte della tua crescita, del tuo impegno e delle tue soddisfazioni.',
  hemisphere: {
    eastern:
      'La maggior parte dei tuoi pianeti si trova nella metà orientale del tema, dal lato dell’Ascendente. Tendi a guidare tu la tua vita e a plasmare le circostanze per iniziativa personale.',
    western:
      'La maggior parte dei tuoi pianeti si trova nella metà occidentale del tema, dal lato del Discendente. La tua vita si sviluppa attraverso gli altri, e la collaborazione è una chiave del tuo successo.',
    southern:
      'La metà superiore del tema, sopra l’orizzonte, raccoglie la maggior parte dei tuoi pianeti. Il tuo orientamento è verso l’esterno: il mondo, la vita pubblica e gli obiettivi condivisi.',
    northern:
      'La metà inferiore del tema, sotto l’orizzonte, raccoglie la maggior parte dei tuoi pianeti. Gran parte della tua crescita avviene nel privato, nella vita interiore e nei legami vicini.',
    balanced:
      'I tuoi pianeti si distribuiscono in modo abbastanza uniforme sulla ruota, tra te e gli altri e tra privato e pubblico, così nessun emisfero detta il tuo orientamento.',
  },
  quadrant: [
    'Il primo quadrante (case da 1 a 3) è il più popolato e mette l’accento sulla scoperta di sé, sulle risorse personali e sul modo di esprimerti.',
    'Il secondo quadrante (case da 4 a 6) è il più popolato e mette l’accento sulle radici, sulla creatività e sulla cura quotidiana di te e degli altri.',
    'Il terzo quadrante (case da 7 a 9) è il più popolato e mette l’accento sulle relazioni, sull’esperienza condivisa e sull’apertura degli orizzonti.',
    'Il quarto quadrante (case da 10 a 12) è il più popolato e mette l’accento sulla vocazione, sulla comunità e su un senso più ampio, a volte spirituale, dello scopo.',
  ],
  retrograde: {
    none: 'Nessuno dei tuoi pianeti era retrogrado alla nascita, il che suggerisce che le loro energie tendono a esprimersi verso l’esterno e in modo diretto.',
    few: 'I pianeti retrogradi rivolgono prima la loro funzione verso l’interno: tendi a rivedere, ripensare e fare tuoi questi temi prima di esprimerli, e la tua comprensione di essi diventa molto personale.',
    many: 'Così tanti pianeti retrogradi indicano un temperamento riflessivo e rivolto all’interno. Torni spesso sulle cose per capirle a fondo, e il tuo cammino può essere meno convenzionale ma più autenticamente tuo.',
  },
  noAspects:
    'Nessun aspetto maggiore tra i pianeti rientra negli orbi usati per questo tema. Ogni pianeta tende quindi ad agire per conto suo, il che può rendere il tuo carattere particolarmente vario.',
  angularIntro: 'I pianeti vicini ai quattro angoli del tema sono tra i più potenti.',
  signEssence: {
    aries: 'l’audacia, la franchezza e la voglia di cominciare',
    taurus: 'la costanza, la sensualità e la pazienza',
    gemini: 'la curiosità, la prontezza e il gusto della parola',
    cancer: 'la cura, la protezione e la sintonia emotiva',
    leo: 'il calore, l’espressività e l’orgoglio',
    virgo: 'lo spirito d’osservazione, l’abilità e il discernimento',
    libra: 'l’eleganza, il senso della giustizia e l’arte della relazione',
    scorpio: 'l’intensità, l’acume e il riserbo',
    sagittarius: 'l’avventura, la franchezza e la ricerca di senso',
    capricorn: 'l’ambizione, la disciplina e il realismo',
    aquarius: 'l’indipendenza, l’inventiva e i principi',
    pisces: 'la compassione, l’immaginazione e l’intuizione',
  },
  houseTopics: [
    'dell’io, del corpo e della prima impressione',
    'del denaro, dei beni e dell’autostima',
    'della comunicazione, dello studio e dei fratelli',
    'della casa, della famiglia e delle radici',
    'della creatività, dell’amore e del gioco',
    'del lavoro, della salute e della routine',
    'della coppia e delle relazioni strette',
    'dell’intimità, delle risorse condivise e della trasformazione',
    'dei viaggi, delle convinzioni e degli studi superiori',
    'della carriera, della reputazione e della vita pubblica',
    'dell’amicizia, della comunità e dei progetti futuri',
    'della solitudine, dell’inconscio e della vita spirituale',
  ],
  planetKeywords: {
    sun: 'della tua identità e della tua vitalità',
    moon: 'dei tuoi bisogni emotivi e dei tuoi istinti',
    mercury: 'del tuo modo di pensare e comunicare',
    venus: 'del tuo modo di amare e di ciò a cui dai valore',
    mars: 'della tua spinta e della tua capacità di affermarti',
    jupiter: 'della crescita, della fede e della generosità',
    saturn: 'della disciplina e delle lezioni a lungo termine',
    uranus: 'della libertà e dell’originalità',
    neptune: 'dell’immaginazione e degli ideali',
    pluto: 'del potere e della trasformazione',
  },
  angularText: {
    ascendant:
      'colora fortemente la tua personalità e la prima impressione che dai; la gente coglie subito queste qualità in te.',
    midheaven: 'plasma la tua vocazione, la tua reputazione e la direzione della tua vita nel mondo.',
    descendant:
      'si incontra spesso attraverso il partner e le relazioni strette, che diventano lo specchio della tua crescita.',
    imum_coeli: 'agisce alle radici: nella vita privata, nella famiglia e nelle tue fondamenta interiori.',
  },
};

const P = names.planets;
const S = names.signs;
const C = corpus;
/** The planet with its article: "il Sole", "la Luna", "Mercurio". */
const ref = (p: Planet): string => (p === 'sun' ? 'il Sole' : p === 'moon' ? 'la Luna' : P[p]);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
}
const refs = (ps: readonly Planet[]) => list(ps.map(ref));
const labels = (ps: readonly Planet[]) => list(ps.map((p) => P[p]));
const NUMBERS = ['nessun', 'un', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci'];
const num = (n: number): string => NUMBERS[n] ?? String(n);
const ORDINALS = [
  'prima',
  'seconda',
  'terza',
  'quarta',
  'quinta',
  'sesta',
  'settima',
  'ottava',
  'nona',
  'decima',
  'undicesima',
  'dodicesima',
];
/** "nella decima casa", "nell'ottava casa". */
const inHouse = (h: number): string => {
  const o = ORDINALS[h - 1] ?? String(h);
  return /^[aeiou]/.test(o) ? `nell’${o} casa` : `nella ${o} casa`;
};
const ANGLE_OF = {
  ascendant: 'dal tuo Ascendente',
  midheaven: 'dal tuo Medio Cielo',
  descendant: 'dal tuo Discendente',
  imum_coeli: 'dal tuo Fondo Cielo',
} as const;
const ASPECT_VERB = {
  conjunction: 'è in congiunzione con',
  opposition: 'è in opposizione a',
  trine: 'forma un trigono con',
  square: 'forma una quadratura con',
  sextile: 'forma un sestile con',
} as const;
/** "con il Sole" → "col Sole" is optional; "a la Luna" must contract: "alla Luna". */
const object = (verb: string, p: Planet): string =>
  verb.endsWith(' a')
    ? `${verb.slice(0, -2)} ${p === 'moon' ? 'alla Luna' : p === 'sun' ? 'al Sole' : `a ${P[p]}`}`
    : `${verb} ${ref(p)}`;
const MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];
const HEMISPHERE = {
  eastern: 'orientale',
  western: 'occidentale',
  southern: 'superiore',
  northern: 'inferiore',
} as const;
const decimal = (v: string) => v.replace('.', ',');
const ELEMENT_OF = { fire: 'di fuoco', earth: 'di terra', air: 'd’aria', water: 'd’acqua' } as const;
const MODE_OF = {
  cardinal: 'in segni cardinali',
  fixed: 'in segni fissi',
  mutable: 'in segni mobili',
} as const;
const sign = (s: Sign) => S[s];

export const it: Locale = {
  tag: 'it',
  names,
  corpus,
  phrases: {
    titles: {
      overview: (rising) => (rising ? 'Sole, Luna e Ascendente' : 'Sole e Luna'),
      planets: 'I pianeti',
      aspects: 'Aspetti maggiori',
      balance: 'Elementi e modalità',
      emphasis: 'Punti di forza del tema',
    },
    sunIn: (s) =>
      `Con il tuo Sole in ${sign(s)}, al centro della tua identità ci sono ${C.signEssence[s]}: è il te stesso che stai diventando.`,
    moonIn: (s) =>
      `La tua Luna in ${sign(s)} descrive ciò di cui hai bisogno per sentirti al sicuro e a casa con te stesso; sul piano emotivo ti guidano ${C.signEssence[s]}.`,
    ascendant: (s, deg) =>
      `Il tuo Ascendente, il segno che sorgeva all’orizzonte quando sei nato, è ${sign(s)} a ${deg}: descrive il modo in cui vai incontro al mondo e come gli altri ti vedono all’inizio.`,
    planetHead: (p, s, deg, h, retro) =>
      `${P[p]} in ${sign(s)} a ${deg}${h ? `, ${inHouse(h)}` : ''}${retro ? ', retrogrado' : ''}.`,
    aspectsIntro: (n) =>
      `Gli aspetti sono le conversazioni tra i tuoi pianeti. ${n === 1 ? 'Ecco il più stretto' : `Ecco i ${num(n)} più stretti, dal più esatto al più largo`}; più piccola è l’orbita, più forte è la voce. Un aspetto applicativo si stava ancora stringendo alla tua nascita e tende a farsi sentire di più, mentre uno separativo è già in buona parte integrato in chi sei.`,
    aspectHead: (a, aspect, b, exactness, orb, applying) =>
      `${cap(ref(a))} ${object(ASPECT_VERB[aspect], b)} (${
        exactness === 'exact'
          ? 'quasi esatto, orbita di'
          : exactness === 'close'
            ? 'stretto, orbita di'
            : 'più largo, orbita di'
      } ${orb}, ${applying ? 'applicativo' : 'separativo'}).`,
    elementCounts: (counts) =>
      `Per elementi, il tuo tema conta ${list(counts.map(([k, v]) => `${decimal(v)} ${ELEMENT_OF[k]}`))}.`,
    modalityCounts: (counts) =>
      `Per modalità, conta ${list(counts.map(([k, v]) => `${decimal(v)} ${MODE_OF[k]}`))}.`,
    stelliumInSign: (ps, s) =>
      `${cap(num(ps.length))} pianeti, ${refs(ps)}, si raccolgono in ${sign(s)} e formano uno stellium: ${C.signEssence[s]} stanno al cuore di chi sei.`,
    stelliumInHouse: (ps, h) =>
      `${cap(refs(ps))} condividono la tua ${ORDINALS[h - 1] ?? h} casa, l’ambito ${C.houseTopics[h - 1]}.`,
    onAngle: (p, d, angle) =>
      `Con ${ref(p)} a ${d} ${ANGLE_OF[angle]}, il pianeta ${C.planetKeywords[p]} ${C.angularText[angle]}`,
    retrogradeFew: (ps) =>
      ps.length === 1
        ? `${cap(refs(ps))} era retrogrado quando sei nato.`
        : `${cap(refs(ps))} erano retrogradi quando sei nato.`,
    retrogradeMany: (ps) => `${cap(num(ps.length))} pianeti erano retrogradi quando sei nato: ${refs(ps)}.`,
    sentenceGap: ' ',
    highlights: {
      sunIn: (s) => `Sole in ${sign(s)}`,
      moonIn: (s) => `Luna in ${sign(s)}`,
      ascendantIn: (s) => `Ascendente in ${sign(s)}`,
      placement: (p, s, h, retro) => `${P[p]} in ${sign(s)}${h ? ` (casa ${h})` : ''}${retro ? ' R' : ''}`,
      aspect: (a, aspect, b, orb) => `${P[a]} ${names.aspects[aspect]} ${P[b]} (${orb})`,
      dominantElement: (e) => `Elemento dominante: ${names.elements[e]}`,
      lackingElement: (e) => `Elemento carente: ${names.elements[e]}`,
      dominantModality: (m) => `Modalità dominante: ${names.modalities[m]}`,
      lackingModality: (m) => `Modalità carente: ${names.modalities[m]}`,
      stelliumInSign: (s, ps) => `Stellium in ${sign(s)}: ${labels(ps)}`,
      stelliumInHouse: (h, ps) => `Stellium in casa ${h}: ${labels(ps)}`,
      onAngle: (p, angle) => `${P[p]} sul ${names.angles[angle]}`,
      hemisphere: (h) => `Accento sulla metà ${HEMISPHERE[h]}`,
      quadrant: (q) => `Accento sul quadrante ${q}`,
      retrogradeCount: (n) => `Pianeti retrogradi: ${n}`,
    },
  },
  wheel: {
    title: (name, date) => `Tema natale: ${name}, ${date}`,
    defaultName: 'Tema natale',
    date: (d, m, y) => `${d} ${MONTHS[m - 1] ?? m} ${y}`,
    timeUnknown: (date) => `${date}, ora sconosciuta`,
    retrograde: 'retrogrado',
    tropical: 'Tropicale',
    sidereal: (a) => `Siderale${a ? ` (${a})` : ''}`,
    houses: (system) => `Case ${system}`,
    noHouses: 'Senza case',
    placement: (point, deg, s, retro) => `${point} ${deg}° ${s}${retro ? ' retrogrado' : ''}`,
    listSeparator: '; ',
    fullStop: '.',
    star: (name, position, m) => `${name} ${position}, magnitudine ${new Intl.NumberFormat('it').format(m)}`,
  },
  warnings: {
    place_ambiguous: () =>
      'La città indicata corrisponde a più luoghi ed è stato usato il primo. Aggiungi il paese, oppure latitudine e longitudine, per sceglierne un altro.',
    local_mean_time: () =>
      'A quella data la zona non aveva ancora un’ora ufficiale: è stata usata l’ora media locale del luogo di nascita.',
    city_mean_time_replaced: () =>
      'La banca dati dei fusi orari applica a tutta la zona l’ora media di un’altra città, di un’epoca in cui il paese non aveva ancora un’ora ufficiale: è stata usata l’ora media locale del luogo di nascita.',
    ambiguous_local_time: () =>
      'Quell’ora locale si è verificata due volte perché gli orologi sono stati portati indietro; è stato usato il primo dei due istanti.',
    shifted_forward: () =>
      'Quell’ora locale non è esistita perché gli orologi sono stati portati avanti; è stata spostata in avanti della durata del salto.',
    dst_local_option: (w) =>
      `La zona segue l’ora legale di ${w.reference_city ?? 'la sua città di riferimento'}, che forse non valeva nel luogo di nascita. Se l’atto indica l’ora solare, invia "dst": false.`,
    dst_override: () =>
      'È stato usato ciò che indica "dst" (ora legale o solare), diverso dallo scarto che la zona aveva in quel momento.',
    time_unknown: () =>
      'Ora di nascita sconosciuta: tema calcolato per mezzogiorno, senza case, angoli, Vertice né Parte di Fortuna.',
    chiron_unavailable: () => 'Chirone è disponibile solo tra il 1800 e il 2400; è stato omesso.',
    asteroid_unavailable: () => 'Questo asteroide è disponibile solo tra il 1800 e il 2400; è stato omesso.',
    house_system_fallback: () =>
      'Il sistema di case richiesto non è definito a questa latitudine; si usano le case di Porfirio.',
    composite_without_houses: () =>
      'L’ora di una nascita è sconosciuta: il tema composito non ha case né angoli.',
  },
};
