/**
 * Portuguese (pt), written in Brazilian usage for Portuguese readers, not translated phrase by phrase. The
 * reader is addressed as «você»; the framing sentences name sign qualities as nouns ("a ousadia, a
 * franqueza") so that they need no agreement, and where the corpus must agree an adjective with the reader
 * it uses the generic masculine. Decimal counts use a comma.
 */
import type { Planet, Sign } from '../types';
import type { Corpus, Locale, Names } from './locale';

const names: Names = {
  planets: {
    sun: 'Sol',
    moon: 'Lua',
    mercury: 'Mercúrio',
    venus: 'Vênus',
    mars: 'Marte',
    jupiter: 'Júpiter',
    saturn: 'Saturno',
    uranus: 'Urano',
    neptune: 'Netuno',
    pluto: 'Plutão',
  },
  points: {
    mean_node: 'Nodo médio',
    true_node: 'Nodo verdadeiro',
    south_node: 'Nodo sul',
    mean_lilith: 'Lilith média',
    true_lilith: 'Lilith verdadeira',
    chiron: 'Quíron',
    part_of_fortune: 'Parte da Fortuna',
    vertex: 'Vértice',
    east_point: 'Ponto Leste',
  },
  signs: {
    aries: 'Áries',
    taurus: 'Touro',
    gemini: 'Gêmeos',
    cancer: 'Câncer',
    leo: 'Leão',
    virgo: 'Virgem',
    libra: 'Libra',
    scorpio: 'Escorpião',
    sagittarius: 'Sagitário',
    capricorn: 'Capricórnio',
    aquarius: 'Aquário',
    pisces: 'Peixes',
  },
  aspects: {
    conjunction: 'conjunção',
    opposition: 'oposição',
    trine: 'trígono',
    square: 'quadratura',
    sextile: 'sextil',
    quincunx: 'quincúncio',
    semi_sextile: 'semissextil',
    semi_square: 'semiquadratura',
    sesquiquadrate: 'sesquiquadratura',
    quintile: 'quintil',
    bi_quintile: 'biquintil',
    septile: 'septil',
    bi_septile: 'bisseptil',
    tri_septile: 'trisseptil',
    novile: 'novil',
    bi_novile: 'binovil',
    quadri_novile: 'quadrinovil',
    parallel: 'paralelo',
    contra_parallel: 'contraparalelo',
  },
  angles: {
    ascendant: 'Ascendente',
    midheaven: 'Meio do Céu',
    descendant: 'Descendente',
    imum_coeli: 'Fundo do Céu',
  },
  elements: { fire: 'fogo', earth: 'terra', air: 'ar', water: 'água' },
  modalities: { cardinal: 'cardinal', fixed: 'fixa', mutable: 'mutável' },
  houseSystems: {
    placidus: 'Placidus',
    koch: 'Koch',
    equal: 'iguais',
    whole_sign: 'de signo inteiro',
    porphyry: 'Porfírio',
    regiomontanus: 'Regiomontanus',
    campanus: 'Campanus',
    alcabitius: 'Alcabitius',
    morinus: 'Morinus',
    topocentric: 'topocêntricas',
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
        'Sua identidade se acende com os começos: você se sente mais vivo quando inicia algo, se põe à prova e enfrenta um desafio de frente. A coragem vem naturalmente, e a impaciência também; você cresce ao aprender que nem toda batalha precisa de você.',
      taurus:
        'A constância é a sua força tranquila. Você constrói a identidade como um jardineiro cuida da terra, com paciência e confiança no que amadurece com o tempo, e dá o seu melhor quando a lealdade ao que valoriza continua aberta à mudança.',
      gemini:
        'A curiosidade é o motor da sua identidade. Conversas, ideias e a variedade infinita do mundo dão vida a você; o verdadeiro desafio não é achar respostas, e sim escolher quais perguntas merecem toda a sua atenção.',
      cancer:
        'No fundo, você é alguém que protege e guarda memórias. Casa, família e pertencimento afetivo são o chão de onde brota a sua confiança, e a sua sensibilidade, quando você confia nela, permite cuidar dos outros sem se perder.',
      leo: 'Existe em você um calor que quer ser compartilhado e visto. Criatividade, brincadeira e generosidade estão no centro do seu jeito de ser, e a confiança duradoura nasce quando você cria pelo prazer de criar, e não pelos aplausos.',
      virgo:
        'Você se conhece pela utilidade, pela habilidade e pela atenção cuidadosa. Onde outros veem caos, você enxerga o que pode melhorar; oferecer a si mesmo a paciência que dá ao trabalho transforma a sua exigência em presente, e não em peso.',
      libra:
        'Os relacionamentos são o espelho em que você descobre quem é. Você tem um instinto apurado para equilíbrio, justiça e beleza, e cresce quando o seu dom para a harmonia inclui também as suas próprias necessidades.',
      scorpio:
        'Intensidade e profundidade definem o seu núcleo. Você é atraído pelo que existe sob a superfície das pessoas e dos motivos, e a sua capacidade de renovação é notável: o que quebraria outra pessoa acaba, com o tempo, tornando você mais forte.',
      sagittarius:
        'Sua identidade cresce junto com o horizonte. Você precisa de sentido, liberdade e espaço para explorar, no mapa ou no mundo das ideias, e o seu otimismo contagiante amadurece quando se apoia na experiência.',
      capricorn:
        'Você se define pelo que constrói e sustenta ao longo do tempo. Ambição, responsabilidade e senso prático lhe dão uma solidez que os outros procuram; lembre-se de que você também merece descanso e alegria pelo caminho.',
      aquarius:
        'Sua identidade se forma na independência e no olhar voltado para o futuro. Você pensa por conta própria, se importa com o bem comum e brilha quando a sua originalidade serve a algo maior do que você.',
      pisces:
        'Seu centro é poroso, compassivo e imaginativo. Você sente o que os outros calam e se comove com o invisível; quando cuida dos seus limites, essa sensibilidade vira inspiração, arte e uma profunda capacidade de consolar.',
    },
    moon: {
      aries:
        'Suas emoções são rápidas, diretas e ardentes. Quando algo mexe com você, é preciso agir, e a segurança vem da independência; respirar antes de reagir poupa você de muitos incêndios.',
      taurus:
        'Emocionalmente, você busca calma, estabilidade e prazeres simples. Boa comida, natureza e rotinas conhecidas acalmam você, e a sua lealdade afetiva é profunda, ainda que mudanças bruscas custem.',
      gemini:
        'Você digere o que sente falando, escrevendo ou pensando. Variedade e conversa fazem bem a você, e às vezes vale deixar uma emoção ser sentida antes de explicá-la.',
      cancer:
        'Seu mundo emocional é rico, protetor e muito sensível ao ambiente. Você precisa de um lar e de vínculos onde se abrigar, e cuida dos outros com uma ternura que nasce da memória do coração.',
      leo: 'Você precisa se sentir amado, valorizado e livre para expressar o que carrega por dentro. Seu afeto é caloroso e generoso, e você se recarrega quando se permite brincar, criar e celebrar.',
      virgo:
        'Você se sente seguro quando as coisas estão em ordem e você é útil. Cuida dos outros com gestos concretos, e aceitar a imperfeição, inclusive a sua, deixa a vida interior bem mais leve.',
      libra:
        'Você precisa de harmonia, companhia e gentileza para ficar em paz. Percebe com finura o clima de uma relação, e o seu bem-estar cresce quando você ousa dizer do que precisa.',
      scorpio:
        'Você sente com uma intensidade que poucos enxergam. Precisa de confiança total e de vínculos profundos, e, mesmo que se mostrar vulnerável seja difícil, a sua capacidade de renascer depois de uma perda é extraordinária.',
      sagittarius:
        'Emocionalmente, você precisa de liberdade, movimento e horizonte aberto. O humor e o otimismo sustentam você, e o seu lar está naquilo que dá sentido à vida.',
      capricorn:
        'Você tende a lidar com as emoções com reserva e senso de dever. Ter as coisas sob controle dá segurança, e aprender a pedir apoio não tira a sua força: devolve.',
      aquarius:
        'Você precisa de espaço próprio e de relações baseadas em amizade e liberdade. Observa as próprias emoções com certa distância e se sente em casa entre pessoas que aceitam a sua singularidade.',
      pisces:
        'Sua sensibilidade emocional é imensa, quase sem fronteiras. Você absorve o humor de quem está por perto, por isso a solidão, a música ou a proximidade da água ajudam a recuperar o seu centro.',
    },
    mercury: {
      aries:
        'Você pensa rápido e fala sem rodeios. Sua mente gosta de debate e de decisões ágeis, e ganha profundidade quando você escuta antes de responder.',
      taurus:
        'Sua mente é prática, paciente e concreta. Você aprende no seu ritmo, mas o que aprende fica, e as suas opiniões bem assentadas raramente mudam sem bons motivos.',
      gemini:
        'Você tem uma mente ágil, curiosa e versátil. Liga ideias com facilidade e adora as palavras; o desafio é aprofundar em vez de pular sempre para o próximo assunto.',
      cancer:
        'Você pensa com a memória e com o coração. Sua inteligência é intuitiva e protetora, e você lembra não só do que foi dito, mas de como aquilo fez você se sentir.',
      leo: 'Você se expressa com calor, convicção e certo senso de espetáculo. Sabe contar uma história e convencer, e as suas palavras brilham quando nascem da generosidade.',
      virgo:
        'Sua mente é analítica, precisa e atenta aos detalhes. Você encontra erros e soluções práticas, desde que não confunda cuidado com perfeição.',
      libra:
        'Você pensa buscando o equilíbrio e enxerga todos os lados de uma questão. Fala com diplomacia, e a sua clareza cresce quando você se permite tomar partido.',
      scorpio:
        'Sua mente investiga, desconfia e vai ao fundo. Você percebe motivos ocultos e não se contenta com respostas superficiais; bem usada, essa agudeza é um dom para compreender.',
      sagittarius:
        'Você pensa grande, em termos de sentido, filosofia e possibilidades. Fala com franqueza e entusiasmo, e as suas ideias ganham quando descem também aos detalhes.',
      capricorn:
        'Seu pensamento é estruturado, realista e voltado a objetivos. Você planeja bem e fala com autoridade, e um pouco de flexibilidade mental abre portas inesperadas.',
      aquarius:
        'Você tem uma mente original, independente e muitas vezes à frente do seu tempo. Ideias novas e sistemas atraem você, que enxerga o que outros ainda não imaginam.',
      pisces:
        'Sua mente pensa em imagens, símbolos e pressentimentos. Você é mais intuitivo do que linear, e as suas palavras podem ser poéticas e curativas quando você aprende a dar chão a elas.',
    },
    venus: {
      aries:
        'Você ama com paixão, franqueza e impulso. A conquista e o novo atraem você, e o amor amadurece quando a faísca inicial se torna um compromisso escolhido.',
      taurus:
        'Você ama com lealdade, sensualidade e constância. Valoriza a beleza palpável, o conforto e a estabilidade, e oferece um afeto em que dá para descansar.',
      gemini:
        'Para você, o amor começa na conversa. Você precisa de brincadeira, inteligência e variedade, e se encanta com uma mente que desperta a sua curiosidade.',
      cancer:
        'Você ama cuidando, protegendo e criando um refúgio a dois. Precisa de segurança emocional, e a sua ternura floresce nos vínculos em que se sente em casa.',
      leo: 'Você ama com generosidade, lealdade e um toque de teatro. Gosta de admirar e de ser admirado, e para você o amor é uma celebração que merece grandes gestos.',
      virgo:
        'Você demonstra amor com atitudes: atenção, ajuda concreta e detalhes caprichados. É exigente no afeto, e aprender a receber sem corrigir deixa as relações mais leves.',
      libra:
        'Amor, beleza e harmonia estão no centro dos seus valores. Você busca uma relação entre iguais, com elegância e respeito, e tem um talento natural para o encontro.',
      scorpio:
        'Você ama com intensidade, profundidade e desejo de fusão. Vínculos mornos não interessam; a confiança é tudo, e a sua entrega pode transformar quem você ama.',
      sagittarius:
        'Você ama com liberdade, humor e espírito de aventura. Precisa de alguém que seja também companhia de viagem e de busca, e o tédio é o seu grande inimigo.',
      capricorn:
        'Você ama com seriedade, lealdade e visão de longo prazo. Leva tempo para se entregar, e o que constrói no amor é feito para durar.',
      aquarius:
        'No amor, você valoriza amizade, liberdade e autenticidade. Pessoas singulares atraem você, que precisa de um vínculo que respeite o seu espaço e os seus ideais.',
      pisces:
        'Você ama com compaixão, romantismo e uma entrega quase sem limites. Idealiza com facilidade; ver o outro como ele é torna a sua ternura ainda mais verdadeira.',
    },
    mars: {
      aries:
        'Sua energia é direta, corajosa e competitiva. Você age rápido e sem medo, e direcionar esse fogo para metas claras evita que ele se consuma em choques desnecessários.',
      taurus:
        'Você age com paciência, persistência e uma resistência enorme. Demora a começar, mas, uma vez em movimento, nada o detém; o desafio é não confundir firmeza com teimosia.',
      gemini:
        'Sua energia corre pelas palavras e pelas ideias. Você faz muitas coisas ao mesmo tempo e argumenta com agilidade, e concentrar-se em poucas metas multiplica a sua eficácia.',
      cancer:
        'Você age sobretudo para proteger o que ama. Sua energia sobe e desce com as emoções, e dizer a raiva de forma direta faz mais bem do que engoli-la.',
      leo: 'Você age com orgulho, entusiasmo e coração. O desejo de criar e brilhar move você, e a sua coragem inspira os outros quando não depende do aplauso deles.',
      virgo:
        'Sua energia é metódica, precisa e trabalhadora. Você gosta de fazer bem feito e de aperfeiçoar, e descansar na hora certa evita que a autoexigência esgote você.',
      libra:
        'Você age buscando acordo e justiça. O confronto direto custa, mas você defende com firmeza o que é justo, e saber dizer não também é uma forma de equilíbrio.',
      scorpio:
        'Sua energia é intensa, estratégica e incansável. Você persegue metas com uma determinação silenciosa e transforma pressão em poder quando a usa com integridade.',
      sagittarius:
        'Você age com entusiasmo, franqueza e sede de aventura. Grandes causas e viagens movem você, e terminar o que começa dá peso ao seu fogo.',
      capricorn:
        'Sua energia é disciplinada, ambiciosa e muito eficaz. Você sabe esperar e trabalhar com método, e conquista as suas metas passo a passo, com uma constância admirável.',
      aquarius:
        'Você age de forma independente e muitas vezes pouco convencional. Causas coletivas e liberdade motivam você, e a sua energia rende mais quando não luta sozinho contra tudo.',
      pisces:
        'Sua energia é fluida, intuitiva e sensível ao ambiente. Você age melhor quando algo inspira ou comove você, e precisa de limites claros para não se dispersar.',
    },
    jupiter: {
      aries:
        'Você cresce ousando, tomando a iniciativa e abrindo caminhos. A sorte acompanha você quando age com coragem, desde que a confiança não vire imprudência.',
      taurus:
        'Seu crescimento vem da paciência, dos recursos e do prazer de viver. Você sabe multiplicar o que tem, e a sua generosidade é concreta e palpável.',
      gemini:
        'Você cresce aprendendo, conversando e ligando ideias. A curiosidade abre portas, e o seu otimismo se espalha pelas palavras.',
      cancer:
        'Sua generosidade aparece no acolher e no cuidar. Casa e família são fontes de abundância para você, e a sua fé nasce de se sentir protegido.',
      leo: 'Você cresce expressando-se com grandeza, criatividade e coração. Sua confiança inspira os outros, e a sua sorte se amplia quando você divide a sua luz.',
      virgo:
        'Seu crescimento vem do trabalho bem feito e do serviço. Você encontra sentido em melhorar as coisas, e os pequenos detalhes abrem grandes oportunidades.',
      libra:
        'Você cresce por meio das relações, da cooperação e da busca de justiça. Atrai aliados com naturalidade, e o seu senso de equidade abre muitas portas.',
      scorpio:
        'Seu crescimento passa pela profundidade e pela transformação. Você sabe achar recursos ocultos, e a sua fé se fortalece a cada crise atravessada.',
      sagittarius:
        'Aqui Júpiter está em casa: você cresce viajando, estudando e buscando sentido. Seu otimismo é amplo e sincero, e a sua visão inspira quem está por perto.',
      capricorn:
        'Você cresce pelo esforço, pela responsabilidade e pelas conquistas duradouras. Seu otimismo é prudente, e a sorte chega como fruto do que você constrói com paciência.',
      aquarius:
        'Seu crescimento vem das ideias novas, da amizade e das causas coletivas. Você acredita no progresso, e a sua generosidade se volta para a comunidade.',
      pisces:
        'Você cresce pela compaixão, pela imaginação e pela vida espiritual. Sua fé é ampla e profunda, e a sua bondade pode ser um verdadeiro abrigo para os outros.',
    },
    saturn: {
      aries:
        'Sua grande lição envolve iniciativa e autoconfiança. Talvez você hesite no começo antes de agir, mas com o tempo forja uma coragem serena e muito sólida.',
      taurus:
        'Você aprende devagar a se sentir seguro no plano material e a reconhecer o próprio valor. Paciência e disciplina com os recursos trazem, com os anos, uma estabilidade real.',
      gemini:
        'Sua lição passa pela comunicação e pelo aprendizado. Talvez você tenha temido não estar à altura ao falar ou estudar, mas essa seriedade faz de você uma mente rigorosa.',
      cancer:
        'Seu desafio está na vida emocional e familiar. Talvez você tenha aprendido cedo a se proteger, e com o tempo descobre que se abrir é a base de uma segurança verdadeira.',
      leo: 'Você aprende a se expressar e a brilhar sem medo do julgamento. A confiança criativa chega tarde, mas firme, e a sua autoridade nasce da autenticidade.',
      virgo:
        'Sua lição envolve trabalho, saúde e exigência. Você é muito responsável, e soltar o perfeccionismo torna você ainda mais eficaz.',
      libra:
        'Os relacionamentos são a sua grande escola. Você leva os compromissos muito a sério e, com o tempo, constrói vínculos justos, maduros e duradouros.',
      scorpio:
        'Sua lição passa pela confiança, pela intimidade e pelo poder. Soltar o controle custa, e é justamente ao fazê-lo que você descobre uma força interior muito profunda.',
      sagittarius:
        'Seu desafio está nas crenças e na busca de sentido. Você questiona respostas fáceis e, com os anos, constrói uma filosofia própria, sólida e vivida.',
      capricorn:
        'Aqui Saturno está em casa: você tem disciplina, senso de dever e paciência para metas longas. Sua lição é não carregar tudo sozinho.',
      aquarius:
        'Você aprende a conciliar liberdade e responsabilidade. O coletivo importa para você, e a sua contribuição amadurece quando você dá forma concreta aos seus ideais.',
      pisces:
        'Sua lição é dar forma ao invisível: sonhos, intuições e compaixão. Você precisa de limites claros, e com eles a sua sensibilidade vira força.',
    },
    uranus: {
      aries:
        'Sua geração irrompe com ímpeto pioneiro e desejo de independência. Em você, Urano desperta a vontade de abrir caminhos próprios e romper com o estabelecido.',
      taurus:
        'Sua geração revoluciona a relação com o dinheiro, os recursos e a natureza. Em você surge o desejo de mudar as bases materiais da vida.',
      gemini:
        'Sua geração transforma a comunicação e o jeito de aprender. Em você, Urano traz ideias brilhantes, inquietas e muitas vezes surpreendentes.',
      cancer:
        'Sua geração reinventa a família e o lar. Em você, Urano pede liberdade dentro dos vínculos mais íntimos.',
      leo: 'Sua geração busca uma expressão pessoal livre e original. Em você, Urano desperta uma criatividade rebelde que não quer imitar ninguém.',
      virgo:
        'Sua geração renova o trabalho, a saúde e os métodos. Em você, Urano traz soluções engenhosas e um jeito pouco convencional de ser útil.',
      libra:
        'Sua geração redefine os relacionamentos e o casal. Em você, Urano pede vínculos entre iguais, com espaço para a liberdade de cada um.',
      scorpio:
        'Sua geração sacode os tabus sobre poder, sexo e morte. Em você, Urano traz uma intensidade que quer transformar pela raiz.',
      sagittarius:
        'Sua geração revoluciona as crenças, as viagens e o saber. Em você, Urano desperta sede de liberdade intelectual e de novos horizontes.',
      capricorn:
        'Sua geração reforma as estruturas e as instituições. Em você, Urano une ambição e espírito inovador para mudar as regras por dentro.',
      aquarius:
        'Aqui Urano está no próprio signo: sua geração acredita na tecnologia, na rede e no coletivo. Em você brilha uma originalidade marcante.',
      pisces:
        'Sua geração dissolve fronteiras pela imaginação e pela espiritualidade. Em você, Urano traz intuições súbitas e ideais visionários.',
    },
    neptune: {
      aries:
        'Sua geração sonha com coragem e recomeços. Em você, Netuno inspira ideais de ação e um espírito pioneiro.',
      taurus:
        'Sua geração idealiza a beleza, a natureza e a segurança material. Em você, Netuno desperta uma sensibilidade artística muito ligada aos sentidos.',
      gemini:
        'Sua geração sonha por meio das palavras e da informação. Em você, Netuno traz uma imaginação verbal fértil e, às vezes, dispersa.',
      cancer:
        'Sua geração idealiza o lar, a pátria e a família. Em você, Netuno traz saudade, ternura e um profundo desejo de pertencer.',
      leo: 'Sua geração sonha com o amor romântico e a glória criativa. Em você, Netuno inspira uma imaginação teatral e generosa.',
      virgo:
        'Sua geração idealiza o serviço, a saúde e o trabalho útil. Em você, Netuno traz compaixão prática e certa autoexigência.',
      libra:
        'Sua geração sonha com paz, harmonia e o par ideal. Em você, Netuno desperta o anseio por relações belas e justas.',
      scorpio:
        'Sua geração explora o oculto, a psicologia e a transformação. Em você, Netuno traz uma intuição profunda para o que não é dito.',
      sagittarius:
        'Sua geração busca sentido em viagens, filosofias e espiritualidades distantes. Em você, Netuno inspira uma fé ampla e aberta.',
      capricorn:
        'Sua geração põe os seus ideais à prova nas estruturas e nas instituições. Em você, Netuno pede que os sonhos ganhem forma realista.',
      aquarius:
        'Sua geração sonha com uma humanidade conectada e livre. Em você, Netuno desperta ideais coletivos e visões de futuro.',
      pisces:
        'Aqui Netuno está no próprio signo: sua geração vive uma sensibilidade espiritual e artística muito ampla. Em você, compaixão e imaginação não têm fronteiras.',
    },
    pluto: {
      aries:
        'Sua geração leva a transformação à identidade e à vontade. Em você, Plutão traz uma força pioneira capaz de recomeçar do zero.',
      taurus:
        'Sua geração transforma a relação com a posse e os recursos. Em você, Plutão dá uma tenacidade enorme diante do que considera seu.',
      gemini:
        'Sua geração transforma a palavra e a informação. Em você, Plutão traz uma mente penetrante que busca a verdade por trás do que se diz.',
      cancer:
        'Sua geração vive transformações profundas na família e na pátria. Em você, Plutão mexe com as raízes emocionais e o sentido de lar.',
      leo: 'Sua geração transforma a expressão pessoal e o poder do indivíduo. Em você, Plutão dá uma vontade criativa intensa e magnética.',
      virgo:
        'Sua geração transforma o trabalho, a saúde e a técnica. Em você, Plutão traz o impulso de aperfeiçoar e regenerar o cotidiano.',
      libra:
        'Sua geração transforma os relacionamentos, o casal e a ideia de justiça. Em você, Plutão faz dos vínculos um terreno de mudança profunda.',
      scorpio:
        'Aqui Plutão está no próprio signo: sua geração encara sem véus o poder, a intimidade e a morte. Em você há uma intensidade regeneradora.',
      sagittarius:
        'Sua geração transforma as crenças, o ensino e a visão de mundo. Em você, Plutão traz uma busca apaixonada pela verdade.',
      capricorn:
        'Sua geração transforma as estruturas, a autoridade e as instituições. Em você, Plutão dá uma ambição profunda e a capacidade de reconstruir.',
      aquarius:
        'Sua geração transforma a vida coletiva, a tecnologia e as redes. Em você, Plutão traz uma força de mudança social e de reinvenção.',
      pisces:
        'Sua geração transforma a espiritualidade e o imaginário coletivo. Em você, Plutão dissolve velhas fronteiras e desperta uma compaixão profunda.',
    },
  },
  planetInHouse: {
    sun: [
      'Com o Sol na casa 1, a sua presença chama atenção: você é chamado a tomar a iniciativa e a se mostrar como é.',
      'Na casa 2, o Sol liga a sua identidade ao que você valoriza e ao que constrói com as próprias mãos; seus talentos são a sua riqueza.',
      'Na casa 3, você brilha pela palavra, pelo aprendizado e pela troca de ideias; a curiosidade mantém você jovem.',
      'Com o Sol na casa 4, o lar e as raízes estão no centro da sua identidade, e muitas vezes você floresce com os anos.',
      'Na casa 5, o Sol põe no centro a criatividade, o lazer e o amor; aproveitar a vida é essencial para você.',
      'Com o Sol na casa 6, você encontra propósito no trabalho bem feito, no serviço e no cuidado com a saúde.',
      'Na casa 7, a parceria e os relacionamentos são o seu espelho; o desafio é continuar sendo você dentro do vínculo.',
      'O Sol na casa 8 leva você à profundidade, à intimidade e à transformação; cada crise deixa você mais forte.',
      'Com o Sol na casa 9, você brilha explorando, estudando e buscando sentido além do conhecido.',
      'Na casa 10, a sua identidade está ligada à vocação e ao papel público; você é chamado a fazer algo visível no mundo.',
      'Com o Sol na casa 11, você brilha por meio da amizade, dos grupos e dos ideais compartilhados.',
      'Na casa 12, o Sol se volta para dentro: a solidão, a imaginação e a vida espiritual recarregam você.',
    ],
    moon: [
      'Com a Lua na casa 1, as suas emoções aparecem logo, e o seu humor colore o jeito como você se apresenta.',
      'Na casa 2, a sua segurança emocional depende muito da segurança material e de um ambiente confortável.',
      'Com a Lua na casa 3, você precisa falar, escrever ou se movimentar para digerir o que sente.',
      'Na casa 4, o lar e a família são o coração do seu mundo emocional; você precisa de um refúgio só seu.',
      'Com a Lua na casa 5, a criatividade, o romance e o lazer alimentam você emocionalmente.',
      'Na casa 6, uma rotina organizada e útil dá segurança; o seu corpo reflete as suas emoções.',
      'Com a Lua na casa 7, a parceria completa você emocionalmente, desde que você não absorva os sentimentos do outro.',
      'Na casa 8, a sua vida emocional é intensa e reservada, com grande capacidade de se renovar depois das perdas.',
      'Com a Lua na casa 9, viagens, estudos e a busca de sentido alimentam você.',
      'Na casa 10, a sua vida emocional se mostra em público; a vocação pode estar ligada ao cuidado com os outros.',
      'Com a Lua na casa 11, os amigos e os grupos são a sua família escolhida e o seu apoio.',
      'Na casa 12, as suas emoções são profundas e às vezes escondidas até de você; você precisa de momentos de recolhimento.',
    ],
    mercury: [
      'Com Mercúrio na casa 1, você pensa em voz alta, e a mente ágil faz parte do seu cartão de visita.',
      'Na casa 2, a sua mente se volta para o prático: o dinheiro pode depender das suas ideias e da sua palavra.',
      'Com Mercúrio na casa 3, comunicação, estudos e irmãos ocupam um lugar central na sua vida.',
      'Na casa 4, a sua mente se alimenta da memória familiar, e você pode trabalhar ou estudar em casa.',
      'Com Mercúrio na casa 5, você pensa de forma criativa e gosta de jogos de palavras e de histórias.',
      'Na casa 6, a sua mente é metódica e eficiente, ótima para organizar, analisar e resolver problemas.',
      'Com Mercúrio na casa 7, você pensa melhor em diálogo e tem talento para negociar e aconselhar.',
      'Na casa 8, a sua mente investiga o oculto e se interessa por psicologia e mistérios.',
      'Com Mercúrio na casa 9, grandes ideias, idiomas, viagens e ensino apaixonam você.',
      'Na casa 10, as suas palavras e ideias fazem parte da sua vocação e da sua imagem pública.',
      'Com Mercúrio na casa 11, as suas ideias florescem em grupo e em redes de pessoas afins.',
      'Na casa 12, a sua mente é intuitiva e reservada; você pensa melhor no silêncio e na solidão.',
    ],
    venus: [
      'Com Vênus na casa 1, você tem um charme natural e uma presença gentil que atrai as pessoas.',
      'Na casa 2, Vênus favorece o gosto pela beleza, pelo conforto e uma boa relação com o dinheiro.',
      'Com Vênus na casa 3, você fala com graça e aprecia os vínculos próximos e as conversas.',
      'Na casa 4, Vênus embeleza o lar e aquece os laços familiares.',
      'Com Vênus na casa 5, romance, arte e prazer ocupam um lugar especial na sua vida.',
      'Na casa 6, Vênus ajuda você a encontrar harmonia no trabalho e a cuidar de si com carinho.',
      'Com Vênus na casa 7, a parceria é fonte de felicidade, e você tem um dom para a cooperação.',
      'Na casa 8, Vênus intensifica o amor e a intimidade; os vínculos transformam você profundamente.',
      'Com Vênus na casa 9, o que é distante, outras culturas e ideias que ampliam o seu mundo encantam você.',
      'Na casa 10, Vênus dá charme à sua imagem pública e pode levar a vocação para a arte ou o trato com pessoas.',
      'Com Vênus na casa 11, a amizade é um pilar da sua vida afetiva, e você se cerca de pessoas queridas.',
      'Na casa 12, Vênus torna o seu amor discreto, compassivo e às vezes secreto.',
    ],
    mars: [
      'Com Marte na casa 1, a sua energia é visível de longe: você é direto, ativo e às vezes impaciente.',
      'Na casa 2, Marte põe a sua energia a serviço de ganhar dinheiro e defender o que é seu.',
      'Com Marte na casa 3, você fala com força e gosta de debater, mas convém medir as palavras.',
      'Na casa 4, a sua energia se concentra no lar e na família, onde podem surgir tensões e muita atividade.',
      'Com Marte na casa 5, você põe paixão no amor, no esporte e na criação.',
      'Na casa 6, você trabalha com energia e eficiência; exercício físico ajuda a descarregar tensões.',
      'Com Marte na casa 7, os relacionamentos são intensos e às vezes conflituosos; você procura parceiros de personalidade forte.',
      'Na casa 8, a sua energia é profunda e estratégica, com grande força na intimidade e nas crises.',
      'Com Marte na casa 9, você defende as suas ideias com ardor, e aventuras e viagens atraem você.',
      'Na casa 10, a sua ambição é forte, e você luta com energia pela carreira e pelo reconhecimento.',
      'Com Marte na casa 11, você põe a sua energia a serviço de grupos e causas coletivas.',
      'Na casa 12, a sua energia age nos bastidores; aprender a expressar a raiva evita que ela se volte contra você.',
    ],
    jupiter: [
      'Com Júpiter na casa 1, você irradia otimismo e confiança, e a vida costuma abrir portas.',
      'Na casa 2, Júpiter favorece a fartura material e uma atitude generosa com o dinheiro.',
      'Com Júpiter na casa 3, você aprende com facilidade, e a sua palavra transmite entusiasmo.',
      'Na casa 4, Júpiter dá um lar amplo e acolhedor e um forte senso de família.',
      'Com Júpiter na casa 5, criatividade, amor e filhos são fontes de alegria e crescimento.',
      'Na casa 6, Júpiter traz oportunidades por meio do trabalho e do serviço aos outros.',
      'Com Júpiter na casa 7, relacionamentos e parcerias beneficiam você e fazem você crescer.',
      'Na casa 8, Júpiter favorece os recursos compartilhados e uma grande capacidade de regeneração.',
      'Com Júpiter na casa 9, você está no seu elemento: viajar, estudar e ensinar fazem você crescer.',
      'Na casa 10, Júpiter favorece o sucesso profissional e uma boa reputação.',
      'Com Júpiter na casa 11, amigos e redes trazem oportunidades e apoio.',
      'Na casa 12, Júpiter dá uma proteção discreta e uma rica vida interior e espiritual.',
    ],
    saturn: [
      'Com Saturno na casa 1, você se mostra sério e responsável; a autoconfiança se constrói com o tempo.',
      'Na casa 2, Saturno ensina a construir segurança material com paciência e boa gestão.',
      'Com Saturno na casa 3, você leva a sério a palavra e o estudo, e ganha autoridade ao se comunicar.',
      'Na casa 4, Saturno indica responsabilidades familiares e o desafio de construir o seu próprio lar seguro.',
      'Com Saturno na casa 5, a criatividade e o prazer exigem aprendizado, mas amadurecem com solidez.',
      'Na casa 6, Saturno traz disciplina ao trabalho; cuidar da saúde com constância é essencial.',
      'Com Saturno na casa 7, você se compromete com seriedade e busca relações estáveis e maduras.',
      'Na casa 8, Saturno ensina a confiar e a compartilhar, e dá força para atravessar crises.',
      'Com Saturno na casa 9, você busca um saber sólido e constrói as suas crenças com rigor.',
      'Na casa 10, Saturno dá ambição e senso de dever; a sua carreira se constrói passo a passo.',
      'Com Saturno na casa 11, você tem poucos amigos, mas fiéis, e assume responsabilidades nos grupos.',
      'Na casa 12, Saturno convida você a enfrentar medos ocultos e a encontrar força na solidão.',
    ],
    uranus: [
      'Com Urano na casa 1, você se apresenta de forma original e imprevisível, e precisa de liberdade.',
      'Na casa 2, Urano traz altos e baixos financeiros e formas pouco convencionais de ganhar a vida.',
      'Com Urano na casa 3, a sua mente é inventiva, e as suas ideias surpreendem quem está por perto.',
      'Na casa 4, Urano traz mudanças no lar e uma família fora do comum.',
      'Com Urano na casa 5, a sua criatividade é original, e os seus amores, surpreendentes.',
      'Na casa 6, você precisa de liberdade no trabalho, e métodos inovadores atraem você.',
      'Com Urano na casa 7, você busca relações livres e pouco convencionais, com espaço para cada um.',
      'Na casa 8, Urano traz transformações repentinas e um olhar novo sobre a intimidade.',
      'Com Urano na casa 9, as suas crenças são independentes, e ideias de vanguarda atraem você.',
      'Na casa 10, a sua carreira pode dar guinadas inesperadas, e você precisa de liberdade profissional.',
      'Com Urano na casa 11, você se cerca de amigos singulares e se interessa por projetos coletivos inovadores.',
      'Na casa 12, Urano traz intuições súbitas vindas do inconsciente.',
    ],
    neptune: [
      'Com Netuno na casa 1, a sua presença é sutil e sensível, e as pessoas projetam em você os seus sonhos.',
      'Na casa 2, Netuno pede clareza com o dinheiro, porque você tende a idealizar o material.',
      'Com Netuno na casa 3, a sua mente é imaginativa e poética, às vezes dispersa.',
      'Na casa 4, Netuno tinge o lar de sonho e saudade; você precisa de um refúgio quase sagrado.',
      'Com Netuno na casa 5, a sua criatividade é inspirada, e os seus amores, românticos e idealizados.',
      'Na casa 6, Netuno orienta você para o serviço compassivo e deixa você sensível na saúde.',
      'Com Netuno na casa 7, você idealiza o parceiro; convém ver o outro como ele é.',
      'Na casa 8, Netuno traz uma intuição profunda sobre o oculto e o invisível.',
      'Com Netuno na casa 9, a sua busca de sentido é espiritual e mística.',
      'Na casa 10, a sua vocação pode estar ligada à arte, à ajuda ou ao espiritual.',
      'Com Netuno na casa 11, os seus ideais coletivos são elevados, e as amizades, às vezes idealizadas.',
      'Na casa 12, Netuno está em casa: a sua vida interior e espiritual é muito rica.',
    ],
    pluto: [
      'Com Plutão na casa 1, a sua presença é intensa e magnética, e você vive profundas transformações pessoais.',
      'Na casa 2, Plutão traz mudanças radicais nos recursos e uma relação forte com o poder material.',
      'Com Plutão na casa 3, a sua palavra é penetrante, e a sua mente busca a verdade escondida.',
      'Na casa 4, Plutão mexe com as raízes familiares e convida você a transformar a sua herança.',
      'Com Plutão na casa 5, a criatividade e o amor são intensos e transformadores.',
      'Na casa 6, Plutão impulsiona você a transformar hábitos, trabalho e saúde.',
      'Com Plutão na casa 7, os relacionamentos são intensos e transformam você profundamente.',
      'Na casa 8, Plutão está em casa: intimidade, crises e regeneração marcam a sua vida.',
      'Com Plutão na casa 9, as suas crenças se transformam profundamente ao longo da vida.',
      'Na casa 10, Plutão dá ambição e poder, e a sua carreira pode passar por grandes transformações.',
      'Com Plutão na casa 11, os grupos e as amizades são palco de mudanças profundas.',
      'Na casa 12, Plutão trabalha no fundo do inconsciente e convida você a curar o que está oculto.',
    ],
  },
  ascendantInSign: {
    aries:
      'Com o Ascendente em Áries, você se apresenta com energia, franqueza e vontade de agir. As pessoas percebem você como alguém corajoso e direto, capaz de abrir caminho.',
    taurus:
      'Com o Ascendente em Touro, você transmite calma, solidez e um charme sereno. Você não tem pressa, e os outros encontram em você uma presença confiável.',
    gemini:
      'Com o Ascendente em Gêmeos, você se mostra curioso, ágil e comunicativo. Faz contato com facilidade e deixa uma impressão viva e jovial.',
    cancer:
      'Com o Ascendente em Câncer, você se aproxima do mundo com sensibilidade e cautela. Transmite calor e cuidado, ainda que no início se resguarde.',
    leo: 'Com o Ascendente em Leão, a sua presença é calorosa, segura e marcante. Quando você chega, todos percebem, e sentem a sua generosidade e o seu orgulho.',
    virgo:
      'Com o Ascendente em Virgem, você se apresenta com discrição, precisão e senso prático. Os outros veem em você alguém atento, confiável e observador.',
    libra:
      'Com o Ascendente em Libra, você se mostra gentil, elegante e diplomático. Busca a harmonia em cada encontro e deixa uma impressão agradável.',
    scorpio:
      'Com o Ascendente em Escorpião, a sua presença é intensa, magnética e reservada. Você observa antes de se revelar, e os outros intuem a sua profundidade.',
    sagittarius:
      'Com o Ascendente em Sagitário, você se apresenta com entusiasmo, franqueza e bom humor. Transmite otimismo e vontade de explorar.',
    capricorn:
      'Com o Ascendente em Capricórnio, você se mostra sério, capaz e reservado. Os outros percebem a sua maturidade e o seu senso de responsabilidade.',
    aquarius:
      'Com o Ascendente em Aquário, você se apresenta de forma original, amigável e independente. Parece alguém singular, difícil de rotular.',
    pisces:
      'Com o Ascendente em Peixes, a sua presença é suave, sensível e um tanto enigmática. Os outros percebem a sua empatia e o seu mundo imaginativo.',
  },
  pairText: {
    sun_moon:
      'O Sol e a Lua juntos descrevem a relação entre o que você quer e o que você precisa, entre o propósito consciente e o instinto emocional.',
    sun_mercury:
      'Quando o Sol encontra Mercúrio, identidade e intelecto andam juntos: o seu jeito de pensar e de falar expressa diretamente quem você é.',
    sun_venus: 'O Sol com Vênus traz charme, calor e amor pela beleza ao centro da sua identidade.',
    sun_mars:
      'Vontade e impulso se encontram no contato do Sol com Marte, que mostra como você se afirma e luta pelo que quer.',
    sun_jupiter:
      'Entre o Sol e Júpiter corre uma corrente de confiança, generosidade e fé no que a vida pode vir a ser.',
    sun_saturn:
      'O Sol e Saturno unem a expressão pessoal à responsabilidade e ao senso de limites, e descrevem como você constrói autoridade com o tempo.',
    sun_uranus:
      'O vínculo do Sol com Urano liga a sua identidade à necessidade de liberdade e originalidade, e pode trazer mudanças bruscas de rumo.',
    sun_neptune:
      'O Sol e Netuno mesclam o seu senso de si com imaginação, idealismo e sensibilidade, suavizando os contornos do ego.',
    sun_pluto:
      'Identidade, poder e transformação se entrelaçam quando o Sol toca Plutão, e os outros sentem a sua intensidade na hora.',
    moon_mercury:
      'A Lua e Mercúrio ligam sentir e pensar: mostram com que facilidade você põe as emoções em palavras.',
    moon_venus:
      'Necessidades emocionais e afeto se encontram entre a Lua e Vênus, que trazem ternura e desejo de harmonia.',
    moon_mars: 'A Lua e Marte unem emoção e ação: os seus sentimentos viram impulso rapidamente.',
    moon_jupiter:
      'A Lua com Júpiter amplia o seu mundo emocional, com generosidade, otimismo e grande capacidade de acolher.',
    moon_saturn:
      'A Lua e Saturno unem emoção e responsabilidade: mostram como você aprendeu a conter e proteger os sentimentos.',
    moon_uranus:
      'A Lua e Urano trazem à sua vida emocional uma necessidade de liberdade e mudanças de humor imprevisíveis.',
    moon_neptune:
      'A Lua e Netuno refinam a sua sensibilidade até quase a vidência, com empatia enorme e fronteiras porosas.',
    moon_pluto:
      'A Lua e Plutão dão às suas emoções uma intensidade profunda e grande poder de transformação.',
    mercury_venus:
      'Mercúrio e Vênus unem mente e gosto: você fala com graça e tem sensibilidade para as palavras e a beleza.',
    mercury_mars:
      'Mercúrio e Marte afiam o seu pensamento: você pensa rápido, argumenta com energia e decide sem rodeios.',
    mercury_jupiter: 'Mercúrio com Júpiter amplia a sua mente para as grandes ideias, o saber e o ensino.',
    mercury_saturn:
      'Mercúrio e Saturno dão ao seu pensamento rigor, estrutura e paciência para temas difíceis.',
    mercury_uranus:
      'Mercúrio e Urano trazem ideias brilhantes, intuições súbitas e uma mente à frente do seu tempo.',
    mercury_neptune:
      'Mercúrio e Netuno unem mente e imaginação, com talento especial para a poesia, a música ou o simbólico.',
    mercury_pluto:
      'Mercúrio e Plutão dão à sua mente uma capacidade de penetração e investigação fora do comum.',
    venus_mars: 'Vênus e Marte unem amor e desejo: mostram como ternura e paixão se encontram em você.',
    venus_jupiter: 'Vênus e Júpiter trazem generosidade, alegria e gosto pelos prazeres da vida.',
    venus_saturn: 'Vênus e Saturno unem o amor ao compromisso e pedem maturidade e paciência nos afetos.',
    venus_uranus: 'Vênus e Urano trazem atrações repentinas e uma necessidade de liberdade dentro do amor.',
    venus_neptune: 'Vênus e Netuno despertam um amor romântico, idealista e muito sensível à beleza.',
    venus_pluto: 'Vênus e Plutão dão aos seus afetos uma intensidade apaixonada e transformadora.',
    mars_jupiter: 'Marte e Júpiter unem ação e entusiasmo, com uma energia generosa e vontade de ir além.',
    mars_saturn: 'Marte e Saturno unem impulso e disciplina: você aprende a dosar a força e a resistir.',
    mars_uranus: 'Marte e Urano dão uma energia elétrica, independente e às vezes imprevisível.',
    mars_neptune: 'Marte e Netuno unem ação e inspiração: você age melhor a serviço de um ideal.',
    mars_pluto: 'Marte e Plutão concentram uma vontade poderosa, intensa e muito resistente.',
    jupiter_saturn: 'Júpiter e Saturno equilibram expansão e prudência, otimismo e realismo.',
    jupiter_uranus:
      'Júpiter e Urano trazem oportunidades inesperadas e gosto pela liberdade e pela inovação.',
    jupiter_neptune:
      'Júpiter e Netuno ampliam a sua imaginação e a sua fé, com ideais generosos e às vezes utópicos.',
    jupiter_pluto: 'Júpiter e Plutão unem expansão e poder, com grande ambição de influenciar e transformar.',
    saturn_uranus:
      'Saturno e Urano colocam a tradição diante da inovação e pedem que você renove as estruturas sem destruí-las.',
    saturn_neptune:
      'Saturno e Netuno unem realidade e sonho: pedem que você dê forma concreta aos seus ideais.',
    saturn_pluto:
      'Saturno e Plutão combinam estrutura e poder profundo, com enorme resistência diante da adversidade.',
    uranus_neptune:
      'Urano e Netuno formam um vínculo de geração entre inovação e imaginação, vivido como sensibilidade às mudanças coletivas.',
    uranus_pluto:
      'Urano e Plutão formam um vínculo de geração feito de revolução e transformação, eco das sacudidas da sua época.',
    neptune_pluto:
      'Netuno e Plutão compartilham um lento vínculo de geração entre anseio espiritual e transformação profunda.',
  },
  aspectTypeText: {
    conjunction: [
      'Unidas pela conjunção, as duas energias se fundem numa só força, difícil de separar. É um ponto focal do seu mapa, poderoso na direção que você escolher.',
      'Em conjunção, os dois agem como um só e se amplificam; a mistura pode virar um talento marcante se você aprender a conduzi-la.',
      'Uma conjunção é mais fusão do que diálogo: talvez você nem perceba onde termina uma influência e começa a outra, mas os outros notam bem o efeito combinado.',
    ],
    opposition: [
      'Em oposição, os dois se encaram como partes de uma negociação. Você pode oscilar entre eles, ou encontrar um deles por meio de outras pessoas, até conseguir sustentar os dois ao mesmo tempo.',
      'A oposição coloca essas energias numa gangorra. A lição é o equilíbrio: nenhum lado precisa vencer, e as relações próximas mostram a metade que você tende a negar.',
      'Frente a frente no zodíaco, os dois podem parecer exigências opostas; quando você deixa de escolher e passa a integrar, a oposição vira fonte de objetividade e maturidade.',
    ],
    trine: [
      'O trígono faz os dois fluírem juntos com facilidade, como um talento natural que funciona quase sem esforço. O único risco é tomá-lo como garantido.',
      'Ligadas por um trígono, essas energias cooperam com graça; o que vem tão fácil merece ser cultivado de propósito.',
      'A harmonia é a nota do trígono: os dois se apoiam e oferecem a você um recurso para os momentos em que outras áreas da vida ficam difíceis.',
    ],
    square: [
      'A quadratura cria entre eles um atrito produtivo. Puxam para lados diferentes, e essa tensão vira motor de crescimento quando você a encara em vez de fugir dela.',
      'Em quadratura, os dois se atritam e geram inquietação e impulso; boa parte da sua força se forja justamente onde esse desafio obriga você a agir.',
      'Uma quadratura é um aspecto de trabalho que raramente deixa você descansar, e é também onde você forja a resistência e a habilidade que posições mais fáceis nunca exigem.',
    ],
    sextile: [
      'O sextil oferece uma oportunidade: os dois cooperam de bom grado assim que você dá o primeiro passo. Ele recompensa a iniciativa com uma facilidade tranquila e confiável.',
      'Ligadas por um sextil, essas energias são aliadas amigáveis; os seus dons são reais, mas pedem a sua participação, como uma porta que se abre quando você bate.',
      'Um sextil lança entre os dois uma ponte leve e construtiva, um talento que cresce com o uso e convida a experimentar.',
    ],
  },
  elementBalance: {
    fire: {
      dominant:
        'O fogo percorre o seu mapa com força: você é entusiasmado, espontâneo e movido pela inspiração. Lembre-se de recarregar as energias, porque até a chama mais viva precisa de descanso.',
      lacking:
        'O fogo é escasso no seu mapa, então entusiasmo e autoconfiança nem sempre chegam sozinhos; às vezes é preciso riscar o fósforo você mesmo. Movimento, brincadeira e boa companhia aquecem você.',
    },
    earth: {
      dominant:
        'A terra domina o seu mapa e dá senso prático, paciência e bom senso. Você confia no que pode tocar e sabe construir o que dura; de vez em quando, abra espaço para o intangível.',
      lacking:
        'Com pouca terra no mapa, o lado prático da vida, como rotinas, dinheiro e necessidades do corpo, pode parecer menos natural. Estruturas simples e tempo ao ar livre estabilizam muito você.',
    },
    air: {
      dominant:
        'O ar se destaca no seu mapa e dá um intelecto vivo, facilidade social e amor pelas ideias. Manter contato com o corpo e as emoções ancora todo esse pensamento.',
      lacking:
        'O ar é escasso no seu mapa, então tomar distância para analisar o que você vive pode custar. Conversas, um diário e curiosidade por outros pontos de vista dão perspectiva.',
    },
    water: {
      dominant:
        'A água domina o seu mapa e torna você sensível, intuitivo e emocionalmente receptivo. Você capta correntes que outros não percebem; bons limites protegem a sua energia.',
      lacking:
        'A água é escassa no seu mapa, então as emoções podem parecer menos imediatas ou mais difíceis de nomear. Dar-se tempo para sentir e confiar nos pressentimentos aprofunda os seus vínculos.',
    },
  },
  modalityBalance: {
    cardinal: {
      dominant:
        'Os signos cardinais têm muito peso: você é alguém que inicia e toma a frente. A arte está em levar adiante o que começou quando passa o primeiro impulso.',
      lacking:
        'A energia cardinal é baixa no seu mapa, então começar custa mais do que sustentar ou se adaptar. Primeiros passos pequenos e deliberados constroem a sua confiança.',
    },
    fixed: {
      dominant:
        'Os signos fixos predominam: você tem determinação, lealdade e grande capacidade de perseverar. O desafio é a flexibilidade, porque ser firme não significa ser imóvel.',
      lacking:
        'A energia fixa é escassa, então a persistência pode exigir esforço consciente. Rotinas simples e promessas modestas cumpridas ajudam você a terminar o que começa.',
    },
    mutable: {
      dominant:
        'Os signos mutáveis se destacam: você é adaptável, versátil e aberto à mudança. Escolher uma direção e mantê-la por um tempo dá propósito a essa flexibilidade.',
      lacking:
        'A energia mutável é escassa, então se adaptar a mudanças bruscas pode custar. Praticar a flexibilidade em coisas pequenas facilita as grandes transições.',
    },
  },
  balancedElements:
    'Os seus elementos estão bem distribuídos: você tem acesso à inspiração, ao senso prático, ao pensamento e à emoção, e isso permite se adaptar a situações muito diferentes.',
  balancedModalities:
    'As modalidades estão equilibradas no seu mapa: você sabe iniciar, sustentar e se adaptar conforme o momento pede.',
  sunMoonElements: {
    same: 'Como o seu Sol e a sua Lua compartilham o mesmo elemento, o que você quer e o que você precisa puxam para o mesmo lado, o que dá ao seu caráter uma coerência inteira.',
    compatible:
      'O seu Sol e a sua Lua estão em elementos compatíveis, então as suas metas e as suas necessidades emocionais costumam cooperar; os conflitos internos se resolvem mais pela conversa do que pela força.',
    different:
      'O seu Sol e a sua Lua falam línguas elementais diferentes, então o que você busca e o que precisa para se sentir seguro podem não coincidir. Aprender a honrar os dois é fonte de profundidade.',
  },
  timeUnknownNote:
    'Como a hora de nascimento é desconhecida, esta leitura deixa de fora o Ascendente, as casas e os ângulos, que dependem da hora exata; além disso, a Lua pode ter avançado alguns graus ao longo do dia.',
  stelliumSign:
    'Essa concentração de energia faz das qualidades do signo uma especialidade sua, um território de profundidade ao qual você voltará muitas vezes. Ela também pode deixar você um pouco unilateral, então as áreas menos povoadas do mapa merecem atenção consciente.',
  stelliumHouse:
    'Tantos planetas numa casa fazem dos assuntos dela um palco central da sua vida, onde se concentra boa parte do seu crescimento, do seu esforço e da sua satisfação.',
  hemisphere: {
    eastern:
      'A maioria dos seus planetas está na metade leste do mapa, do lado do Ascendente. Você tende a conduzir a própria vida e a moldar as circunstâncias por iniciativa própria.',
    western:
      'A maioria dos seus planetas está na metade oeste do mapa, do lado do Descendente. A vida se desdobra para você por meio dos outros, e a cooperação é chave para o seu sucesso.',
    southern:
      'A metade superior do mapa, acima do horizonte, reúne a maioria dos seus planetas. A sua orientação é para fora: o mundo, a vida pública e as metas compartilhadas.',
    northern:
      'A metade inferior do mapa, abaixo do horizonte, reúne a maioria dos seus planetas. Boa parte do seu desenvolvimento acontece no privado, na vida interior e nos vínculos próximos.',
    balanced:
      'Os seus planetas se distribuem de forma bem equilibrada pela roda, entre você e os outros e entre o privado e o público, então nenhum hemisfério dita a sua orientação.',
  },
  quadrant: [
    'O primeiro quadrante (casas 1 a 3) é o mais povoado e põe o acento na descoberta de si, nos recursos pessoais e na forma de se expressar.',
    'O segundo quadrante (casas 4 a 6) é o mais povoado e põe o acento nas raízes, na criatividade e no cuidado diário de si e dos outros.',
    'O terceiro quadrante (casas 7 a 9) é o mais povoado e põe o acento nas relações, na experiência compartilhada e na ampliação dos horizontes.',
    'O quarto quadrante (casas 10 a 12) é o mais povoado e põe o acento na vocação, na comunidade e num sentido maior, às vezes espiritual, de propósito.',
  ],
  retrograde: {
    none: 'Nenhum dos seus planetas estava retrógrado no nascimento, o que sugere que as energias deles tendem a se expressar para fora e de forma direta.',
    few: 'Os planetas retrógrados voltam a sua função primeiro para dentro: você tende a rever, repensar e tornar seus esses temas antes de expressá-los, e a sua compreensão deles fica muito pessoal.',
    many: 'Tantos planetas retrógrados apontam para um temperamento reflexivo e voltado para dentro. Você costuma voltar às coisas para entendê-las a fundo, e o seu caminho pode ser menos convencional, porém mais autenticamente seu.',
  },
  noAspects:
    'Nenhum aspecto maior entre os planetas cai dentro das órbitas usadas neste mapa. Cada planeta tende, então, a agir por conta própria, o que pode tornar o seu caráter especialmente variado.',
  angularIntro: 'Os planetas próximos dos quatro ângulos do mapa estão entre os mais poderosos.',
  signEssence: {
    aries: 'a ousadia, a franqueza e a vontade de começar',
    taurus: 'a constância, a sensualidade e a paciência',
    gemini: 'a curiosidade, a agilidade e o gosto pela conversa',
    cancer: 'o cuidado, a proteção e a sintonia emocional',
    leo: 'o calor, a expressividade e o orgulho',
    virgo: 'a observação, a habilidade e o discernimento',
    libra: 'a elegância, o senso de justiça e a arte de se relacionar',
    scorpio: 'a intensidade, a perspicácia e a reserva',
    sagittarius: 'a aventura, a franqueza e a busca de sentido',
    capricorn: 'a ambição, a disciplina e o realismo',
    aquarius: 'a independência, a inventividade e os princípios',
    pisces: 'a compaixão, a imaginação e a intuição',
  },
  houseTopics: [
    'do eu, do corpo e da primeira impressão',
    'do dinheiro, dos bens e da autoestima',
    'da comunicação, do aprendizado e dos irmãos',
    'do lar, da família e das raízes',
    'da criatividade, do romance e do lazer',
    'do trabalho, da saúde e da rotina',
    'da parceria e das relações próximas',
    'da intimidade, dos recursos compartilhados e da transformação',
    'das viagens, das crenças e dos estudos superiores',
    'da carreira, da reputação e da vida pública',
    'da amizade, da comunidade e dos planos para o futuro',
    'da solidão, do inconsciente e da vida espiritual',
  ],
  planetKeywords: {
    sun: 'da sua identidade e vitalidade',
    moon: 'das suas necessidades emocionais e instintos',
    mercury: 'do seu jeito de pensar e se comunicar',
    venus: 'do seu jeito de amar e daquilo que você valoriza',
    mars: 'do seu impulso e da sua capacidade de se afirmar',
    jupiter: 'do crescimento, da fé e da generosidade',
    saturn: 'da disciplina e das lições de longo prazo',
    uranus: 'da liberdade e da originalidade',
    neptune: 'da imaginação e dos ideais',
    pluto: 'do poder e da transformação',
  },
  angularText: {
    ascendant:
      'colore fortemente a sua personalidade e a primeira impressão que você causa; as pessoas percebem essas qualidades em você logo de cara.',
    midheaven: 'molda a sua vocação, a sua reputação e o rumo da sua vida no mundo.',
    descendant:
      'costuma aparecer por meio dos parceiros e das relações próximas, que se tornam espelho do seu crescimento.',
    imum_coeli: 'age nas raízes: na sua vida privada, na família e nos seus alicerces interiores.',
  },
};

const P = names.planets;
const S = names.signs;
const C = corpus;
/** The planet with its article where Portuguese uses one: "o Sol", "a Lua", "Mercúrio". */
const ref = (p: Planet): string => (p === 'sun' ? 'o Sol' : p === 'moon' ? 'a Lua' : P[p]);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
}
const refs = (ps: readonly Planet[]) => list(ps.map(ref));
const labels = (ps: readonly Planet[]) => list(ps.map((p) => P[p]));
const NUMBERS = ['nenhum', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'];
const num = (n: number): string => NUMBERS[n] ?? String(n);
/** "ao seu Ascendente", "ao seu Meio do Céu". */
const ANGLE_OF = {
  ascendant: 'do seu Ascendente',
  midheaven: 'do seu Meio do Céu',
  descendant: 'do seu Descendente',
  imum_coeli: 'do seu Fundo do Céu',
} as const;
const ASPECT_VERB = {
  conjunction: 'está em conjunção com',
  opposition: 'faz oposição a',
  trine: 'faz trígono com',
  square: 'faz quadratura com',
  sextile: 'faz sextil com',
} as const;
/** "com o Sol", "a a Lua" → "à Lua", "a Mercúrio". */
const after = (verb: string, p: Planet): string =>
  verb.endsWith(' a')
    ? `${verb.slice(0, -2)} ${p === 'moon' ? 'à Lua' : p === 'sun' ? 'ao Sol' : `a ${P[p]}`}`
    : `${verb} ${ref(p)}`;
const MONTHS = [
  'jan.',
  'fev.',
  'mar.',
  'abr.',
  'maio',
  'jun.',
  'jul.',
  'ago.',
  'set.',
  'out.',
  'nov.',
  'dez.',
];
const HEMISPHERE = {
  eastern: 'leste',
  western: 'oeste',
  southern: 'superior',
  northern: 'inferior',
} as const;
const decimal = (v: string) => v.replace('.', ',');
const ELEMENT_OF = { fire: 'de fogo', earth: 'de terra', air: 'de ar', water: 'de água' } as const;
const MODE_OF = {
  cardinal: 'em signos cardinais',
  fixed: 'em signos fixos',
  mutable: 'em signos mutáveis',
} as const;
const sign = (s: Sign) => S[s];

export const pt: Locale = {
  tag: 'pt',
  names,
  corpus,
  phrases: {
    titles: {
      overview: (rising) => (rising ? 'Sol, Lua e Ascendente' : 'Sol e Lua'),
      planets: 'Os planetas',
      aspects: 'Aspectos maiores',
      balance: 'Elementos e modalidades',
      emphasis: 'Ênfases do mapa',
    },
    sunIn: (s) =>
      `Com o seu Sol em ${sign(s)}, no centro da sua identidade estão ${C.signEssence[s]}: esse é o eu que você está se tornando.`,
    moonIn: (s) =>
      `A sua Lua em ${sign(s)} descreve do que você precisa para se sentir seguro e em casa consigo; no plano emocional, o que guia você é ${C.signEssence[s]}.`,
    ascendant: (s, deg) =>
      `O seu Ascendente, o signo que subia no horizonte quando você nasceu, é ${sign(s)} a ${deg}: ele descreve como você vai ao encontro do mundo e como os outros percebem você à primeira vista.`,
    planetHead: (p, s, deg, h, retro) =>
      `${P[p]} em ${sign(s)} a ${deg}${h ? `, na casa ${h}` : ''}${retro ? ', retrógrado' : ''}.`,
    aspectsIntro: (n) =>
      `Os aspectos são as conversas entre os seus planetas. ${n === 1 ? 'Aqui está o mais próximo' : `Aqui estão os ${num(n)} mais próximos, do mais exato ao mais amplo`}; quanto menor a órbita, mais alta a voz. Um aspecto aplicativo ainda estava se fechando quando você nasceu e costuma ser sentido como mais urgente, enquanto um separativo já faz parte, em boa medida, de quem você é.`,
    aspectHead: (a, aspect, b, exactness, orb, applying) =>
      `${cap(ref(a))} ${after(ASPECT_VERB[aspect], b)} (${
        exactness === 'exact'
          ? 'quase exato, órbita de'
          : exactness === 'close'
            ? 'próximo, órbita de'
            : 'mais amplo, órbita de'
      } ${orb}, ${applying ? 'aplicativo' : 'separativo'}).`,
    elementCounts: (counts) =>
      `Por elementos, o seu mapa soma ${list(counts.map(([k, v]) => `${decimal(v)} ${ELEMENT_OF[k]}`))}.`,
    modalityCounts: (counts) =>
      `Por modalidades, soma ${list(counts.map(([k, v]) => `${decimal(v)} ${MODE_OF[k]}`))}.`,
    stelliumInSign: (ps, s) =>
      `${cap(num(ps.length))} planetas, ${refs(ps)}, se reúnem em ${sign(s)} e formam um stellium: ${C.signEssence[s]} estão muito perto do coração de quem você é.`,
    stelliumInHouse: (ps, h) =>
      `${cap(refs(ps))} dividem a sua casa ${h}, o território ${C.houseTopics[h - 1]}.`,
    onAngle: (p, d, angle) =>
      `Com ${ref(p)} a ${d} ${ANGLE_OF[angle]}, o planeta ${C.planetKeywords[p]} ${C.angularText[angle]}`,
    retrogradeFew: (ps) =>
      ps.length === 1
        ? `${cap(refs(ps))} estava retrógrado quando você nasceu.`
        : `${cap(refs(ps))} estavam retrógrados quando você nasceu.`,
    retrogradeMany: (ps) =>
      `${cap(num(ps.length))} planetas estavam retrógrados quando você nasceu: ${refs(ps)}.`,
    sentenceGap: ' ',
    highlights: {
      sunIn: (s) => `Sol em ${sign(s)}`,
      moonIn: (s) => `Lua em ${sign(s)}`,
      ascendantIn: (s) => `Ascendente em ${sign(s)}`,
      placement: (p, s, h, retro) => `${P[p]} em ${sign(s)}${h ? ` (casa ${h})` : ''}${retro ? ' R' : ''}`,
      aspect: (a, aspect, b, orb) => `${P[a]} ${names.aspects[aspect]} ${P[b]} (${orb})`,
      dominantElement: (e) => `Elemento dominante: ${names.elements[e]}`,
      lackingElement: (e) => `Elemento escasso: ${names.elements[e]}`,
      dominantModality: (m) => `Modalidade dominante: ${names.modalities[m]}`,
      lackingModality: (m) => `Modalidade escassa: ${names.modalities[m]}`,
      stelliumInSign: (s, ps) => `Stellium em ${sign(s)}: ${labels(ps)}`,
      stelliumInHouse: (h, ps) => `Stellium na casa ${h}: ${labels(ps)}`,
      onAngle: (p, angle) => `${P[p]} no ${names.angles[angle]}`,
      hemisphere: (h) => `Ênfase na metade ${HEMISPHERE[h]}`,
      quadrant: (q) => `Ênfase no quadrante ${q}`,
      retrogradeCount: (n) => `Planetas retrógrados: ${n}`,
    },
  },
  wheel: {
    title: (name, date) => `Mapa natal: ${name}, ${date}`,
    defaultName: 'Mapa natal',
    date: (d, m, y) => `${d} ${MONTHS[m - 1] ?? m} ${y}`,
    timeUnknown: (date) => `${date}, hora desconhecida`,
    retrograde: 'retrógrado',
    tropical: 'Tropical',
    sidereal: (a) => `Sideral${a ? ` (${a})` : ''}`,
    houses: (system) => `Casas ${system}`,
    noHouses: 'Sem casas',
    placement: (point, deg, s, retro) => `${point} ${deg}° ${s}${retro ? ' retrógrado' : ''}`,
    listSeparator: '; ',
    fullStop: '.',
    star: (name, position, m) => `${name} ${position}, magnitude ${new Intl.NumberFormat('pt').format(m)}`,
  },
  warnings: {
    place_ambiguous: () =>
      'A cidade informada corresponde a vários lugares, e foi usado o primeiro. Informe o país, ou a latitude e a longitude, para escolher outro.',
    local_mean_time: () =>
      'Nessa data a região ainda não tinha hora oficial: foi usada a hora média local do lugar de nascimento.',
    city_mean_time_replaced: () =>
      'A base de fusos horários aplica a toda a região a hora média de outra cidade, de uma época em que o país ainda não tinha hora oficial: foi usada a hora média local do lugar de nascimento.',
    ambiguous_local_time: () =>
      'Esse horário local aconteceu duas vezes porque os relógios foram atrasados; foi usado o primeiro dos dois instantes.',
    shifted_forward: () =>
      'Esse horário local não existiu porque os relógios foram adiantados; ele foi deslocado para a frente no tamanho do salto.',
    dst_local_option: (w) =>
      `A região segue o horário de verão de ${w.reference_city ?? 'sua cidade de referência'}, que talvez não valesse no lugar de nascimento. Se o registro indica hora padrão, envie "dst": false.`,
    dst_override: () =>
      'Foi usado o que indica "dst" (horário de verão ou padrão), diferente da diferença horária que a região tinha naquele momento.',
    time_unknown: () =>
      'Hora de nascimento desconhecida: mapa calculado para o meio-dia, sem casas, ângulos, Vértice nem Parte da Fortuna.',
    chiron_unavailable: () => 'Quíron só está disponível entre 1800 e 2400; foi omitido.',
    asteroid_unavailable: () => 'Este asteroide só está disponível entre 1800 e 2400; foi omitido.',
    house_system_fallback: () =>
      'O sistema de casas pedido não é definido nessa latitude; são usadas casas Porfírio.',
    composite_without_houses: () =>
      'A hora de um nascimento é desconhecida: o mapa composto não tem casas nem ângulos.',
  },
};
