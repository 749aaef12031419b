/**
 * Interpretive text: each of the ten planets in each of the twelve signs (120 entries).
 * Original prose written for Stellar Edge. Second person, psychological, non-fatalistic.
 */
import type { Planet, Sign } from '../../types';

export const PLANET_IN_SIGN: Record<Planet, Record<Sign, string>> = {
  sun: {
    aries:
      'Your sense of self is lit by beginnings: you feel most alive when you are initiating, testing yourself and meeting a challenge head-on. Courage comes naturally to you, and so does impatience. Part of your growth lies in learning that not every battle needs you; when your directness serves a real purpose, you become the person who gets things moving.',
    taurus:
      'Steadiness is your quiet strength. You build an identity the way a gardener builds soil, patiently and with deep trust in what grows over time. Pleasure, comfort and tangible results matter to you, and you are at your best when your loyalty to what you value stays open to change instead of hardening into stubbornness.',
    gemini:
      'Curiosity is the engine of your identity. You come alive through conversation, ideas and the endless variety of the world, and you often understand yourself best by talking things through. Your real challenge is less about finding answers than about choosing which questions deserve your full attention.',
    cancer:
      'At heart you are a protector and a keeper of memory. Home, family and emotional belonging are not side issues for you but the ground your confidence grows from. Your sensitivity is a form of intelligence, and when you trust it instead of retreating behind a protective shell, you can nurture others without losing yourself.',
    leo: 'There is a warmth in you that wants to be shared and seen. Creativity, play and generosity of heart are central to how you express who you are, and you shine when you are allowed to lead from the heart. Lasting confidence comes from creating for the joy of it rather than for the applause that may follow.',
    virgo:
      'Usefulness, skill and careful attention are how you come to know yourself. Where others see chaos, you notice the pattern that could be improved, and there is real devotion in the way you refine your craft. Extending to yourself the patience you give your work keeps your high standards a gift rather than a burden.',
    libra:
      'Relationship is the mirror in which you discover who you are. You have a fine instinct for balance, fairness and beauty, and you tend to see every side of a question before choosing one. Growth comes when your gift for harmony includes your own needs, so that keeping the peace never means disappearing from it.',
    scorpio:
      'Intensity and depth define your core. You are drawn to what lies beneath the surface of people, motives and yourself, and shallow answers rarely satisfy you. Your capacity for renewal is remarkable: experiences that might break someone else tend, over time, to distil you into something stronger and more honest.',
    sagittarius:
      'Meaning is what you are really after. Travel, philosophy, learning and the open horizon feed your spirit, and your optimism can lift everyone around you. The invitation of this Sun is to ground the big vision in lived experience, so that your truths are earned rather than merely preached.',
    capricorn:
      'You are built for the long climb. Responsibility, structure and the satisfaction of real accomplishment give your life its shape, and many people with this placement feel older when young and lighter as the years pass. Your ambition is at its best when it serves something you genuinely respect, and gentlest when you let yourself be more than your achievements.',
    aquarius:
      'Independence of mind sits at the centre of your identity. You see how things could be different, often before others do, and you value friendship, principle and the freedom to be exactly who you are. The work of a lifetime is to stay warmly human while remaining true to an unconventional vision.',
    pisces:
      'Your identity has soft edges, and that is its gift. You absorb atmospheres, feel what others feel and move easily between imagination and everyday reality, which makes you compassionate, artistic and intuitive. Knowing where you end and others begin lets your empathy become a source of strength rather than exhaustion.',
  },
  moon: {
    aries:
      'Emotionally you run hot and fast: feelings arrive like sparks and tend to burn through quickly. You need room to act on what you feel, and movement, challenge and a measure of independence comfort you more than soothing words. Pausing for one breath before you react turns your emotional honesty into a real asset in close relationships.',
    taurus:
      'Stability is what your emotional nature seeks, and comfort comes through the senses: good food, touch, familiar places, the reliable rhythm of daily life. Once you are attached, your loyalty runs deep. Change may feel threatening at first, yet your steadiness gives you the patience to absorb it and grow.',
    gemini:
      'Naming a feeling is how you begin to digest it. Talking, writing or simply thinking out loud helps you understand what is going on inside, and variety and mental stimulation settle your nerves. Sometimes you may analyse an emotion instead of feeling it; a moment of stillness lets the heart catch up with the head.',
    cancer:
      'Feelings run deep and close to the surface in you, and your emotional memory is long. You need a secure base, people who feel like home and the chance to care for others. When you honour your moods instead of apologising for them, your sensitivity becomes a remarkable capacity for nurture.',
    leo: 'You need to feel appreciated, and there is nothing small about that need. Your emotional life is warm, expressive and generous; you light up when you can show affection openly and be met in kind. Feeling unseen can wound your pride, so learning to recognise your own worth is deeply healing.',
    virgo:
      'Order and usefulness are your emotional anchors. Caring for someone, solving a problem or tidying a room can calm you more than any reassurance. Be careful not to turn your keen eye inward as self-criticism, because your feelings do not need to be tidy to be valid.',
    libra:
      'Harmony in your surroundings and relationships is essential to your wellbeing. Beauty, courtesy and companionship soothe you, and you read the emotional climate of a room almost instantly. Since discord unsettles you, it helps to remember that honest disagreement can deepen a bond rather than break it.',
    scorpio:
      'Your feelings are intense, private and powerful. Emotional truth matters more to you than comfort, and you sense what remains unspoken in others almost instinctively. Trust comes slowly but runs deep, and learning to release old hurts frees the enormous loyalty and resilience that live in you.',
    sagittarius:
      'Restless in the most hopeful way, your emotional nature needs freedom, humour and the sense that life is going somewhere. You tend to bounce back from setbacks with a philosophical shrug. Staying present with difficult feelings, rather than outrunning them, gives your optimism deeper roots.',
    capricorn:
      'Composure is your first response to strong feeling, and you may hold emotions in check until you are sure it is safe to show them. Security comes from competence, structure and knowing you can rely on yourself. Letting others support you now and then softens a self-sufficiency you may have learned very early.',
    aquarius:
      'Emotional breathing room is a necessity for you, not a luxury. Friendship, shared ideals and the freedom to be different can matter more than conventional closeness, and you are often remarkably calm in a crisis. Your growing edge lies in letting people see your feelings up close, not only your ideas about them.',
    pisces:
      'Your emotional world is vast, porous and deeply imaginative. You soak up the moods of those around you and respond with instinctive compassion. Time alone, music, water or creative work helps you rinse off what is not yours, so that your gentleness remains a gift rather than a drain.',
  },
  mercury: {
    aries:
      'Your mind works quickly and decisively, and you tend to say what you think the moment you think it. Debate energises you, and you have a knack for cutting to the heart of a matter. Hearing the other person out before answering makes your sharp intelligence far more persuasive.',
    taurus:
      'Careful, grounded thinking is your hallmark: you prefer ideas you can test in practice, and once you reach a conclusion it takes solid evidence to move you. This deliberate style gives your words weight. Your voice often carries a calming quality that people trust.',
    gemini:
      'Mentally agile and endlessly curious, you collect information, connections and conversations with ease. You can hold several angles at once and translate between very different people. Focus is your discipline: following a few threads deeply turns brilliance into mastery.',
    cancer:
      'You think with your feelings and remember through them. Your intelligence is intuitive and associative, and you often grasp the emotional subtext of a conversation before its content. Trusting this way of knowing, while checking it against the facts, makes you an unusually wise listener.',
    leo: 'Conviction and a natural flair for storytelling colour the way you speak. Ideas matter most to you when they come from the heart, and the sheer warmth of your expression can inspire others. Staying curious about views that differ from yours keeps your confidence generous rather than fixed.',
    virgo:
      'Precise, analytical and observant, you notice details others miss and enjoy making sense of complexity. You learn by doing and communicate best when you can be practical and specific. Leave room for the unfinished draft, since not every thought has to be polished before it can be shared.',
    libra:
      'Balance is the shape of your thinking: you weigh one side against the other with a genuine wish to be fair. Diplomacy comes easily, and you can phrase hard truths with grace. The challenge is deciding, because at some point the scales must tip, and your voice matters when they do.',
    scorpio:
      'Your mind is a detective. You probe beneath appearances, read between the lines and are rarely satisfied with easy explanations. Used with care, your penetrating insight can help others face what they have been avoiding, and help you face it too.',
    sagittarius:
      'Big pictures and wide horizons attract your mind: philosophy, cultures, possibilities and the questions that connect them. Your candour is refreshing and occasionally blunt. Pairing that sweeping vision with attention to detail makes your enthusiasm convincing as well as contagious.',
    capricorn:
      'Your thinking is structured, realistic and oriented toward results. You prefer ideas that work, and you communicate with a dry economy that others learn to rely on. Allowing yourself to play with unlikely possibilities before judging them broadens an already formidable practical intelligence.',
    aquarius:
      "Independent and often ahead of its time, your mind is fascinated by systems, patterns and unconventional ideas. You are willing to question what everyone else takes for granted. Staying as open to other people's perspectives as you are to new theories keeps your originality connected to real life.",
    pisces:
      'Images, impressions and intuitions guide your thinking more than straight lines do. You sense meanings before you can explain them, which can make you a natural poet, listener or healer. Writing things down or giving your thoughts a simple structure helps your rich inner vision reach other people intact.',
  },
  venus: {
    aries:
      'You love with directness and enthusiasm, and attraction often begins for you with a spark and a chase. Honesty and a little challenge keep a relationship alive in your eyes. Letting affection ripen beyond the first thrill of pursuit reveals how loyal and warm-hearted you can be.',
    taurus:
      'Sensual, steady and loyal, you show love through presence, touch and the pleasures of ordinary life. Beauty in material form nourishes you, and you have a gift for making others feel at ease. Security matters in love; simply take care that comfort does not quietly turn into possessiveness.',
    gemini:
      'Attraction, for you, starts in the mind. Wit, conversation and shared curiosity keep your affections alive, and you enjoy variety and lightness in love. A partner who is also a friend and an interesting companion suits you best.',
    cancer:
      'Tender and protective, you create a sense of home wherever you care for someone. Emotional safety is the foundation of your relationships, and you remember every kindness. Asking directly for what you need keeps you from waiting silently for others to guess.',
    leo: 'Your heart is generous, expressive and loyal. You love to celebrate the people you care about and to be adored in return, and romance, creativity and a little grandeur feed you. Your warmth is most radiant when it flows freely rather than as a bid for approval.',
    virgo:
      'Thoughtful acts of service are your love language: you remember what others need and quietly take care of it. Your affection is discerning and sincere. Let yourself receive as well as give, and remember that love does not have to be earned through perfect helpfulness.',
    libra:
      'Harmony, grace and partnership come naturally to you. You have refined taste, a talent for bringing people together and a deep appreciation of fairness in love. Relationships flourish for you when mutual respect includes your own preferences, not only the wish to keep the peace.',
    scorpio:
      'You love with your whole being, seeking depth, intimacy and emotional truth rather than casual connection. Your loyalty is fierce and your attraction magnetic. Trust is the central question, and when you allow yourself to be vulnerable, your relationships become genuinely transformative.',
    sagittarius:
      'Adventure, humour and people who widen your world are what draw you. Freedom within love matters, and you give your affection openly and generously. Your relationships thrive when they feel like a shared journey rather than a cage.',
    capricorn:
      'Love is serious business for you, and commitment and proven reliability appeal more than fleeting infatuation. Your affection grows stronger with time, expressed through dependability and practical support. Inviting spontaneity and softness into your relationships lets others see the warmth behind your reserve.',
    aquarius:
      'Friendship, independence and originality are what you value in love. Often you are attracted to people who are a little unusual and who respect your need for space. Your affection is sincere and unpossessive, and the growth lies in letting intimacy touch you emotionally as well as intellectually.',
    pisces:
      'Compassionate and romantic, your love has few limits. You see the best in people and are moved by beauty, music and quiet acts of kindness. Keeping one foot on the ground, and seeing partners as they truly are, protects your tender heart from disillusionment.',
  },
  mars: {
    aries:
      'Your drive is direct, energetic and courageous. You act fast, enjoy competition and are happiest when you have something worth fighting for. Channelled through physical activity or a worthy cause, this fire becomes a real force for initiative and leadership.',
    taurus:
      'Slow, steady persistence is how you pursue your goals, and once you commit you are very hard to stop. Your energy is enduring rather than explosive. Anger builds slowly in you, so voicing frustration early keeps great stamina from turning into stubborn resistance.',
    gemini:
      'You act through words, ideas and versatility, and your energy tends to spread across many interests at once. A lively argument invigorates you, and you think well on your feet. Learning to finish what you start turns a quick mind into an effective instrument of action.',
    cancer:
      'Much of your drive is bound up with feeling and with protecting what you love. You may approach what you want indirectly, yet you become fierce when someone you care about is threatened. Naming your anger, rather than letting it simmer into moods, gives your considerable tenacity a clean outlet.',
    leo: 'Confidence, flair and a strong creative will mark the way you act. You want your efforts to count and to be recognised, and you have the heart to lead and inspire. Your energy is at its finest when it serves something larger than pride.',
    virgo:
      'Precision and method shape how you spend your energy; you prefer efficient, skilful work to grand gestures. You improve things by doing them carefully and well. Watch for nervous tension and overwork, because your effectiveness grows when rest is part of the plan.',
    libra:
      'Your drive tends to orient toward others: you act well in partnership and often fight on behalf of fairness. Direct confrontation may feel uncomfortable, so you might hesitate to assert yourself. Claiming your own desires plainly makes cooperation more honest and, in the end, more effective.',
    scorpio:
      'Intense, strategic and enduring, your will pursues what it wants with focus and rarely gives up. You regenerate after setbacks that would stop others. Emotional power is a large part of your energy, and used consciously it gives you extraordinary resilience.',
    sagittarius:
      'Adventure, ideals and the chance to expand are what energise you. Your enthusiasm is infectious, and you act boldly on your beliefs. Grounding impulses in realistic planning ensures your fire lasts beyond the first leap.',
    capricorn:
      'Disciplined, strategic and ambitious, you direct your energy toward long-term goals with remarkable control. You know how to work hard and how to pace yourself. Remember that ambition serves life and not the other way round, and your effectiveness will be matched by satisfaction.',
    aquarius:
      'Independence, innovation and shared causes draw out your energy. You resist being told what to do, and you act most powerfully when defending a principle or an idea whose time has not yet come. Staying flexible about methods while firm about values makes your rebellion constructive.',
    pisces:
      'Your drive is subtle, intuitive and often guided by ideals or compassion. You may prefer to flow around obstacles rather than confront them head-on. Giving your energy a clear creative or spiritual direction protects you from drifting and turns sensitivity into quiet strength.',
  },
  jupiter: {
    aries:
      'Growth comes to you through initiative and courage. Opportunities tend to open when you act boldly and trust your pioneering spirit, and your faith in yourself can inspire others. Enthusiasm becomes real abundance when it is matched by follow-through.',
    taurus:
      "Patience, practicality and appreciation of life's tangible gifts are how you expand. Abundance tends to grow steadily when you invest in what has lasting value. Generosity with your resources, and enjoyment without excess, keep it flowing.",
    gemini:
      'Learning, conversation and connection are your avenues of growth. Curiosity opens doors for you, and you benefit from wide reading and a large circle of acquaintances. Depth adds wisdom to breadth, so follow at least a few subjects all the way down.',
    cancer:
      "Your generosity is emotional and nurturing, and you find meaning in family, home and the care of others. For you, faith grows out of belonging. Offering the protection you received, or wish you had received, can become one of life's great sources of fulfilment.",
    leo: 'Creative self-expression, warmth and a big heart are where you grow. You have a natural sense of occasion and can uplift people simply by being yourself with enthusiasm. Letting confidence rest on joy rather than display keeps your optimism authentic.',
    virgo:
      'Service, skill and steady improvement are where your faith expresses itself. You find meaning in doing useful things well and in helping systems run better. Keeping sight of the larger purpose behind the details stops helpfulness from shrinking into worry.',
    libra:
      'Partnership, justice and beauty bring you meaning and opportunity. Relationships often open doors, and you have a gift for bringing people together. Believing in fairness is your strength, and so is the courage to act on it when balance calls for a firm choice.',
    scorpio:
      'You grow by going deep. Crises, intimacy and shared resources can become sources of unusual wisdom and strength, and your faith is not naive: it is tested and renewed through transformation. That gives your optimism a rare authority.',
    sagittarius:
      'Exploration, philosophy and the search for truth come naturally, and your optimism is remarkably resilient. Travel and teaching, whether literal or intellectual, can be especially rewarding. Remaining a student even when you feel like a teacher keeps your wisdom alive.',
    capricorn:
      'Careful, disciplined expansion suits you, and you trust what is earned over what is handed to you. Opportunities tend to come through responsibility, structure and realistic planning. A little optimism mixed into your caution helps you recognise the success you have already built.',
    aquarius:
      'Ideas, communities and the improvement of society are where you find meaning. Your generosity is broad and impartial, grounded in a genuine belief in human potential. Staying connected to real individuals keeps this humanitarian vision warm and practical.',
    pisces:
      'Compassionate and imaginative, your faith is often quietly spiritual. You grow through empathy, art and an instinctive sense that everything is connected. Good boundaries let your generosity nourish others without depleting you.',
  },
  saturn: {
    aries:
      'Learning to assert yourself wisely is one of your long-term lessons. You may have sensed early that acting on impulse was risky, and so you are developing a disciplined kind of courage. Over time you become someone whose initiative is both brave and well judged.',
    taurus:
      'Security and self-worth are areas you build patiently, and sometimes anxiously. Worry about having enough may surface, yet you are fully capable of creating lasting stability step by step. Recognising that your value is not measured only in possessions lightens this lesson considerably.',
    gemini:
      'A serious mind capable of sustained concentration is part of your makeup, though you may once have doubted your intelligence or your voice. Through practice you develop genuine authority in communication and learning. What you say carefully, others remember.',
    cancer:
      'Emotional safety and belonging carry a sense of responsibility for you. Perhaps you had to grow up early or became the one who held the family together. Learning to nurture yourself as reliably as you care for others is the key to lasting inner security.',
    leo: 'Recognition and self-expression may have felt like things you had to earn. You might be cautious about being seen or hesitant to play, yet your creative discipline is considerable. With maturity comes the dignified confidence of someone who has truly built their own light.',
    virgo:
      'High standards of competence are your training ground, with work, health and daily routine as the arena. The fear of imperfection can weigh on you. Time turns you into a real master of your craft, especially once you allow yourself to make mistakes.',
    libra:
      'Relationships are your great teacher. You take commitment seriously and value fairness, responsibility and maturity in partnership. Over the years you learn to build balanced bonds in which duty and affection strengthen each other.',
    scorpio:
      'Trust, intimacy and emotional control are serious themes for you, and you may guard yourself carefully after learning that vulnerability has a cost. Facing those fears with patience builds extraordinary psychological strength. What you survive, you come to understand deeply.',
    sagittarius:
      'Meaning is something you seek seriously, testing beliefs against experience before you accept them. Dogma, including your own, becomes something you learn to examine. Over time you can become a wise and credible teacher whose convictions are earned.',
    capricorn:
      'Structure, ambition and responsibility come naturally, and you are capable of building something that lasts. You may have carried heavy expectations early in life. The reward of this discipline is real authority, especially when you let yourself enjoy the view from the mountains you climb.',
    aquarius:
      'Bringing structure to ideas and communities is one of your talents, and you can turn principles into working systems. A tension between belonging and independence may run through your life. Your long-term gift is to help build groups and institutions that are both reliable and fair.',
    pisces:
      'The boundary between the practical and the spiritual is where your great lesson lies. Vague fears or the suffering around you can sometimes feel overwhelming. Giving form to compassion, through art, service or a steady spiritual practice, turns that sensitivity into wisdom.',
  },
  uranus: {
    aries:
      'You belong to a generation that seeks radical independence and fresh starts. Personally, you may feel a sudden urge to break free whenever life becomes too predictable. That originality thrives when you pioneer rather than merely rebel.',
    taurus:
      "Values, money and humanity's relationship with the earth are being rethought by your generation. In your own life, shifts in security may arrive unexpectedly and teach you to find stability in adaptability. You bring an inventive touch to practical and material matters.",
    gemini:
      'Born into a generation that revolutionises communication and information, you may find your own thinking quick, electric and unconventional. Insights can arrive out of nowhere. Sharing them clearly makes them genuinely useful to others.',
    cancer:
      'Traditional ideas of home and family are questioned by your generation. You may experience changes in your domestic life that push you toward freedom in how you belong. A chosen family or an unconventional home can be deeply liberating for you.',
    leo: 'Creative freedom and individual expression are the rallying cry of your generation. Your own way of expressing yourself may be striking and resistant to convention. The invitation is to be authentically unusual without needing to shock.',
    virgo:
      'Innovation in work, health and technology marks your generation. Personally, you may bring an inventive approach to routines, methods and wellbeing. Improving systems in original ways is one of your understated talents.',
    libra:
      'Your generation redefines relationships, equality and partnership. You may need considerable freedom within commitment and value bonds that allow both people to remain themselves. For you, fairness and originality go hand in hand.',
    scorpio:
      'Taboos around power, sexuality and death are confronted by your generation. In your own life, sudden transformations may strip away whatever is false. Your intensity and insight can help others break through what they fear to examine.',
    sagittarius:
      'Old beliefs give way and new intellectual and geographical frontiers open for your generation. You may be restless for truth and impatient with dogma. Your gift is a willingness to rethink everything in the pursuit of meaning.',
    capricorn:
      'Structures, institutions and the very idea of authority are being rebuilt by your generation. You may feel both respect for tradition and an urge to modernise it. Your innovation is most powerful when it is practical and well organised.',
    aquarius:
      'Comfortable with technology, networks and the future, your generation thinks in terms of the collective. Independence of mind comes naturally to you. Staying humanly connected keeps your forward-looking ideals grounded.',
    pisces:
      'Spiritual and imaginative liberation is the quest of your generation. Your intuition can be sudden and surprising, and unconventional forms of art or spirituality may call to you. Trusting those flashes while keeping your feet on the ground is your gift.',
  },
  neptune: {
    aries:
      'Your generation dreams of heroic new beginnings and spiritual courage. You may idealise independence and bold action. Keeping your inspiration connected to realistic steps makes those dreams achievable.',
    taurus:
      'Nature, beauty and material security are idealised by your generation. You may find something sacred in the senses, in art or in the earth itself. Seeing through illusions about money and comfort helps you value what truly sustains you.',
    gemini:
      'Words, images and communication are where your generation dreams. Your imagination may be highly verbal and your thinking quietly poetic. Discernment about information helps you tell inspiration from confusion.',
    cancer:
      'Home, family and homeland are idealised by your generation, which seeks emotional security in an uncertain world. You may carry a longing for perfect belonging. Building real, nurturing relationships turns that longing into compassion.',
    leo: 'Creativity, glamour and the individual heart are romanticised by your generation. Performance, art and romance may inspire you. Finding joy in authentic expression rather than idealised images brings lasting fulfilment.',
    virgo:
      'Your generation looks for the sacred in service, health and everyday work. You may be idealistic about helping others or perfecting your craft. Accepting imperfection is a spiritual lesson that frees your compassion.',
    libra:
      'Ideal love, harmony and peace are the dream of your generation. You may hold high romantic or aesthetic ideals. Seeing partners and situations as they are, rather than as you wish them to be, deepens your capacity to love.',
    scorpio:
      'Transformation, psychology and the hidden side of life are explored by your generation. You may be drawn to depth, intensity and the spiritual meaning of crisis. Healing comes when you meet the shadows with compassion instead of fear.',
    sagittarius:
      'Spiritual truth through exploration, travel and new beliefs is what your generation seeks. You may long for a meaning that lies beyond the familiar. Discernment keeps your faith open-minded without losing its footing.',
    capricorn:
      'Structures, institutions and authority are dissolved and reimagined by your generation. You may idealise achievement or long for a more meaningful kind of success. Bringing vision into practical form is your particular gift.',
    aquarius:
      'A connected, egalitarian future is the dream of your generation. Technology, community and humanitarian ideals may inspire you. Staying grounded in personal relationships keeps the vision humane.',
    pisces:
      'Your generation carries a deeply spiritual and compassionate sensitivity, and your imagination and empathy may be exceptionally strong. Protective boundaries and creative outlets help you channel that sensitivity wisely.',
  },
  pluto: {
    aries:
      'With Pluto in Aries you carry a generational drive to reinvent identity and courage from the ground up. For you, power is tied to the freedom to act. Using that intensity to begin again bravely, rather than to dominate, is the deeper challenge.',
    taurus:
      'Pluto in Taurus gives your generation a deep urge to transform values, resources and the relationship with the natural world. You may hold tightly to what you own or believe. Letting go at the right moment becomes a source of regeneration.',
    gemini:
      'Ideas and information are the forces that transform your Pluto-in-Gemini generation. Words have power for you, and you may be drawn to investigate, uncover and reveal. Using knowledge to heal rather than to manipulate is the essence of this placement.',
    cancer:
      'Pluto in Cancer connects your generation with profound changes in family, home and emotional security. Deep feelings about roots and belonging may shape you strongly. Facing inherited emotional patterns frees you to create a new kind of security.',
    leo: 'Your Pluto-in-Leo generation transforms self-expression and personal power. You may feel a compelling need to create and to be recognised. Owning your creative force with integrity, rather than seeking control, is what makes it truly magnetic.',
    virgo:
      'Work, health and technology are transformed by your Pluto-in-Virgo generation. You may have an intense drive to analyse, perfect and repair. Applying that drive with compassion, including toward yourself, turns criticism into healing.',
    libra:
      'Pluto in Libra places you in a generation that transforms relationships, marriage and ideas of justice. Partnerships may become intense, powerful mirrors for your growth. Equality and honest negotiation are the keys to using this power well.',
    scorpio:
      'In its own sign, Pluto in Scorpio marks a generation that confronts the deepest questions of power, intimacy and mortality. Your capacity for psychological insight and renewal can be remarkable. Crisis becomes, for you, a doorway rather than a wall.',
    sagittarius:
      'Beliefs, education and global connection are reshaped by your Pluto-in-Sagittarius generation. You may feel strongly about truth and meaning. Holding convictions passionately yet humbly is your path to real wisdom.',
    capricorn:
      'Pluto in Capricorn marks a generation that confronts and rebuilds structures of power, government and the economy. You may feel a strong pull toward responsibility and authority. Using ambition to create fairer systems is the deeper call.',
    aquarius:
      'Society, technology and collective power are being reshaped by your Pluto-in-Aquarius generation. Individual and community interests may feel intensely intertwined for you. Your gift is helping transform how people connect and organise.',
    pisces:
      'Pluto in Pisces marks a generation that transforms spirituality, compassion and the collective imagination. You may be highly sensitive to what is hidden beneath the surface of society. Turning that sensitivity into healing, art or service is its highest use.',
  },
};
