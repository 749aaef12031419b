/**
 * German (de), written for German readers, not translated phrase by phrase. The reader is addressed with
 * «du». Signs take their article in the dative as German astrology writes them («im Widder», «in der
 * Jungfrau», «in den Zwillingen», «im Löwen»); planets keep their gender («die Sonne», «der Mond»,
 * «die Venus»). Decimal counts use a comma.
 */
import type { Planet, Sign } from '../types';
import type { Corpus, Locale, Names } from './locale';

const names: Names = {
  planets: {
    sun: 'Sonne',
    moon: 'Mond',
    mercury: 'Merkur',
    venus: 'Venus',
    mars: 'Mars',
    jupiter: 'Jupiter',
    saturn: 'Saturn',
    uranus: 'Uranus',
    neptune: 'Neptun',
    pluto: 'Pluto',
  },
  points: {
    mean_node: 'Mittlerer Mondknoten',
    true_node: 'Wahrer Mondknoten',
    south_node: 'Südknoten',
    mean_lilith: 'Mittlere Lilith',
    true_lilith: 'Wahre Lilith',
    chiron: 'Chiron',
    part_of_fortune: 'Glückspunkt',
    vertex: 'Vertex',
    east_point: 'Ostpunkt',
  },
  signs: {
    aries: 'Widder',
    taurus: 'Stier',
    gemini: 'Zwillinge',
    cancer: 'Krebs',
    leo: 'Löwe',
    virgo: 'Jungfrau',
    libra: 'Waage',
    scorpio: 'Skorpion',
    sagittarius: 'Schütze',
    capricorn: 'Steinbock',
    aquarius: 'Wassermann',
    pisces: 'Fische',
  },
  aspects: {
    conjunction: 'Konjunktion',
    opposition: 'Opposition',
    trine: 'Trigon',
    square: 'Quadrat',
    sextile: 'Sextil',
    quincunx: 'Quincunx',
    semi_sextile: 'Halbsextil',
    semi_square: 'Halbquadrat',
    sesquiquadrate: 'Anderthalbquadrat',
    quintile: 'Quintil',
    bi_quintile: 'Biquintil',
    septile: 'Septil',
    bi_septile: 'Biseptil',
    tri_septile: 'Triseptil',
    novile: 'Novil',
    bi_novile: 'Binovil',
    quadri_novile: 'Quadrinovil',
    parallel: 'Parallele',
    contra_parallel: 'Kontraparallele',
  },
  angles: {
    ascendant: 'Aszendent',
    midheaven: 'Medium Coeli',
    descendant: 'Deszendent',
    imum_coeli: 'Imum Coeli',
  },
  elements: { fire: 'Feuer', earth: 'Erde', air: 'Luft', water: 'Wasser' },
  modalities: { cardinal: 'kardinal', fixed: 'fix', mutable: 'veränderlich' },
  houseSystems: {
    placidus: 'Placidus',
    koch: 'Koch',
    equal: 'Äquale',
    whole_sign: 'Ganzzeichen',
    porphyry: 'Porphyrius',
    regiomontanus: 'Regiomontanus',
    campanus: 'Campanus',
    alcabitius: 'Alcabitius',
    morinus: 'Morinus',
    topocentric: 'Topozentrische',
  },
  ayanamsas: {
    lahiri: 'Lahiri',
    fagan_bradley: 'Fagan/Bradley',
    raman: 'Raman',
    krishnamurti: 'Krishnamurti',
  },
};

/** The sign with its article in the dative: "im Widder", "in der Jungfrau", "in den Fischen". */
export const IN_SIGN: Record<Sign, string> = {
  aries: 'im Widder',
  taurus: 'im Stier',
  gemini: 'in den Zwillingen',
  cancer: 'im Krebs',
  leo: 'im Löwen',
  virgo: 'in der Jungfrau',
  libra: 'in der Waage',
  scorpio: 'im Skorpion',
  sagittarius: 'im Schützen',
  capricorn: 'im Steinbock',
  aquarius: 'im Wassermann',
  pisces: 'in den Fischen',
};

const corpus: Corpus = {
  planetInSign: {
    sun: {
      aries:
        'Dein Selbstgefühl entzündet sich an Anfängen: Du fühlst dich am lebendigsten, wenn du etwas anstößt, dich erprobst und einer Herausforderung direkt begegnest. Mut liegt dir im Blut, Ungeduld ebenso; du wächst, wenn du lernst, dass nicht jeder Kampf dich braucht.',
      taurus:
        'Beständigkeit ist deine stille Stärke. Du baust deine Identität so geduldig auf wie ein Gärtner seinen Boden, im Vertrauen auf das, was mit der Zeit reift, und bist am besten, wenn deine Treue zu dem, was dir wichtig ist, offen für Veränderung bleibt.',
      gemini:
        'Neugier ist der Motor deiner Identität. Gespräche, Ideen und die unendliche Vielfalt der Welt beleben dich; deine eigentliche Aufgabe ist nicht, Antworten zu finden, sondern die Fragen zu wählen, die deine ganze Aufmerksamkeit verdienen.',
      cancer:
        'Im Kern bist du jemand, der beschützt und Erinnerungen bewahrt. Zuhause, Familie und emotionale Zugehörigkeit sind der Boden, aus dem dein Selbstvertrauen wächst, und deine Empfindsamkeit erlaubt dir, für andere zu sorgen, ohne dich zu verlieren.',
      leo: 'In dir steckt eine Wärme, die geteilt und gesehen werden will. Kreativität, Spiel und Großzügigkeit stehen im Mittelpunkt deines Wesens, und echtes Selbstvertrauen entsteht, wenn du aus Freude gestaltest und nicht für den Beifall.',
      virgo:
        'Nützlichkeit, Können und sorgfältige Aufmerksamkeit zeigen dir, wer du bist. Wo andere Chaos sehen, erkennst du, was sich verbessern lässt; wenn du dir selbst die Geduld schenkst, die du deiner Arbeit gibst, werden deine hohen Ansprüche zum Geschenk statt zur Last.',
      libra:
        'Beziehungen sind der Spiegel, in dem du entdeckst, wer du bist. Du hast ein feines Gespür für Ausgleich, Gerechtigkeit und Schönheit und wächst, wenn dein Sinn für Harmonie auch deine eigenen Bedürfnisse einschließt.',
      scorpio:
        'Intensität und Tiefe prägen deinen Kern. Dich zieht an, was unter der Oberfläche von Menschen und Motiven liegt, und deine Fähigkeit zur Erneuerung ist bemerkenswert: Was andere zerbrechen würde, macht dich mit der Zeit stärker.',
      sagittarius:
        'Deine Identität wächst mit dem Horizont. Du brauchst Sinn, Freiheit und Raum zum Erkunden, auf der Landkarte wie in der Welt der Ideen, und dein ansteckender Optimismus reift, wenn er sich auf Erfahrung stützt.',
      capricorn:
        'Du definierst dich über das, was du aufbaust und dauerhaft trägst. Ehrgeiz, Verantwortung und Sinn für das Machbare geben dir eine Festigkeit, die andere suchen; vergiss nicht, dass dir unterwegs auch Ruhe und Freude zustehen.',
      aquarius:
        'Deine Identität entsteht aus Unabhängigkeit und dem Blick in die Zukunft. Du denkst selbst, das Gemeinwohl liegt dir am Herzen, und du strahlst, wenn deine Eigenart etwas Größerem als dir selbst dient.',
      pisces:
        'Dein innerer Kern ist durchlässig, mitfühlend und fantasievoll. Du spürst, was andere verschweigen, und das Unsichtbare berührt dich; wenn du auf deine Grenzen achtest, wird diese Empfindsamkeit zu Inspiration, Kunst und tiefem Trost für andere.',
    },
    moon: {
      aries:
        'Deine Gefühle sind schnell, direkt und feurig. Wenn dich etwas bewegt, musst du handeln, und Sicherheit findest du in der Unabhängigkeit; vor dem Reagieren einmal durchzuatmen erspart dir manchen Brand.',
      taurus:
        'Emotional suchst du Ruhe, Beständigkeit und einfache Freuden. Gutes Essen, die Natur und vertraute Abläufe beruhigen dich, und deine Treue ist tief, auch wenn plötzliche Veränderungen dir schwerfallen.',
      gemini:
        'Du verarbeitest Gefühle, indem du über sie sprichst, schreibst oder nachdenkst. Abwechslung und Austausch tun dir gut, und manchmal hilft es, ein Gefühl erst zu fühlen, bevor du es erklärst.',
      cancer:
        'Deine Gefühlswelt ist reich, fürsorglich und sehr empfänglich für Stimmungen. Du brauchst ein Zuhause und Bindungen, in die du dich zurückziehen kannst, und sorgst für andere mit einer Zärtlichkeit, die aus dem Gedächtnis des Herzens kommt.',
      leo: 'Du brauchst das Gefühl, geliebt, geschätzt und frei zu sein, dich auszudrücken. Deine Zuneigung ist warm und großzügig, und du tankst auf, wenn du spielst, gestaltest und feierst.',
      virgo:
        'Du fühlst dich sicher, wenn Ordnung herrscht und du nützlich sein kannst. Du zeigst Fürsorge durch konkrete Taten, und Unvollkommenheit anzunehmen, auch deine eigene, macht dein Innenleben viel leichter.',
      libra:
        'Du brauchst Harmonie, Gesellschaft und einen freundlichen Umgang, um im Frieden zu sein. Du spürst das Klima einer Beziehung sehr genau, und dein Wohlbefinden wächst, wenn du deine eigenen Bedürfnisse aussprichst.',
      scorpio:
        'Du fühlst mit einer Intensität, die nur wenige sehen. Du brauchst volles Vertrauen und tiefe Bindungen, und auch wenn es dir schwerfällt, dich verletzlich zu zeigen, ist deine Kraft, nach einem Verlust neu zu beginnen, außergewöhnlich.',
      sagittarius:
        'Emotional brauchst du Freiheit, Bewegung und einen weiten Horizont. Humor und Zuversicht tragen dich, und zu Hause bist du in dem, was deinem Leben Sinn gibt.',
      capricorn:
        'Du gehst mit deinen Gefühlen zurückhaltend und pflichtbewusst um. Kontrolle gibt dir Sicherheit, und um Unterstützung zu bitten nimmt dir keine Kraft, sondern gibt sie dir zurück.',
      aquarius:
        'Du brauchst eigenen Raum und Beziehungen, die auf Freundschaft und Freiheit beruhen. Du betrachtest deine Gefühle mit einem gewissen Abstand und fühlst dich dort zu Hause, wo deine Eigenart angenommen wird.',
      pisces:
        'Deine emotionale Empfindsamkeit ist riesig und fast grenzenlos. Du nimmst die Stimmungen deiner Umgebung auf, deshalb helfen dir Alleinsein, Musik oder die Nähe von Wasser, zu dir zurückzufinden.',
    },
    mercury: {
      aries:
        'Du denkst schnell und sprichst ohne Umschweife. Dein Verstand liebt Debatten und rasche Entscheidungen und gewinnt an Tiefe, wenn du erst zuhörst und dann antwortest.',
      taurus:
        'Dein Denken ist praktisch, geduldig und konkret. Du lernst in deinem eigenen Tempo, aber was du lernst, bleibt, und deine gut begründeten Meinungen änderst du selten ohne triftigen Grund.',
      gemini:
        'Du hast einen wendigen, neugierigen und vielseitigen Geist. Du verknüpfst Ideen mühelos und liebst Worte; die Herausforderung ist, in die Tiefe zu gehen, statt immer zum nächsten Thema zu springen.',
      cancer:
        'Du denkst mit dem Gedächtnis und mit dem Herzen. Deine Intelligenz ist intuitiv und schützend, und du erinnerst dich nicht nur daran, was gesagt wurde, sondern auch daran, wie es sich anfühlte.',
      leo: 'Du drückst dich mit Wärme, Überzeugung und einem Gespür für Wirkung aus. Du kannst Geschichten erzählen und überzeugen, und deine Worte leuchten, wenn sie aus Großzügigkeit kommen.',
      virgo:
        'Dein Verstand ist analytisch, genau und aufmerksam für Einzelheiten. Du findest Fehler und praktische Lösungen, solange du Gründlichkeit nicht mit Perfektion verwechselst.',
      libra:
        'Du denkst in Abwägungen und siehst jede Seite einer Frage. Du sprichst diplomatisch, und deine Klarheit wächst, wenn du dir erlaubst, Stellung zu beziehen.',
      scorpio:
        'Dein Verstand forscht, hinterfragt und geht den Dingen auf den Grund. Du erkennst verborgene Beweggründe und gibst dich mit oberflächlichen Antworten nicht zufrieden; gut genutzt ist dieser Scharfsinn eine Gabe des Verstehens.',
      sagittarius:
        'Du denkst in großen Zusammenhängen, in Sinnfragen und Möglichkeiten. Du sprichst offen und begeistert, und deine Ideen gewinnen, wenn sie auch ins Detail gehen.',
      capricorn:
        'Dein Denken ist strukturiert, realistisch und zielgerichtet. Du planst gut und sprichst mit Autorität, und ein wenig geistige Beweglichkeit öffnet dir unerwartete Türen.',
      aquarius:
        'Dein Geist ist eigenständig, erfinderisch und seiner Zeit oft voraus. Neue Ideen und Systeme ziehen dich an, und du siehst, was andere sich noch nicht vorstellen können.',
      pisces:
        'Dein Geist denkt in Bildern, Symbolen und Ahnungen. Du bist eher intuitiv als geradlinig, und deine Worte können poetisch und heilsam sein, wenn du sie zu erden lernst.',
    },
    venus: {
      aries:
        'Du liebst leidenschaftlich, offen und spontan. Eroberung und Neues reizen dich, und die Liebe reift, wenn aus dem ersten Funken eine bewusst gewählte Bindung wird.',
      taurus:
        'Du liebst treu, sinnlich und beständig. Du schätzt greifbare Schönheit, Behaglichkeit und Verlässlichkeit und schenkst eine Zuneigung, in der man sich ausruhen kann.',
      gemini:
        'Für dich beginnt Liebe im Gespräch. Du brauchst Spiel, Witz und Abwechslung, und dich verzaubert ein Geist, der deine Neugier weckt.',
      cancer:
        'Du liebst, indem du sorgst, beschützt und einen gemeinsamen Zufluchtsort schaffst. Du brauchst emotionale Geborgenheit, und deine Zärtlichkeit blüht in Bindungen, in denen du dich zu Hause fühlst.',
      leo: 'Du liebst großzügig, loyal und mit einem Hauch Theater. Du bewunderst gern und wirst gern bewundert, und Liebe ist für dich ein Fest, das große Gesten verdient.',
      virgo:
        'Du zeigst Liebe durch Taten: Aufmerksamkeit, praktische Hilfe und liebevolle Details. Du bist anspruchsvoll in der Liebe, und wenn du annehmen lernst, ohne zu korrigieren, werden deine Beziehungen leichter.',
      libra:
        'Liebe, Schönheit und Harmonie stehen im Zentrum deiner Werte. Du suchst eine Beziehung auf Augenhöhe, mit Stil und Respekt, und hast ein natürliches Talent für Begegnung.',
      scorpio:
        'Du liebst intensiv, tief und mit dem Wunsch nach Verschmelzung. Lauwarme Bindungen interessieren dich nicht; Vertrauen ist alles, und deine Hingabe kann den geliebten Menschen verwandeln.',
      sagittarius:
        'Du liebst frei, humorvoll und abenteuerlustig. Du brauchst einen Menschen, der zugleich Reisegefährte und Mitsuchender ist, und Langeweile ist dein größter Feind.',
      capricorn:
        'Du liebst ernsthaft, loyal und mit langem Atem. Du lässt dir Zeit, bevor du dich bindest, und was du in der Liebe aufbaust, ist auf Dauer angelegt.',
      aquarius:
        'In der Liebe sind dir Freundschaft, Freiheit und Echtheit wichtig. Besondere Menschen ziehen dich an, und du brauchst eine Bindung, die deinen Freiraum und deine Ideale achtet.',
      pisces:
        'Du liebst mitfühlend, romantisch und mit fast grenzenloser Hingabe. Du idealisierst leicht; den anderen so zu sehen, wie er ist, macht deine Zärtlichkeit noch wahrhaftiger.',
    },
    mars: {
      aries:
        'Deine Energie ist direkt, mutig und kämpferisch. Du handelst schnell und furchtlos, und wenn du dieses Feuer auf klare Ziele richtest, verbrennt es sich nicht in unnötigen Zusammenstößen.',
      taurus:
        'Du handelst geduldig, beharrlich und mit enormer Ausdauer. Du kommst langsam in Gang, doch einmal in Bewegung hält dich nichts auf; die Kunst ist, Standfestigkeit nicht mit Sturheit zu verwechseln.',
      gemini:
        'Deine Energie fließt in Worte und Ideen. Du machst vieles gleichzeitig und diskutierst gewandt, und wenn du dich auf wenige Ziele konzentrierst, vervielfacht sich deine Wirkung.',
      cancer:
        'Du handelst vor allem, um zu schützen, was du liebst. Deine Energie steigt und fällt mit deinen Gefühlen, und Ärger offen auszusprechen tut dir besser, als ihn hinunterzuschlucken.',
      leo: 'Du handelst mit Stolz, Begeisterung und Herz. Der Wunsch zu gestalten und zu leuchten treibt dich an, und dein Mut inspiriert andere, wenn er nicht von ihrem Beifall abhängt.',
      virgo:
        'Deine Energie ist methodisch, genau und fleißig. Du machst die Dinge gern gut und verbesserst sie, und rechtzeitige Pausen verhindern, dass dich dein eigener Anspruch erschöpft.',
      libra:
        'Du handelst mit dem Ziel von Einigung und Gerechtigkeit. Offene Konfrontation fällt dir schwer, doch du verteidigst entschlossen, was fair ist, und auch Nein zu sagen ist eine Form von Gleichgewicht.',
      scorpio:
        'Deine Energie ist intensiv, strategisch und unermüdlich. Du verfolgst deine Ziele mit stiller Entschlossenheit und verwandelst Druck in Kraft, wenn du ihn integer einsetzt.',
      sagittarius:
        'Du handelst begeistert, offen und abenteuerlustig. Große Anliegen und Reisen treiben dich an, und wenn du zu Ende bringst, was du beginnst, bekommt dein Feuer Gewicht.',
      capricorn:
        'Deine Energie ist diszipliniert, ehrgeizig und sehr wirksam. Du kannst warten und planvoll arbeiten und erreichst deine Ziele Schritt für Schritt, mit bewundernswerter Ausdauer.',
      aquarius:
        'Du handelst unabhängig und oft unkonventionell. Gemeinsame Anliegen und Freiheit motivieren dich, und deine Energie trägt weiter, wenn du nicht allein gegen alles kämpfst.',
      pisces:
        'Deine Energie ist fließend, intuitiv und empfänglich für Stimmungen. Du handelst am besten, wenn dich etwas inspiriert oder berührt, und brauchst klare Grenzen, um dich nicht zu verzetteln.',
    },
    jupiter: {
      aries:
        'Du wächst, indem du etwas wagst, die Initiative ergreifst und neue Wege öffnest. Das Glück begleitet dich, wenn du mutig handelst, solange Zuversicht nicht zu Leichtsinn wird.',
      taurus:
        'Dein Wachstum kommt durch Geduld, Ressourcen und Lebensgenuss. Du verstehst es, das Vorhandene zu mehren, und deine Großzügigkeit ist konkret und greifbar.',
      gemini:
        'Du wächst durch Lernen, Austausch und das Verknüpfen von Ideen. Neugier öffnet dir Türen, und deine Zuversicht steckt andere durch deine Worte an.',
      cancer:
        'Deine Großzügigkeit zeigt sich im Aufnehmen und Umsorgen. Zuhause und Familie sind für dich Quellen der Fülle, und dein Vertrauen ins Leben wächst aus Geborgenheit.',
      leo: 'Du wächst, wenn du dich großzügig, kreativ und mit Herz ausdrückst. Deine Zuversicht inspiriert andere, und dein Glück weitet sich, wenn du dein Licht teilst.',
      virgo:
        'Dein Wachstum kommt durch gute Arbeit und Dienst an anderen. Du findest Sinn darin, Dinge zu verbessern, und kleine Details öffnen dir große Chancen.',
      libra:
        'Du wächst durch Beziehungen, Zusammenarbeit und das Streben nach Gerechtigkeit. Du ziehst Verbündete auf natürliche Weise an, und dein Sinn für Fairness öffnet dir viele Türen.',
      scorpio:
        'Dein Wachstum führt über Tiefe und Wandlung. Du findest verborgene Ressourcen, und dein Vertrauen wird mit jeder Krise, die du durchstehst, stärker.',
      sagittarius:
        'Hier ist Jupiter in seinem Element: Du wächst durch Reisen, Studium und Sinnsuche. Deine Zuversicht ist weit und aufrichtig, und deine Weitsicht inspiriert dein Umfeld.',
      capricorn:
        'Du wächst durch Anstrengung, Verantwortung und bleibende Leistungen. Dein Optimismus ist besonnen, und Glück kommt zu dir als Frucht dessen, was du geduldig aufbaust.',
      aquarius:
        'Dein Wachstum kommt durch neue Ideen, Freundschaft und gemeinsame Anliegen. Du glaubst an den Fortschritt, und deine Großzügigkeit gilt der Gemeinschaft.',
      pisces:
        'Du wächst durch Mitgefühl, Fantasie und geistiges Leben. Dein Glaube ist weit und tief, und deine Güte kann anderen eine echte Zuflucht sein.',
    },
    saturn: {
      aries:
        'Deine große Lektion betrifft Initiative und Selbstvertrauen. Vielleicht zögerst du anfangs, bevor du handelst, doch mit der Zeit schmiedest du einen ruhigen, sehr soliden Mut.',
      taurus:
        'Du lernst langsam, dich materiell sicher zu fühlen und deinen eigenen Wert zu erkennen. Geduld und Disziplin im Umgang mit Ressourcen schenken dir mit den Jahren echte Stabilität.',
      gemini:
        'Deine Lektion führt über Kommunikation und Lernen. Vielleicht hattest du Sorge, beim Sprechen oder Lernen nicht zu genügen, doch dieser Ernst macht dich zu einem gründlichen Denker.',
      cancer:
        'Deine Aufgabe liegt im Gefühls- und Familienleben. Vielleicht hast du früh gelernt, dich zu schützen, und entdeckst mit der Zeit, dass Öffnung die Grundlage echter Sicherheit ist.',
      leo: 'Du lernst, dich auszudrücken und zu leuchten, ohne das Urteil anderer zu fürchten. Kreatives Selbstvertrauen kommt spät, aber fest, und deine Autorität wächst aus Echtheit.',
      virgo:
        'Deine Lektion betrifft Arbeit, Gesundheit und Ansprüche. Du bist sehr verantwortungsbewusst, und wenn du den Perfektionismus loslässt, wirst du noch wirksamer.',
      libra:
        'Beziehungen sind deine große Schule. Du nimmst Verpflichtungen sehr ernst und baust mit der Zeit gerechte, reife und dauerhafte Bindungen auf.',
      scorpio:
        'Deine Lektion führt über Vertrauen, Nähe und Macht. Loslassen fällt dir schwer, und gerade dabei entdeckst du eine sehr tiefe innere Stärke.',
      sagittarius:
        'Deine Aufgabe liegt bei Überzeugungen und der Suche nach Sinn. Du hinterfragst einfache Antworten und baust über die Jahre eine eigene, gelebte Weltanschauung auf.',
      capricorn:
        'Hier ist Saturn zu Hause: Du hast Disziplin, Pflichtgefühl und Geduld für lange Wege. Deine Lektion ist, nicht alles allein zu tragen.',
      aquarius:
        'Du lernst, Freiheit und Verantwortung zu verbinden. Die Gemeinschaft liegt dir am Herzen, und dein Beitrag reift, wenn du deinen Idealen eine konkrete Form gibst.',
      pisces:
        'Deine Lektion besteht darin, dem Unsichtbaren Form zu geben: Träumen, Ahnungen und Mitgefühl. Du brauchst klare Grenzen, und mit ihnen wird deine Empfindsamkeit zur Stärke.',
    },
    uranus: {
      aries:
        'Deine Generation bricht mit Pioniergeist und Unabhängigkeitsdrang auf. In dir weckt Uranus den Wunsch, eigene Wege zu gehen und mit dem Hergebrachten zu brechen.',
      taurus:
        'Deine Generation verändert den Umgang mit Geld, Ressourcen und Natur. In dir regt sich der Wunsch, die materiellen Grundlagen des Lebens neu zu gestalten.',
      gemini:
        'Deine Generation verändert Kommunikation und Lernen. In dir bringt Uranus glänzende, unruhige und oft überraschende Ideen hervor.',
      cancer:
        'Deine Generation erfindet Familie und Zuhause neu. In dir verlangt Uranus nach Freiheit gerade in den engsten Bindungen.',
      leo: 'Deine Generation sucht einen freien, eigenständigen Selbstausdruck. In dir weckt Uranus eine rebellische Kreativität, die niemanden nachahmen will.',
      virgo:
        'Deine Generation erneuert Arbeit, Gesundheit und Methoden. In dir bringt Uranus einfallsreiche Lösungen und eine unkonventionelle Art, nützlich zu sein.',
      libra:
        'Deine Generation definiert Partnerschaft und Beziehung neu. In dir verlangt Uranus nach Bindungen auf Augenhöhe, mit Freiraum für beide.',
      scorpio:
        'Deine Generation rüttelt an Tabus um Macht, Sexualität und Tod. In dir bringt Uranus eine Intensität, die von der Wurzel her verwandeln will.',
      sagittarius:
        'Deine Generation revolutioniert Glauben, Reisen und Wissen. In dir weckt Uranus den Durst nach geistiger Freiheit und neuen Horizonten.',
      capricorn:
        'Deine Generation reformiert Strukturen und Institutionen. In dir verbindet Uranus Ehrgeiz und Erfindergeist, um Regeln von innen zu verändern.',
      aquarius:
        'Hier ist Uranus in seinem eigenen Zeichen: Deine Generation glaubt an Technik, Vernetzung und Gemeinschaft. In dir leuchtet eine ausgeprägte Eigenart.',
      pisces:
        'Deine Generation löst Grenzen durch Fantasie und Spiritualität auf. In dir bringt Uranus plötzliche Eingebungen und visionäre Ideale.',
    },
    neptune: {
      aries:
        'Deine Generation träumt von Mut und Neuanfang. In dir weckt Neptun Ideale des Handelns und einen Pioniergeist.',
      taurus:
        'Deine Generation idealisiert Schönheit, Natur und materielle Sicherheit. In dir weckt Neptun ein künstlerisches Gespür, das eng mit den Sinnen verbunden ist.',
      gemini:
        'Deine Generation träumt in Worten und Informationen. In dir bringt Neptun eine fruchtbare, manchmal zerstreute sprachliche Fantasie.',
      cancer:
        'Deine Generation idealisiert Heim, Heimat und Familie. In dir bringt Neptun Sehnsucht, Zärtlichkeit und ein tiefes Verlangen nach Zugehörigkeit.',
      leo: 'Deine Generation träumt von romantischer Liebe und schöpferischem Ruhm. In dir weckt Neptun eine großzügige, bühnenreife Fantasie.',
      virgo:
        'Deine Generation idealisiert Dienst, Gesundheit und nützliche Arbeit. In dir bringt Neptun praktisches Mitgefühl und hohe Ansprüche an dich selbst.',
      libra:
        'Deine Generation träumt von Frieden, Harmonie und der idealen Partnerschaft. In dir weckt Neptun die Sehnsucht nach schönen und gerechten Beziehungen.',
      scorpio:
        'Deine Generation erforscht das Verborgene, die Psyche und die Wandlung. In dir bringt Neptun ein tiefes Gespür für das Unausgesprochene.',
      sagittarius:
        'Deine Generation sucht Sinn in Reisen, Philosophien und fernen Glaubenswegen. In dir weckt Neptun einen weiten, offenen Glauben.',
      capricorn:
        'Deine Generation stellt ihre Ideale in Strukturen und Institutionen auf die Probe. In dir verlangt Neptun, Träumen eine realistische Form zu geben.',
      aquarius:
        'Deine Generation träumt von einer vernetzten, freien Menschheit. In dir weckt Neptun gemeinschaftliche Ideale und Zukunftsvisionen.',
      pisces:
        'Hier ist Neptun in seinem eigenen Zeichen: Deine Generation lebt eine weite spirituelle und künstlerische Empfindsamkeit. In dir kennen Mitgefühl und Fantasie keine Grenzen.',
    },
    pluto: {
      aries:
        'Deine Generation trägt Wandlung in Identität und Willen. In dir bringt Pluto eine Pionierkraft, die bei null neu beginnen kann.',
      taurus:
        'Deine Generation verwandelt den Umgang mit Besitz und Ressourcen. In dir gibt Pluto große Zähigkeit bei allem, was du als deins betrachtest.',
      gemini:
        'Deine Generation verwandelt Sprache und Information. In dir bringt Pluto einen durchdringenden Verstand, der die Wahrheit hinter den Worten sucht.',
      cancer:
        'Deine Generation erlebt tiefe Umbrüche in Familie und Heimat. In dir rührt Pluto an die emotionalen Wurzeln und das Gefühl von Zuhause.',
      leo: 'Deine Generation verwandelt den Selbstausdruck und die Macht des Einzelnen. In dir gibt Pluto einen intensiven, magnetischen schöpferischen Willen.',
      virgo:
        'Deine Generation verwandelt Arbeit, Gesundheit und Technik. In dir bringt Pluto den Drang, den Alltag zu vervollkommnen und zu erneuern.',
      libra:
        'Deine Generation verwandelt Partnerschaft, Beziehung und die Idee der Gerechtigkeit. In dir macht Pluto Bindungen zum Ort tiefer Veränderung.',
      scorpio:
        'Hier ist Pluto in seinem eigenen Zeichen: Deine Generation begegnet Macht, Nähe und Tod ohne Schleier. In dir wirkt eine erneuernde Intensität.',
      sagittarius:
        'Deine Generation verwandelt Glauben, Bildung und Weltbild. In dir bringt Pluto eine leidenschaftliche Suche nach Wahrheit.',
      capricorn:
        'Deine Generation verwandelt Strukturen, Autorität und Institutionen. In dir gibt Pluto tiefen Ehrgeiz und die Fähigkeit, neu aufzubauen.',
      aquarius:
        'Deine Generation verwandelt Gemeinschaft, Technik und Netzwerke. In dir bringt Pluto eine Kraft gesellschaftlicher Veränderung und Neuerfindung.',
      pisces:
        'Deine Generation verwandelt Spiritualität und gemeinsame Vorstellungswelt. In dir löst Pluto alte Grenzen auf und weckt tiefes Mitgefühl.',
    },
  },
  planetInHouse: {
    sun: [
      'Mit der Sonne im 1. Haus fällt deine Präsenz auf: Du sollst die Initiative ergreifen und dich zeigen, wie du bist.',
      'Im 2. Haus verbindet die Sonne deine Identität mit dem, was du schätzt und mit eigenen Händen aufbaust; deine Talente sind dein Reichtum.',
      'Im 3. Haus strahlst du durch Sprache, Lernen und Gedankenaustausch; deine Neugier hält dich jung.',
      'Mit der Sonne im 4. Haus stehen Zuhause und Wurzeln im Zentrum deiner Identität, und oft blühst du mit den Jahren auf.',
      'Im 5. Haus stellt die Sonne Kreativität, Spiel und Liebe in den Mittelpunkt; das Leben zu genießen ist für dich wesentlich.',
      'Mit der Sonne im 6. Haus findest du deinen Sinn in guter Arbeit, im Dienst an anderen und in der Sorge um die Gesundheit.',
      'Im 7. Haus sind Partnerschaft und Beziehungen dein Spiegel; deine Aufgabe ist, in der Bindung ganz du selbst zu bleiben.',
      'Die Sonne im 8. Haus führt dich in Tiefe, Nähe und Wandlung; jede Krise macht dich stärker.',
      'Mit der Sonne im 9. Haus strahlst du, wenn du erkundest, studierst und über das Bekannte hinaus nach Sinn suchst.',
      'Im 10. Haus ist deine Identität eng mit deiner Berufung und deiner öffentlichen Rolle verbunden; du sollst in der Welt sichtbar wirken.',
      'Mit der Sonne im 11. Haus strahlst du durch Freundschaft, Gruppen und gemeinsame Ideale.',
      'Im 12. Haus wendet sich die Sonne nach innen: Alleinsein, Fantasie und geistiges Leben geben dir Kraft.',
    ],
    moon: [
      'Mit dem Mond im 1. Haus zeigen sich deine Gefühle sofort, und deine Stimmung färbt dein Auftreten.',
      'Im 2. Haus hängt deine emotionale Sicherheit stark von materieller Sicherheit und einer behaglichen Umgebung ab.',
      'Mit dem Mond im 3. Haus musst du reden, schreiben oder dich bewegen, um Gefühle zu verarbeiten.',
      'Im 4. Haus sind Zuhause und Familie das Herz deiner Gefühlswelt; du brauchst einen eigenen Rückzugsort.',
      'Mit dem Mond im 5. Haus nähren dich Kreativität, Romantik und Spiel.',
      'Im 6. Haus gibt dir ein geordneter, nützlicher Alltag Sicherheit; dein Körper spiegelt deine Gefühle.',
      'Mit dem Mond im 7. Haus macht Partnerschaft dich emotional ganz, solange du die Gefühle des anderen nicht als deine übernimmst.',
      'Im 8. Haus ist dein Gefühlsleben intensiv und verschwiegen, mit großer Kraft zur Erneuerung nach Verlusten.',
      'Mit dem Mond im 9. Haus nähren dich Reisen, Studium und die Suche nach Sinn.',
      'Im 10. Haus zeigt sich dein Gefühlsleben in der Öffentlichkeit; deine Berufung kann mit Fürsorge für andere zu tun haben.',
      'Mit dem Mond im 11. Haus sind Freunde und Gruppen deine gewählte Familie und dein Rückhalt.',
      'Im 12. Haus sind deine Gefühle tief und manchmal selbst vor dir verborgen; du brauchst Zeiten des Rückzugs.',
    ],
    mercury: [
      'Mit Merkur im 1. Haus denkst du laut, und dein wacher Verstand gehört zu deiner Visitenkarte.',
      'Im 2. Haus richtet sich dein Denken aufs Praktische: Geld kann von deinen Ideen und Worten abhängen.',
      'Mit Merkur im 3. Haus nehmen Kommunikation, Lernen und Geschwister einen zentralen Platz ein.',
      'Im 4. Haus nährt sich dein Denken aus dem Familiengedächtnis, und du arbeitest oder lernst gern von zu Hause aus.',
      'Mit Merkur im 5. Haus denkst du kreativ und liebst Wortspiele und Geschichten.',
      'Im 6. Haus ist dein Verstand methodisch und effizient, wie geschaffen zum Organisieren, Analysieren und Lösen.',
      'Mit Merkur im 7. Haus denkst du am besten im Gespräch und hast Talent zum Verhandeln und Beraten.',
      'Im 8. Haus erforscht dein Verstand das Verborgene und interessiert sich für Psychologie und Geheimnisse.',
      'Mit Merkur im 9. Haus begeistern dich große Ideen, Sprachen, Reisen und das Lehren.',
      'Im 10. Haus gehören deine Worte und Ideen zu deiner Berufung und deinem öffentlichen Bild.',
      'Mit Merkur im 11. Haus entfalten sich deine Ideen in Gruppen und Netzwerken Gleichgesinnter.',
      'Im 12. Haus ist dein Denken intuitiv und verschwiegen; du denkst am besten in Stille und Alleinsein.',
    ],
    venus: [
      'Mit der Venus im 1. Haus hast du natürlichen Charme und eine freundliche Ausstrahlung, die andere anzieht.',
      'Im 2. Haus fördert die Venus den Sinn für Schönheit, Behaglichkeit und einen guten Umgang mit Geld.',
      'Mit der Venus im 3. Haus sprichst du anmutig und genießt nahe Beziehungen und Gespräche.',
      'Im 4. Haus verschönert die Venus dein Zuhause und schenkt deinen Familienbanden Wärme.',
      'Mit der Venus im 5. Haus haben Romantik, Kunst und Vergnügen einen besonderen Platz in deinem Leben.',
      'Im 6. Haus hilft dir die Venus, Harmonie bei der Arbeit zu finden und liebevoll für dich zu sorgen.',
      'Mit der Venus im 7. Haus ist Partnerschaft eine Quelle des Glücks, und du hast eine Gabe für Zusammenarbeit.',
      'Im 8. Haus vertieft die Venus Liebe und Nähe; Bindungen verwandeln dich von Grund auf.',
      'Mit der Venus im 9. Haus verlieben dich die Ferne, fremde Kulturen und Ideen, die deine Welt weiten.',
      'Im 10. Haus verleiht die Venus deinem öffentlichen Bild Charme und kann deine Berufung zur Kunst oder zum Umgang mit Menschen lenken.',
      'Mit der Venus im 11. Haus ist Freundschaft eine Säule deines Gefühlslebens, und du umgibst dich mit lieben Menschen.',
      'Im 12. Haus macht die Venus deine Liebe still, mitfühlend und manchmal heimlich.',
    ],
    mars: [
      'Mit Mars im 1. Haus sieht man deine Energie von Weitem: Du bist direkt, tatkräftig und manchmal ungeduldig.',
      'Im 2. Haus setzt Mars deine Energie dafür ein, Geld zu verdienen und zu verteidigen, was dir gehört.',
      'Mit Mars im 3. Haus sprichst du mit Nachdruck und liebst Debatten, solltest aber deine Worte abwägen.',
      'Im 4. Haus konzentriert sich deine Energie auf Zuhause und Familie, wo Spannungen und viel Tatendrang entstehen können.',
      'Mit Mars im 5. Haus steckst du Leidenschaft in Liebe, Sport und schöpferisches Tun.',
      'Im 6. Haus arbeitest du energisch und wirksam; Bewegung hilft dir, Spannungen abzubauen.',
      'Mit Mars im 7. Haus sind Beziehungen intensiv und manchmal konfliktreich; du suchst Partner mit Charakter.',
      'Im 8. Haus ist deine Energie tief und strategisch, mit großer Kraft in Nähe und Krisen.',
      'Mit Mars im 9. Haus verteidigst du deine Überzeugungen leidenschaftlich, und Abenteuer und Reisen ziehen dich an.',
      'Im 10. Haus ist dein Ehrgeiz stark, und du kämpfst energisch für Beruf und Anerkennung.',
      'Mit Mars im 11. Haus stellst du deine Energie in den Dienst von Gruppen und gemeinsamen Anliegen.',
      'Im 12. Haus wirkt deine Energie im Verborgenen; Ärger ausdrücken zu lernen verhindert, dass er sich gegen dich selbst richtet.',
    ],
    jupiter: [
      'Mit Jupiter im 1. Haus strahlst du Zuversicht und Vertrauen aus, und das Leben öffnet dir oft Türen.',
      'Im 2. Haus begünstigt Jupiter materielle Fülle und einen großzügigen Umgang mit Geld.',
      'Mit Jupiter im 3. Haus lernst du leicht, und deine Worte übertragen Begeisterung.',
      'Im 4. Haus schenkt Jupiter ein weites, gastfreundliches Zuhause und einen starken Familiensinn.',
      'Mit Jupiter im 5. Haus sind Kreativität, Liebe und Kinder Quellen von Freude und Wachstum.',
      'Im 6. Haus bringt Jupiter Chancen durch Arbeit und durch den Dienst an anderen.',
      'Mit Jupiter im 7. Haus kommen dir Beziehungen und Partnerschaften zugute und lassen dich wachsen.',
      'Im 8. Haus begünstigt Jupiter gemeinsame Ressourcen und eine große Fähigkeit zur Erneuerung.',
      'Mit Jupiter im 9. Haus bist du in deinem Element: Reisen, Studieren und Lehren lassen dich wachsen.',
      'Im 10. Haus begünstigt Jupiter beruflichen Erfolg und einen guten Ruf.',
      'Mit Jupiter im 11. Haus bringen dir Freunde und Netzwerke Chancen und Unterstützung.',
      'Im 12. Haus schenkt dir Jupiter einen stillen Schutz und ein reiches Innen- und Seelenleben.',
    ],
    saturn: [
      'Mit Saturn im 1. Haus wirkst du ernst und verantwortungsvoll; Selbstvertrauen baust du mit der Zeit auf.',
      'Im 2. Haus lehrt dich Saturn, materielle Sicherheit mit Geduld und guter Planung aufzubauen.',
      'Mit Saturn im 3. Haus nimmst du Sprache und Lernen ernst und gewinnst beim Kommunizieren an Autorität.',
      'Im 4. Haus zeigt Saturn familiäre Pflichten und die Aufgabe, dir ein eigenes sicheres Zuhause zu schaffen.',
      'Mit Saturn im 5. Haus brauchen Kreativität und Vergnügen Übung, reifen aber solide.',
      'Im 6. Haus macht dich Saturn diszipliniert bei der Arbeit; beständige Sorge um die Gesundheit ist entscheidend.',
      'Mit Saturn im 7. Haus bindest du dich ernsthaft und suchst stabile, reife Beziehungen.',
      'Im 8. Haus lehrt dich Saturn, zu vertrauen und zu teilen, und gibt dir Kraft, Krisen durchzustehen.',
      'Mit Saturn im 9. Haus suchst du fundiertes Wissen und baust deine Überzeugungen gründlich auf.',
      'Im 10. Haus schenkt Saturn Ehrgeiz und Pflichtgefühl; deine Laufbahn entsteht Schritt für Schritt.',
      'Mit Saturn im 11. Haus hast du wenige, aber treue Freunde und übernimmst Verantwortung in Gruppen.',
      'Im 12. Haus lädt Saturn dich ein, dich verborgenen Ängsten zu stellen und im Alleinsein Stärke zu finden.',
    ],
    uranus: [
      'Mit Uranus im 1. Haus trittst du eigenwillig und unberechenbar auf und brauchst Freiheit.',
      'Im 2. Haus bringt Uranus finanzielle Auf und Abs und unkonventionelle Wege, deinen Lebensunterhalt zu verdienen.',
      'Mit Uranus im 3. Haus ist dein Verstand erfinderisch, und deine Ideen überraschen dein Umfeld.',
      'Im 4. Haus bringt Uranus Veränderungen im Zuhause und eine ungewöhnliche Familie.',
      'Mit Uranus im 5. Haus ist deine Kreativität eigenständig und sind deine Lieben überraschend.',
      'Im 6. Haus brauchst du Freiheit bei der Arbeit, und neue Methoden ziehen dich an.',
      'Mit Uranus im 7. Haus suchst du freie, unkonventionelle Beziehungen mit Raum für beide.',
      'Im 8. Haus bringt Uranus plötzliche Wandlungen und einen neuen Blick auf Nähe.',
      'Mit Uranus im 9. Haus sind deine Überzeugungen unabhängig, und zukunftsweisende Ideen ziehen dich an.',
      'Im 10. Haus kann deine Laufbahn unerwartete Wendungen nehmen, und du brauchst berufliche Freiheit.',
      'Mit Uranus im 11. Haus umgibst du dich mit besonderen Freunden und liebst neuartige Gemeinschaftsprojekte.',
      'Im 12. Haus bringt Uranus plötzliche Eingebungen aus deinem Unbewussten.',
    ],
    neptune: [
      'Mit Neptun im 1. Haus ist deine Ausstrahlung fein und empfindsam, und andere projizieren ihre Träume auf dich.',
      'Im 2. Haus verlangt Neptun Klarheit im Umgang mit Geld, weil du das Materielle leicht idealisierst.',
      'Mit Neptun im 3. Haus ist dein Denken fantasievoll und poetisch, manchmal zerstreut.',
      'Im 4. Haus taucht Neptun dein Zuhause in Träume und Sehnsucht; du brauchst einen fast heiligen Rückzugsort.',
      'Mit Neptun im 5. Haus ist deine Kreativität inspiriert, und deine Lieben sind romantisch und idealisiert.',
      'Im 6. Haus lenkt Neptun dich zu mitfühlendem Dienst und macht dich gesundheitlich empfindsam.',
      'Mit Neptun im 7. Haus idealisierst du den Partner; es hilft, den anderen zu sehen, wie er ist.',
      'Im 8. Haus bringt Neptun ein tiefes Gespür für das Verborgene und Unsichtbare.',
      'Mit Neptun im 9. Haus ist deine Sinnsuche spirituell und mystisch.',
      'Im 10. Haus kann deine Berufung mit Kunst, Hilfe für andere oder Spiritualität verbunden sein.',
      'Mit Neptun im 11. Haus sind deine gemeinschaftlichen Ideale hoch und deine Freundschaften manchmal idealisiert.',
      'Im 12. Haus ist Neptun zu Hause: Dein Innen- und Seelenleben ist sehr reich.',
    ],
    pluto: [
      'Mit Pluto im 1. Haus ist deine Ausstrahlung intensiv und magnetisch, und du erlebst tiefe persönliche Wandlungen.',
      'Im 2. Haus bringt Pluto radikale Veränderungen deiner Ressourcen und eine starke Beziehung zu materieller Macht.',
      'Mit Pluto im 3. Haus sind deine Worte durchdringend, und dein Verstand sucht die verborgene Wahrheit.',
      'Im 4. Haus rührt Pluto an die Familienwurzeln und lädt dich ein, dein Erbe zu verwandeln.',
      'Mit Pluto im 5. Haus sind Kreativität und Liebe intensiv und verwandelnd.',
      'Im 6. Haus drängt Pluto dich, Gewohnheiten, Arbeit und Gesundheit zu verwandeln.',
      'Mit Pluto im 7. Haus sind Beziehungen intensiv und verwandeln dich zutiefst.',
      'Im 8. Haus ist Pluto zu Hause: Nähe, Krisen und Erneuerung prägen dein Leben.',
      'Mit Pluto im 9. Haus wandeln sich deine Überzeugungen im Lauf des Lebens grundlegend.',
      'Im 10. Haus schenkt Pluto Ehrgeiz und Macht, und deine Laufbahn kann große Umbrüche erleben.',
      'Mit Pluto im 11. Haus werden Gruppen und Freundschaften zum Schauplatz tiefer Veränderungen.',
      'Im 12. Haus wirkt Pluto in der Tiefe des Unbewussten und lädt dich ein, Verborgenes zu heilen.',
    ],
  },
  ascendantInSign: {
    aries:
      'Mit dem Aszendenten im Widder trittst du tatkräftig, offen und handlungsfreudig auf. Andere erleben dich als mutig und direkt, als jemanden, der vorangeht.',
    taurus:
      'Mit dem Aszendenten im Stier strahlst du Ruhe, Verlässlichkeit und gelassenen Charme aus. Du lässt dir Zeit, und andere finden in dir einen festen Halt.',
    gemini:
      'Mit dem Aszendenten in den Zwillingen wirkst du neugierig, wendig und gesprächig. Du knüpfst leicht Kontakte und hinterlässt einen lebhaften, jugendlichen Eindruck.',
    cancer:
      'Mit dem Aszendenten im Krebs begegnest du der Welt einfühlsam und vorsichtig. Du wirkst warm und fürsorglich, hältst dich anfangs aber zurück.',
    leo: 'Mit dem Aszendenten im Löwen ist deine Ausstrahlung warm, selbstbewusst und auffallend. Wenn du einen Raum betrittst, merkt man es, und andere spüren deine Großzügigkeit und deinen Stolz.',
    virgo:
      'Mit dem Aszendenten in der Jungfrau trittst du zurückhaltend, genau und praktisch auf. Andere sehen in dir einen aufmerksamen, verlässlichen Beobachter.',
    libra:
      'Mit dem Aszendenten in der Waage wirkst du freundlich, stilvoll und diplomatisch. Du suchst in jeder Begegnung Harmonie und hinterlässt einen angenehmen Eindruck.',
    scorpio:
      'Mit dem Aszendenten im Skorpion ist deine Ausstrahlung intensiv, magnetisch und verhalten. Du beobachtest, bevor du dich zeigst, und andere ahnen deine Tiefe.',
    sagittarius:
      'Mit dem Aszendenten im Schützen trittst du begeistert, offen und gut gelaunt auf. Du verbreitest Zuversicht und Entdeckerlust.',
    capricorn:
      'Mit dem Aszendenten im Steinbock wirkst du ernsthaft, fähig und zurückhaltend. Andere spüren deine Reife und dein Verantwortungsbewusstsein.',
    aquarius:
      'Mit dem Aszendenten im Wassermann trittst du eigenständig, freundschaftlich und unabhängig auf. Du wirkst wie jemand Besonderes, der sich schwer einordnen lässt.',
    pisces:
      'Mit dem Aszendenten in den Fischen ist deine Ausstrahlung sanft, empfindsam und ein wenig geheimnisvoll. Andere spüren dein Mitgefühl und deine reiche Vorstellungswelt.',
  },
  pairText: {
    sun_moon:
      'Sonne und Mond beschreiben gemeinsam das Verhältnis zwischen dem, was du willst, und dem, was du brauchst, zwischen bewusstem Ziel und emotionalem Instinkt.',
    sun_mercury:
      'Wenn die Sonne auf Merkur trifft, gehen Identität und Verstand Hand in Hand: Wie du denkst und sprichst, drückt unmittelbar aus, wer du bist.',
    sun_venus:
      'Die Sonne mit der Venus bringt Charme, Wärme und Liebe zur Schönheit in den Kern deiner Identität.',
    sun_mars:
      'Wille und Antrieb treffen sich in der Verbindung der Sonne mit Mars, die zeigt, wie du dich durchsetzt und für das kämpfst, was du willst.',
    sun_jupiter:
      'Zwischen Sonne und Jupiter fließt ein Strom von Zuversicht, Großzügigkeit und Vertrauen in das, was das Leben werden kann.',
    sun_saturn:
      'Sonne und Saturn verbinden Selbstausdruck mit Verantwortung und einem Sinn für Grenzen und zeigen, wie du mit der Zeit Autorität aufbaust.',
    sun_uranus:
      'Die Verbindung der Sonne mit Uranus knüpft deine Identität an das Bedürfnis nach Freiheit und Eigenständigkeit und kann plötzliche Kurswechsel bringen.',
    sun_neptune:
      'Sonne und Neptun verweben dein Selbstgefühl mit Fantasie, Idealismus und Empfindsamkeit und machen die Ränder des Ichs weicher.',
    sun_pluto:
      'Identität, Macht und Wandlung verschmelzen, wenn die Sonne Pluto berührt, und andere spüren deine Intensität sofort.',
    moon_mercury:
      'Mond und Merkur verbinden Fühlen und Denken: Sie zeigen, wie leicht du deine Gefühle in Worte fasst.',
    moon_venus:
      'Emotionale Bedürfnisse und Zuneigung begegnen sich zwischen Mond und Venus, die Zärtlichkeit und den Wunsch nach Harmonie bringen.',
    moon_mars: 'Mond und Mars verbinden Gefühl und Tat: Deine Empfindungen werden schnell zu Antrieb.',
    moon_jupiter:
      'Der Mond mit Jupiter weitet deine Gefühlswelt, mit Großzügigkeit, Zuversicht und großer Herzlichkeit.',
    moon_saturn:
      'Mond und Saturn verbinden Gefühl und Verantwortung: Sie zeigen, wie du gelernt hast, deine Empfindungen zu halten und zu schützen.',
    moon_uranus:
      'Mond und Uranus bringen deinem Gefühlsleben ein Bedürfnis nach Freiheit und unvorhersehbare Stimmungswechsel.',
    moon_neptune:
      'Mond und Neptun verfeinern deine Empfindsamkeit fast bis ins Hellfühlige, mit großem Mitgefühl und durchlässigen Grenzen.',
    moon_pluto: 'Mond und Pluto geben deinen Gefühlen eine tiefe Intensität und große Wandlungskraft.',
    mercury_venus:
      'Merkur und Venus verbinden Verstand und Geschmack: Du sprichst anmutig und hast ein Gespür für Worte und Schönheit.',
    mercury_mars:
      'Merkur und Mars schärfen dein Denken: Du denkst schnell, argumentierst energisch und entscheidest ohne Umschweife.',
    mercury_jupiter: 'Merkur mit Jupiter weitet deinen Geist für große Ideen, Wissen und das Lehren.',
    mercury_saturn:
      'Merkur und Saturn geben deinem Denken Gründlichkeit, Struktur und Geduld für schwierige Themen.',
    mercury_uranus:
      'Merkur und Uranus bringen glänzende Ideen, plötzliche Einsichten und einen Geist, der seiner Zeit voraus ist.',
    mercury_neptune:
      'Merkur und Neptun verbinden Verstand und Fantasie, mit besonderer Begabung für Dichtung, Musik oder Symbolik.',
    mercury_pluto:
      'Merkur und Pluto geben deinem Verstand eine ungewöhnliche Kraft, zu durchdringen und zu erforschen.',
    venus_mars:
      'Venus und Mars verbinden Liebe und Begehren: Sie zeigen, wie Zärtlichkeit und Leidenschaft in dir zusammenkommen.',
    venus_jupiter:
      'Venus und Jupiter bringen Großzügigkeit, Lebensfreude und Sinn für die Genüsse des Lebens.',
    venus_saturn:
      'Venus und Saturn verbinden Liebe mit Verbindlichkeit und verlangen Reife und Geduld in Gefühlsdingen.',
    venus_uranus:
      'Venus und Uranus bringen plötzliche Anziehung und ein Bedürfnis nach Freiheit in der Liebe.',
    venus_neptune:
      'Venus und Neptun wecken eine romantische, idealistische und für Schönheit sehr empfängliche Liebe.',
    venus_pluto: 'Venus und Pluto geben deinen Gefühlen eine leidenschaftliche, verwandelnde Intensität.',
    mars_jupiter:
      'Mars und Jupiter verbinden Tatkraft und Begeisterung, mit großzügiger Energie und dem Drang, weiterzugehen.',
    mars_saturn:
      'Mars und Saturn verbinden Antrieb und Disziplin: Du lernst, deine Kraft zu dosieren und durchzuhalten.',
    mars_uranus:
      'Mars und Uranus geben eine elektrisierende, unabhängige und manchmal unberechenbare Energie.',
    mars_neptune:
      'Mars und Neptun verbinden Handeln und Inspiration: Du handelst am besten im Dienst eines Ideals.',
    mars_pluto: 'Mars und Pluto bündeln einen kraftvollen, intensiven und sehr ausdauernden Willen.',
    jupiter_saturn:
      'Jupiter und Saturn halten Wachstum und Vorsicht, Zuversicht und Realismus im Gleichgewicht.',
    jupiter_uranus: 'Jupiter und Uranus bringen unerwartete Chancen und Lust auf Freiheit und Neuerung.',
    jupiter_neptune:
      'Jupiter und Neptun weiten Fantasie und Glauben, mit großzügigen, manchmal utopischen Idealen.',
    jupiter_pluto:
      'Jupiter und Pluto verbinden Wachstum und Macht, mit großem Ehrgeiz, Einfluss zu nehmen und zu verwandeln.',
    saturn_uranus:
      'Saturn und Uranus stellen Tradition neben Erneuerung und verlangen, Strukturen zu erneuern, ohne sie einzureißen.',
    saturn_neptune:
      'Saturn und Neptun verbinden Wirklichkeit und Traum: Sie verlangen, deinen Idealen eine konkrete Form zu geben.',
    saturn_pluto:
      'Saturn und Pluto verbinden Struktur und tiefe Macht, mit enormer Widerstandskraft gegenüber Widrigkeiten.',
    uranus_neptune:
      'Uranus und Neptun bilden ein Generationsband zwischen Erneuerung und Fantasie, das du als Gespür für gesellschaftlichen Wandel erlebst.',
    uranus_pluto:
      'Uranus und Pluto bilden ein Generationsband aus Umbruch und Wandlung, ein Echo der Erschütterungen deiner Zeit.',
    neptune_pluto:
      'Neptun und Pluto teilen ein langsames Generationsband zwischen spiritueller Sehnsucht und tiefer Wandlung.',
  },
  aspectTypeText: {
    conjunction: [
      'In der Konjunktion verschmelzen ihre Energien zu einer einzigen Kraft, die sich kaum trennen lässt. Hier liegt ein Brennpunkt deines Horoskops, stark in jeder Richtung, die du wählst.',
      'In Konjunktion wirken die beiden wie eins und verstärken sich gegenseitig; die Mischung kann zu einer unverwechselbaren Begabung werden, wenn du sie bewusst lenkst.',
      'Eine Konjunktion ist eher eine Verschmelzung als ein Gespräch: Du merkst vielleicht kaum, wo der eine Einfluss endet und der andere beginnt, andere aber spüren die gemeinsame Wirkung sehr wohl.',
    ],
    opposition: [
      'In der Opposition stehen sich die beiden gegenüber wie Parteien einer Verhandlung. Du pendelst vielleicht zwischen ihnen oder begegnest einem davon in anderen Menschen, bis du beide zugleich halten kannst.',
      'Die Opposition setzt diese Energien auf eine Wippe. Die Lektion heißt Ausgleich: Keine Seite muss gewinnen, und nahe Beziehungen zeigen dir die Hälfte, die du gern verleugnest.',
      'Einander im Tierkreis gegenüber, können sich die beiden wie widerstreitende Ansprüche anfühlen; wenn du aufhörst zu wählen und beginnst zu verbinden, wird die Opposition zur Quelle von Sachlichkeit und Reife.',
    ],
    trine: [
      'Das Trigon lässt sie leicht zusammenfließen, wie eine natürliche Begabung, die fast mühelos wirkt. Die einzige Gefahr ist, sie für selbstverständlich zu halten.',
      'Durch ein Trigon verbunden, arbeiten diese Energien anmutig zusammen; was dir so leicht zufällt, verdient es, bewusst gepflegt zu werden.',
      'Harmonie ist der Grundton des Trigons: Die beiden stützen einander und schenken dir eine Kraftquelle für Zeiten, in denen anderes schwerfällt.',
    ],
    square: [
      'Das Quadrat erzeugt eine fruchtbare Reibung zwischen ihnen. Sie ziehen in verschiedene Richtungen, und diese Spannung wird zum Wachstumsmotor, wenn du dich ihr stellst, statt ihr auszuweichen.',
      'Im Quadrat reiben sich die beiden aneinander und erzeugen Unruhe und Antrieb; viel von deiner Stärke entsteht genau dort, wo diese Herausforderung dich zum Handeln zwingt.',
      'Ein Quadrat ist ein Arbeitsaspekt, der dich selten ruhen lässt, und zugleich der Ort, an dem du Widerstandskraft und Können schmiedest, die leichtere Stellungen nie verlangen.',
    ],
    sextile: [
      'Das Sextil bietet eine Gelegenheit: Die beiden arbeiten bereitwillig zusammen, sobald du den ersten Schritt tust. Es belohnt Initiative mit einer stillen, verlässlichen Leichtigkeit.',
      'Durch ein Sextil verbunden, sind diese Energien freundliche Verbündete; ihre Gaben sind echt, verlangen aber deine Mitwirkung, wie eine Tür, die sich öffnet, wenn du anklopfst.',
      'Ein Sextil schlägt eine leichte, aufbauende Brücke zwischen ihnen, eine Begabung, die mit dem Gebrauch wächst und zum Ausprobieren einlädt.',
    ],
  },
  elementBalance: {
    fire: {
      dominant:
        'Feuer durchzieht dein Horoskop kraftvoll: Du bist begeisterungsfähig, spontan und von Inspiration getragen. Denk daran, aufzutanken, denn selbst die hellste Flamme braucht Ruhe.',
      lacking:
        'Feuer ist in deinem Horoskop knapp, daher kommen Begeisterung und Selbstvertrauen nicht immer von selbst; manchmal musst du das Streichholz selbst anzünden. Bewegung, Spiel und lebhafte Gesellschaft wärmen dich auf.',
    },
    earth: {
      dominant:
        'Erde bestimmt dein Horoskop und schenkt dir praktischen Sinn, Geduld und gesunden Menschenverstand. Du vertraust auf das Greifbare und baust Dauerhaftes; lass ab und zu auch dem Ungreifbaren Raum.',
      lacking:
        'Mit wenig Erde im Horoskop fällt dir das Praktische, etwa Routinen, Geld und die Bedürfnisse des Körpers, womöglich weniger leicht. Einfache Strukturen und Zeit in der Natur geben dir viel Halt.',
    },
    air: {
      dominant:
        'Luft tritt in deinem Horoskop hervor und schenkt dir einen regen Verstand, gesellige Leichtigkeit und Liebe zu Ideen. Verbindung zu Körper und Gefühl erdet all dieses Denken.',
      lacking:
        'Luft ist in deinem Horoskop spärlich, daher fällt es dir vielleicht schwer, Abstand zu nehmen und Erlebtes zu analysieren. Gespräche, Tagebuch und andere Sichtweisen schenken dir Überblick.',
    },
    water: {
      dominant:
        'Wasser bestimmt dein Horoskop und macht dich empfindsam, intuitiv und gefühlsstark. Du spürst Unterströmungen, die anderen entgehen; gute Grenzen schützen deine Kraft.',
      lacking:
        'Wasser ist in deinem Horoskop knapp, daher wirken Gefühle vielleicht weniger unmittelbar oder schwerer benennbar. Dir Zeit zum Fühlen zu nehmen und deinen Ahnungen zu trauen, vertieft deine Beziehungen.',
    },
  },
  modalityBalance: {
    cardinal: {
      dominant:
        'Kardinale Zeichen sind stark vertreten: Du bist jemand, der Dinge anstößt und vorangeht. Die Kunst liegt darin, dranzubleiben, wenn der erste Schwung verflogen ist.',
      lacking:
        'Kardinale Energie ist in deinem Horoskop gering, daher fällt dir das Anfangen schwerer als das Durchhalten oder Anpassen. Kleine, bewusste erste Schritte stärken dein Vertrauen.',
    },
    fixed: {
      dominant:
        'Fixe Zeichen überwiegen: Du hast Entschlossenheit, Treue und großes Durchhaltevermögen. Deine Aufgabe ist Beweglichkeit, denn standhaft zu sein heißt nicht, unbeweglich zu sein.',
      lacking:
        'Fixe Energie ist knapp, daher braucht Beharrlichkeit bewusste Pflege. Einfache Routinen und kleine, gehaltene Versprechen helfen dir, Dinge zu Ende zu bringen.',
    },
    mutable: {
      dominant:
        'Veränderliche Zeichen treten hervor: Du bist anpassungsfähig, vielseitig und offen für Wandel. Eine Richtung zu wählen und eine Weile zu halten, gibt dieser Beweglichkeit ein Ziel.',
      lacking:
        'Veränderliche Energie ist knapp, daher kostet dich die Anpassung an plötzliche Wechsel Kraft. Beweglichkeit im Kleinen zu üben erleichtert die großen Übergänge.',
    },
  },
  balancedElements:
    'Deine Elemente sind recht gleichmäßig verteilt: Dir stehen Begeisterung, Sinn fürs Praktische, Denken und Fühlen gleichermaßen zur Verfügung, sodass du dich sehr verschiedenen Lagen anpassen kannst.',
  balancedModalities:
    'Die Qualitäten sind in deinem Horoskop ausgewogen: Du kannst anfangen, durchhalten und dich anpassen, je nachdem, was der Moment verlangt.',
  sunMoonElements: {
    same: 'Da Sonne und Mond dasselbe Element teilen, ziehen dein Wollen und dein Brauchen in dieselbe Richtung, was deinem Wesen eine stimmige Geschlossenheit gibt.',
    compatible:
      'Sonne und Mond stehen in verträglichen Elementen: Deine Ziele und deine Gefühlsbedürfnisse arbeiten meist zusammen, und innere Konflikte löst du eher im Gespräch als mit Gewalt.',
    different:
      'Sonne und Mond sprechen verschiedene Element-Sprachen: Was du anstrebst und was du zum Geborgensein brauchst, kann auseinandergehen. Beides zu achten ist eine Quelle von Tiefe.',
  },
  timeUnknownNote:
    'Da die Geburtszeit unbekannt ist, lässt diese Deutung Aszendent, Häuser und Achsen weg, die alle von der genauen Uhrzeit abhängen; auch der Mond kann im Lauf des Tages einige Grad vorangeschritten sein.',
  stelliumSign:
    'Diese Ballung von Energie macht die Eigenschaften des Zeichens zu deinem Spezialgebiet, zu einem Feld der Tiefe, zu dem du immer wieder zurückkehrst. Sie kann dich auch etwas einseitig machen, daher verdienen die weniger besetzten Bereiche deines Horoskops bewusste Aufmerksamkeit.',
  stelliumHouse:
    'So viele Planeten in einem Haus machen dessen Themen zu einer Hauptbühne deines Lebens, auf der sich ein großer Teil deines Wachstums, deiner Mühe und deiner Erfüllung sammelt.',
  hemisphere: {
    eastern:
      'Die meisten deiner Planeten liegen in der östlichen Hälfte des Horoskops, auf der Seite des Aszendenten. Du lenkst dein Leben gern selbst und gestaltest die Umstände aus eigenem Antrieb.',
    western:
      'Die meisten deiner Planeten liegen in der westlichen Hälfte des Horoskops, auf der Seite des Deszendenten. Dein Leben entfaltet sich über andere Menschen, und Zusammenarbeit ist ein Schlüssel deines Erfolgs.',
    southern:
      'Die obere Hälfte des Horoskops, über dem Horizont, versammelt die meisten deiner Planeten. Du bist nach außen gewandt: zur Welt, zum öffentlichen Leben und zu gemeinsamen Zielen.',
    northern:
      'Die untere Hälfte des Horoskops, unter dem Horizont, versammelt die meisten deiner Planeten. Vieles an deiner Entwicklung geschieht im Privaten, in deinem Innenleben und deinen nahen Beziehungen.',
    balanced:
      'Deine Planeten verteilen sich recht gleichmäßig über das Rad, zwischen dir und anderen, zwischen Privatem und Öffentlichem, sodass keine Hälfte deine Ausrichtung bestimmt.',
  },
  quadrant: [
    'Der erste Quadrant (Häuser 1 bis 3) ist am stärksten besetzt und betont Selbstentdeckung, eigene Mittel und die Art, wie du dich ausdrückst.',
    'Der zweite Quadrant (Häuser 4 bis 6) ist am stärksten besetzt und betont Wurzeln, Kreativität und die tägliche Sorge um dich und andere.',
    'Der dritte Quadrant (Häuser 7 bis 9) ist am stärksten besetzt und betont Beziehungen, gemeinsame Erfahrung und die Weitung des Horizonts durch andere.',
    'Der vierte Quadrant (Häuser 10 bis 12) ist am stärksten besetzt und betont Berufung, Gemeinschaft und einen größeren, manchmal spirituellen Sinn.',
  ],
  retrograde: {
    none: 'Keiner deiner Planeten war bei deiner Geburt rückläufig; ihre Energien äußern sich also eher nach außen und unmittelbar.',
    few: 'Rückläufige Planeten wenden ihre Funktion zuerst nach innen: Du prüfst, überdenkst und machst dir diese Themen zu eigen, bevor du sie ausdrückst, und dein Verständnis davon wird sehr persönlich.',
    many: 'So viele rückläufige Planeten deuten auf ein nachdenkliches, nach innen gewandtes Naturell. Du gehst den Dingen oft noch einmal nach, um sie gründlich zu verstehen, und dein Weg ist vielleicht weniger herkömmlich, dafür umso mehr dein eigener.',
  },
  noAspects:
    'Keine Hauptaspekte zwischen den Planeten liegen innerhalb der für dieses Horoskop verwendeten Orben. Jeder Planet wirkt daher eher für sich, was deinen Charakter besonders vielfältig machen kann.',
  angularIntro: 'Planeten nahe den vier Achsen des Horoskops gehören zu seinen stärksten.',
  signEssence: {
    aries: 'Kühnheit, Direktheit und Aufbruchslust',
    taurus: 'Beständigkeit, Sinnlichkeit und Geduld',
    gemini: 'Neugier, Wendigkeit und Freude am Austausch',
    cancer: 'Fürsorge, Schutz und emotionales Gespür',
    leo: 'Wärme, Ausdruckskraft und Stolz',
    virgo: 'Beobachtungsgabe, Geschick und Urteilsvermögen',
    libra: 'Anmut, Gerechtigkeitssinn und Beziehungsfähigkeit',
    scorpio: 'Intensität, Scharfblick und Verschwiegenheit',
    sagittarius: 'Abenteuerlust, Offenheit und Sinnsuche',
    capricorn: 'Ehrgeiz, Disziplin und Realismus',
    aquarius: 'Unabhängigkeit, Erfindungsgeist und Grundsatztreue',
    pisces: 'Mitgefühl, Fantasie und Intuition',
  },
  houseTopics: [
    'Selbst, Körper und ersten Eindruck',
    'Geld, Besitz und Selbstwert',
    'Kommunikation, Lernen und Geschwister',
    'Zuhause, Familie und Wurzeln',
    'Kreativität, Romantik und Spiel',
    'Arbeit, Gesundheit und Alltag',
    'Partnerschaft und enge Beziehungen',
    'Nähe, gemeinsame Mittel und Wandlung',
    'Reisen, Weltanschauung und höhere Bildung',
    'Beruf, Ansehen und öffentliches Leben',
    'Freundschaft, Gemeinschaft und Zukunftspläne',
    'Rückzug, Unbewusstes und spirituelles Leben',
  ],
  planetKeywords: {
    sun: 'deiner Identität und Lebenskraft',
    moon: 'deiner Gefühlsbedürfnisse und Instinkte',
    mercury: 'deines Denkens und deiner Kommunikation',
    venus: 'deiner Liebe und deiner Werte',
    mars: 'deines Antriebs und deiner Durchsetzung',
    jupiter: 'des Wachstums, des Vertrauens und der Großzügigkeit',
    saturn: 'der Disziplin und der langfristigen Lektionen',
    uranus: 'der Freiheit und Eigenständigkeit',
    neptune: 'der Fantasie und der Ideale',
    pluto: 'der Macht und der Wandlung',
  },
  angularText: {
    ascendant:
      'prägt deine Persönlichkeit und deinen ersten Eindruck stark; andere nehmen diese Eigenschaften sofort an dir wahr.',
    midheaven: 'formt deine Berufung, dein Ansehen und die Richtung deines Lebens in der Welt.',
    descendant: 'zeigt sich oft in Partnern und engen Beziehungen, die zum Spiegel deines Wachstums werden.',
    imum_coeli: 'wirkt an den Wurzeln: in deinem Privatleben, deiner Familie und deinem inneren Fundament.',
  },
};

const P = names.planets;
const C = corpus;
/** Nominative with article: "die Sonne", "der Mond", "die Venus", "Merkur". */
const ref = (p: Planet): string =>
  p === 'sun' ? 'die Sonne' : p === 'moon' ? 'der Mond' : p === 'venus' ? 'die Venus' : P[p];
/** Possessive: "deine Sonne", "dein Mond", "dein Merkur", "deine Venus". */
const your = (p: Planet): string => (p === 'sun' || p === 'venus' ? `deine ${P[p]}` : `dein ${P[p]}`);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}
const refs = (ps: readonly Planet[]) => list(ps.map(ref));
const labels = (ps: readonly Planet[]) => list(ps.map((p) => P[p]));
const NUMBERS = ['kein', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'];
const num = (n: number): string => NUMBERS[n] ?? String(n);
const ANGLE_DAT = {
  ascendant: 'deinem Aszendenten',
  midheaven: 'deinem Medium Coeli',
  descendant: 'deinem Deszendenten',
  imum_coeli: 'deinem Imum Coeli',
} as const;
const ANGLE_ACC = {
  ascendant: 'am Aszendenten',
  midheaven: 'am Medium Coeli',
  descendant: 'am Deszendenten',
  imum_coeli: 'am Imum Coeli',
} as const;
/** Aspect verbs take the object in the accusative or dative. */
const aspectPhrase = (aspect: string, b: Planet): string =>
  aspect === 'conjunction'
    ? `steht in Konjunktion zu ${yourDat(b)}`
    : aspect === 'opposition'
      ? `steht in Opposition zu ${yourDat(b)}`
      : aspect === 'trine'
        ? `bildet ein Trigon zu ${yourDat(b)}`
        : aspect === 'square'
          ? `bildet ein Quadrat zu ${yourDat(b)}`
          : `bildet ein Sextil zu ${yourDat(b)}`;
/** Dative possessive: "deiner Sonne", "deinem Mond", "deinem Merkur", "deiner Venus". */
const yourDat = (p: Planet): string => (p === 'sun' || p === 'venus' ? `deiner ${P[p]}` : `deinem ${P[p]}`);
const MONTHS = [
  'Jan.',
  'Feb.',
  'März',
  'Apr.',
  'Mai',
  'Juni',
  'Juli',
  'Aug.',
  'Sept.',
  'Okt.',
  'Nov.',
  'Dez.',
];
const HEMISPHERE = {
  eastern: 'Osthälfte',
  western: 'Westhälfte',
  southern: 'oberen Hälfte',
  northern: 'unteren Hälfte',
} as const;
const decimal = (v: string) => v.replace('.', ',');
const ELEMENT_COUNT = { fire: 'Feuer', earth: 'Erde', air: 'Luft', water: 'Wasser' } as const;
const MODE_COUNT = { cardinal: 'kardinal', fixed: 'fix', mutable: 'veränderlich' } as const;

export const de: Locale = {
  tag: 'de',
  names,
  corpus,
  phrases: {
    titles: {
      overview: (rising) => (rising ? 'Sonne, Mond und Aszendent' : 'Sonne und Mond'),
      planets: 'Die Planeten',
      aspects: 'Hauptaspekte',
      balance: 'Elemente und Qualitäten',
      emphasis: 'Schwerpunkte des Horoskops',
    },
    sunIn: (s) =>
      `Mit deiner Sonne ${IN_SIGN[s]} liegt der Kern deiner Identität in ${C.signEssence[s]}: Das ist das Selbst, in das du hineinwächst.`,
    moonIn: (s) =>
      `Dein Mond ${IN_SIGN[s]} beschreibt, was du brauchst, um dich sicher und bei dir zu Hause zu fühlen; emotional leiten dich ${C.signEssence[s]}.`,
    ascendant: (s, deg) =>
      `Dein Aszendent, das bei deiner Geburt aufsteigende Zeichen, steht ${IN_SIGN[s]} auf ${deg}: Er beschreibt, wie du der Welt begegnest und wie andere dich zuerst erleben.`,
    planetHead: (p, s, deg, h, retro) =>
      `${P[p]} ${IN_SIGN[s]} auf ${deg}${h ? `, im ${h}. Haus` : ''}${retro ? ', rückläufig' : ''}.`,
    aspectsIntro: (n) =>
      `Aspekte sind die Gespräche zwischen deinen Planeten. ${n === 1 ? 'Hier ist der engste' : `Hier sind die ${num(n)} engsten, vom genauesten zum weitesten`}; je kleiner der Orbis, desto lauter die Stimme. Ein applikativer Aspekt zog sich bei deiner Geburt noch zusammen und wirkt oft drängender, ein separativer ist schon zu einem guten Teil in dein Wesen eingegangen.`,
    aspectHead: (a, aspect, b, exactness, orb, applying) =>
      `${cap(your(a))} ${aspectPhrase(aspect, b)} (${
        exactness === 'exact' ? 'fast exakt, Orbis' : exactness === 'close' ? 'eng, Orbis' : 'weiter, Orbis'
      } ${orb}, ${applying ? 'applikativ' : 'separativ'}).`,
    elementCounts: (counts) =>
      `Nach Elementen zählt dein Horoskop ${list(counts.map(([k, v]) => `${ELEMENT_COUNT[k]} ${decimal(v)}`))}.`,
    modalityCounts: (counts) =>
      `Nach Qualitäten zählt es ${list(counts.map(([k, v]) => `${MODE_COUNT[k]} ${decimal(v)}`))}.`,
    stelliumInSign: (ps, s) =>
      `${cap(num(ps.length))} Planeten, ${refs(ps)}, versammeln sich ${IN_SIGN[s]} zu einem Stellium: ${C.signEssence[s]} liegen dir ganz nah am Herzen.`,
    stelliumInHouse: (ps, h) =>
      `${cap(refs(ps))} teilen sich dein ${h}. Haus, das Haus für ${C.houseTopics[h - 1]}.`,
    onAngle: (p, d, angle) => {
      // A conditional clause, then the main clause with the verb second: "Steht …, prägt der Planet …".
      const [verb, ...rest] = C.angularText[angle].split(' ');
      return `Steht ${ref(p)} nur ${d} von ${ANGLE_DAT[angle]} entfernt, ${verb} der Planet ${C.planetKeywords[p]} ${rest.join(' ')}`;
    },
    retrogradeFew: (ps) =>
      ps.length === 1
        ? `${cap(refs(ps))} war bei deiner Geburt rückläufig.`
        : `${cap(refs(ps))} waren bei deiner Geburt rückläufig.`,
    retrogradeMany: (ps) =>
      `${cap(num(ps.length))} Planeten waren bei deiner Geburt rückläufig: ${refs(ps)}.`,
    sentenceGap: ' ',
    highlights: {
      sunIn: (s) => `Sonne ${IN_SIGN[s]}`,
      moonIn: (s) => `Mond ${IN_SIGN[s]}`,
      ascendantIn: (s) => `Aszendent ${IN_SIGN[s]}`,
      placement: (p, s, h, retro) => `${P[p]} ${IN_SIGN[s]}${h ? ` (${h}. Haus)` : ''}${retro ? ' R' : ''}`,
      aspect: (a, aspect, b, orb) => `${P[a]} ${names.aspects[aspect]} ${P[b]} (${orb})`,
      dominantElement: (e) => `Vorherrschendes Element: ${names.elements[e]}`,
      lackingElement: (e) => `Schwaches Element: ${names.elements[e]}`,
      dominantModality: (m) => `Vorherrschende Qualität: ${names.modalities[m]}`,
      lackingModality: (m) => `Schwache Qualität: ${names.modalities[m]}`,
      stelliumInSign: (s, ps) => `Stellium ${IN_SIGN[s]}: ${labels(ps)}`,
      stelliumInHouse: (h, ps) => `Stellium im ${h}. Haus: ${labels(ps)}`,
      onAngle: (p, angle) => `${P[p]} ${ANGLE_ACC[angle]}`,
      hemisphere: (h) => `Betonung der ${HEMISPHERE[h]}`,
      quadrant: (q) => `Betonung des ${q}. Quadranten`,
      retrogradeCount: (n) => `Rückläufige Planeten: ${n}`,
    },
  },
  wheel: {
    title: (name, date) => `Horoskop: ${name}, ${date}`,
    defaultName: 'Geburtshoroskop',
    date: (d, m, y) => `${d}. ${MONTHS[m - 1] ?? m} ${y}`,
    timeUnknown: (date) => `${date}, Uhrzeit unbekannt`,
    retrograde: 'rückläufig',
    tropical: 'Tropisch',
    sidereal: (a) => `Siderisch${a ? ` (${a})` : ''}`,
    houses: (system) => `Häuser: ${system}`,
    noHouses: 'Ohne Häuser',
    placement: (point, deg, s, retro) => `${point} ${deg}° ${s}${retro ? ' rückläufig' : ''}`,
    listSeparator: '; ',
    fullStop: '.',
    star: (name, position, m) =>
      `${name} ${position}, Helligkeit ${new Intl.NumberFormat('de').format(m)} mag`,
  },
  warnings: {
    place_ambiguous: () =>
      'Der angegebene Ort passt zu mehreren Orten; der erste wurde verwendet. Gib das Land oder Breite und Länge an, um einen anderen zu wählen.',
    local_mean_time: () =>
      'Zu diesem Datum hatte die Zone noch keine Zonenzeit: Die mittlere Ortszeit des Geburtsorts wurde verwendet.',
    city_mean_time_replaced: () =>
      'Die Zeitzonendatenbank führt für die ganze Zone die mittlere Ortszeit einer anderen Stadt aus einer Zeit, als das Land noch keine Zonenzeit hatte: Die mittlere Ortszeit des Geburtsorts wurde verwendet.',
    ambiguous_local_time: () =>
      'Diese Ortszeit gab es zweimal, weil die Uhren zurückgestellt wurden; der frühere der beiden Zeitpunkte wurde verwendet.',
    shifted_forward: () =>
      'Diese Ortszeit gab es nicht, weil die Uhren vorgestellt wurden; sie wurde um den Sprung nach vorn verschoben.',
    dst_local_option: (w) =>
      `Die Zone folgt der Sommerzeit von ${w.reference_city ?? 'ihrer Bezugsstadt'}, die am Geburtsort vielleicht nicht galt. Nennt die Urkunde Normalzeit, sende "dst": false.`,
    dst_override: () =>
      'Die Angabe "dst" (Sommer- oder Normalzeit) wurde verwendet; sie weicht vom damaligen Versatz der Zone ab.',
    time_unknown: () =>
      'Geburtszeit unbekannt: Horoskop für die Mittagszeit, ohne Häuser, Achsen, Vertex und Glückspunkt.',
    chiron_unavailable: () => 'Chiron ist nur zwischen 1800 und 2400 verfügbar und wird weggelassen.',
    asteroid_unavailable: () =>
      'Dieser Asteroid ist nur zwischen 1800 und 2400 verfügbar und wird weggelassen.',
    house_system_fallback: () =>
      'Das gewünschte Häusersystem ist auf dieser Breite nicht definiert; es werden Porphyrius-Häuser verwendet.',
    composite_without_houses: () =>
      'Eine Geburtszeit ist unbekannt: Das Composit hat weder Häuser noch Achsen.',
  },
};
