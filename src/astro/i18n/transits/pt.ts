/**
 * Português (do Brasil, como as leituras natais: o leitor é tratado por «você»): os textos das leituras do tempo
 * (ver ../transit-locale.ts).
 */
import { pt } from '../pt';
import type { TransitWords } from '../transit-locale';

/** The natal points whose names are feminine: "sua Lua natal", but "seu Sol natal". */
export const FEMININE = new Set([
  pt.names.planets.moon,
  pt.names.points.mean_lilith,
  pt.names.points.true_lilith,
  pt.names.points.part_of_fortune,
]);
const your = (point: string) => `${FEMININE.has(point) ? 'sua' : 'seu'} ${point}`;

export const ptTransits: TransitWords = {
  effect: {
    sun: {
      conjunction:
        'O Sol coloca você em evidência por alguns dias: é hora de se mostrar, de agir a partir do centro de quem você é e de pôr sua energia onde está o seu propósito.',
      flowing:
        'O Sol empresta a você alguns dias de confiança tranquila. O que você começar agora encontra boa vontade, e é um bom momento para mostrar do que é capaz sem forçar nada.',
      challenging:
        'O Sol lança uma luz mais dura por alguns dias: sua vontade esbarra em resistências e os outros podem fazer oposição. Esse atrito mostra o que precisa ser ajustado entre seus objetivos e suas circunstâncias.',
    },
    moon: {
      conjunction:
        'Por algumas horas a Lua mexe com suas emoções: o humor sobe e desce depressa, suas necessidades pedem atenção e o instinto sabe mais do que a razão.',
      flowing:
        'A Lua traz algumas horas de tranquilidade emocional: você se sente amparado, fica fácil cuidar de si e dos seus, e pequenos gestos de carinho rendem muito.',
      challenging:
        'A Lua traz algumas horas inquietas: uma mudança de humor, uma reação à flor da pele ou uma necessidade esquecida pedem atenção. Deixe passar antes de agir.',
    },
    mercury: {
      conjunction:
        'Mercúrio põe sua cabeça para trabalhar: conversas, mensagens e planos se multiplicam, e é um bom momento para pensar com calma, aprender e dizer o que você realmente quer dizer.',
      flowing:
        'Mercúrio faz as palavras e as ideias fluírem: negociações, escrita, estudos e viagens curtas vão bem, e você encontra a frase certa na hora certa.',
      challenging:
        'Mercúrio embaralha a comunicação: mal-entendidos, palavras apressadas e planos dispersos são prováveis. Confira os detalhes, ouça duas vezes e deixe as decisões para quando a cabeça estiver mais clara.',
    },
    venus: {
      conjunction:
        'Vênus traz doçura e atração: afeto, prazer e beleza chegam com mais facilidade, e é um bom momento para aproveitar, fazer as pazes e se sentir em casa na própria vida.',
      flowing:
        'Vênus suaviza o caminho: as pessoas ficam mais gentis, seu charme funciona, e amor, amizade, arte e dinheiro andam de mansinho a seu favor.',
      challenging:
        'Vênus põe à prova o que você valoriza: desejo e conforto podem puxar contra seus compromissos, e pequenas insatisfações no amor ou no dinheiro vêm à tona. Pergunte-se o que você realmente quer, e não só o que agrada agora.',
    },
    mars: {
      conjunction:
        'Marte traz uma onda de impulso e calor: você quer agir, competir e começar coisas. Use essa energia com ousadia, mas cuidado com a impaciência e a pressa.',
      flowing:
        'Marte dá a você uma energia que vai aonde você mira: o esforço compensa, a coragem vem fácil e é um bom momento para esporte, iniciativas e passos decididos.',
      challenging:
        'Marte atiça o atrito: os ânimos se exaltam, os conflitos explodem e a pressa causa acidentes. Canalize a pressão para o trabalho ou para o movimento, em vez de brigas desnecessárias.',
    },
    jupiter: {
      conjunction:
        'Júpiter abre portas: chegam oportunidades, otimismo e um horizonte mais amplo, muitas vezes por meio de pessoas, viagens ou estudos. Diga sim ao crescimento, mas não prometa mais do que consegue sustentar.',
      flowing:
        'Júpiter traz uma sorte que premia a iniciativa: surge ajuda, a confiança cresce e seus planos encontram apoio. É um bom momento para expandir, estudar e acreditar que as coisas podem dar certo.',
      challenging:
        'Júpiter infla tudo: o risco é exagerar no otimismo, nos gastos ou nos compromissos. Ainda há espaço para crescer, mas só com senso de medida e limites honestos.',
    },
    saturn: {
      conjunction:
        'Saturno pede estrutura: as responsabilidades pesam mais e tudo o que não é sólido é posto à prova. O esforço paciente de agora lança alicerces que vão durar anos.',
      flowing:
        'Saturno recompensa o trabalho constante: a disciplina vem com mais naturalidade, os compromissos se mantêm e o que você constrói agora com cuidado vira um apoio duradouro.',
      challenging:
        'Saturno traz pressão e atrasos: obstáculos, cansaço ou as cobranças dos outros testam sua determinação. Encare o que precisa ser encarado, simplifique e não tenha pressa: a lição é o amadurecimento.',
    },
    uranus: {
      conjunction:
        'Urano traz um despertar: mudanças repentinas, ideias novas e uma forte vontade de liberdade quebram as velhas rotinas. Fique aberto ao inesperado.',
      flowing:
        'Urano traz surpresas bem-vindas: ideias frescas, gente nova e chances de fazer as coisas do seu jeito. É um bom momento para inovar e afrouxar o que ficou rígido demais.',
      challenging:
        'Urano sacode tudo: imprevistos, impaciência com os limites e uma vontade forte de se libertar. Mude o que precisa mudar, mas não queime pontes por impulso.',
    },
    neptune: {
      conjunction:
        'Netuno suaviza os contornos: a sensibilidade, a imaginação e a saudade crescem, enquanto a clareza se dissolve. Confie na inspiração e na compaixão, mas confira os fatos antes de se comprometer.',
      flowing:
        'Netuno traz inspiração e delicadeza: a intuição fica afiada, a arte e a espiritualidade falam com você, e fica mais fácil perdoar e deixar ir.',
      challenging:
        'Netuno embaça o quadro: pode haver confusão, idealização ou decepção, e o cansaço pode minar sua vontade. Cuidado com as ilusões e poupe sua energia.',
    },
    pluto: {
      conjunction:
        'Plutão trabalha devagar e fundo: o que já cumpriu seu ciclo é arrancado para que algo mais forte possa crescer. Espere intensidade e uma transformação de verdade.',
      flowing:
        'Plutão dá a você profundidade e fôlego: você pode se curar, se regenerar e fazer mudanças duradouras, e sua influência cresce em silêncio.',
      challenging:
        'Plutão traz disputas de poder e pressão vinda do fundo: controle, medo ou obsessão podem emergir. Encará-los com honestidade é o que transforma este trânsito em força duradoura.',
    },
    chiron: {
      conjunction:
        'Quíron toca uma ferida antiga: um ponto vulnerável fica visível e, com ele, a chance de curá-lo e de ajudar outras pessoas com o que você aprendeu.',
      flowing:
        'Quíron favorece a cura: você consegue olhar para mágoas antigas com carinho, aprender com elas e partilhar essa sabedoria com os outros.',
      challenging:
        'Quíron aperta onde dói: a sensação de não estar à altura ou uma dor antiga podem voltar. Trate-as com delicadeza: é aí que a cura começa.',
    },
    node: {
      conjunction:
        'O nodo lunar coloca você diante do seu rumo: pessoas e acontecimentos parecem obra do destino, e as escolhas de agora podem traçar o caminho dos próximos anos.',
      flowing:
        'O nodo lunar apoia o seu crescimento: os encontros e as oportunidades certas aparecem, e fica mais fácil avançar rumo ao que você veio desenvolver.',
      challenging:
        'O nodo lunar marca uma encruzilhada: o apego aos velhos hábitos se choca com o chamado para crescer, e os acontecimentos podem forçar uma escolha sobre o seu rumo.',
    },
    lilith: {
      conjunction:
        'Lilith, a Lua Negra, traz à tona o que você costuma esconder: desejos crus, raiva ou a recusa em se submeter. Escute: ela mostra onde você precisa de mais autenticidade.',
      flowing:
        'Lilith, a Lua Negra, empresta a você a coragem de ser quem é: fica mais fácil dizer não, confiar no próprio instinto e afirmar sua independência sem culpa.',
      challenging:
        'Lilith, a Lua Negra, desperta rebeldia e frustração: tabus, ciúme ou a sensação de rejeição podem vir à tona. Encare a sombra em vez de deixá-la agir por você.',
    },
  },
  topics: {
    sun: 'sua identidade, sua vitalidade e seu senso de propósito',
    moon: 'suas emoções, seu lar e sua necessidade de segurança',
    mercury: 'seu modo de pensar, suas conversas e suas trocas do dia a dia',
    venus: 'sua vida amorosa, seus prazeres e aquilo que você valoriza',
    mars: 'sua garra, seus desejos e seu jeito de se afirmar',
    jupiter: 'sua fé, seu crescimento e suas oportunidades',
    saturn: 'suas responsabilidades, seus limites e suas metas de longo prazo',
    uranus: 'sua necessidade de liberdade e sua vontade de mudar as coisas',
    neptune: 'seus sonhos, seus ideais e sua intuição',
    pluto: 'seus impulsos mais profundos e seu poder de transformação',
    ascendant: 'a impressão que você causa e seu jeito de encarar a vida',
    midheaven: 'sua carreira, sua reputação e seu rumo na vida',
    descendant: 'suas parcerias e seus relacionamentos mais próximos',
    imum_coeli: 'seu lar, sua família e suas raízes',
    node: 'a direção em que sua vida está crescendo',
    lilith: 'seu lado indomável e aquilo de que você se recusa a abrir mão',
    chiron: 'uma ferida antiga e sua capacidade de curá-la',
    part_of_fortune: 'seu bem-estar e as áreas em que a sorte chega com facilidade',
  },
  touches: (topic) => `Este trânsito mexe com ${topic}.`,
  touchesPoint: (point) => `Este trânsito mexe com ${your(point)} natal.`,
  hitHead: (transiting, aspect, natal, date, retrograde) =>
    `${transiting}${retrograde ? ' retrógrado' : ''} em ${aspect} com ${your(natal)} natal, exato em ${date}`,
  window: (enters, leaves) =>
    enters && leaves
      ? `Dentro da órbita de ${enters} a ${leaves}.`
      : enters
        ? `Dentro da órbita a partir de ${enters}.`
        : leaves
          ? `Dentro da órbita até ${leaves}.`
          : 'Dentro da órbita durante todo o período.',
  pass: (n, of) => `Esta é a passagem ${n} de ${of}.`,
  periodTitle: (from, to) =>
    from === to ? `Seus trânsitos em ${from}` : `Seus trânsitos de ${from} a ${to}`,
  periodIntro: (count, from, to) => {
    const when = from === to ? `em ${from}` : `entre ${from} e ${to}`;
    return count === 1
      ? `Um trânsito fica exato ${when}: veja o que ele traz.`
      : `${count} trânsitos ficam exatos ${when}. Primeiro vêm os planetas lentos, que dão o tom de todo o período; depois, os mais rápidos e pessoais.`;
  },
  periodQuiet: (from, to) =>
    `Nenhum trânsito dos planetas pedidos fica exato ${from === to ? `em ${from}` : `entre ${from} e ${to}`}. É um período tranquilo: bom momento para consolidar o que está em andamento e descansar antes do próximo movimento.`,
};
