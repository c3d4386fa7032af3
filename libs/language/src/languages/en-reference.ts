/**
 * English: how a request points at a group of devices or at the speaker's own room. The built-in
 * planner builds its patterns from these lists with `alternation`; it knows no English of its own.
 */
export const enReference = {
  /** Question openers that read a clause as about a group ("how many blinds are open", "which lights are on", "what lights are on"). */
  groupQuestionOpeners: ['how many', 'which', 'what'],
  /**
   * Question openers that mean every device of a name several share ("which lamps are on"); "what"
   * is not among them: "what is the lamp's brightness" still asks about one lamp.
   */
  everyOneQuestionOpeners: ['how many', 'which'],
  /** Words anywhere in a clause that make it about a group ("are any windows open", "is anything on in the kitchen"). */
  groupWords: ['any', 'anything'],
  /** Phrases that point at the room the person speaks from ("all the lights in here"). */
  speakerPlace: ['in here', 'here', 'this room'],
  /** Phrases that point back at the place just spoken of ("how warm is the attic? put the fan on in there"); a bare "there" may be existential. */
  spokenOfPlace: ['in there', 'out there', 'up there', 'down there', 'that room'],
  /**
   * WordNet's noun every made object is a kind of: a noun none of whose commonest senses reaches it
   * ("music", "noise") names what a device does, not a device.
   */
  madeThing: 'artifact',
  /**
   * WordNet's broader nouns of where a device acts, besides placeKinds below: any location ("the
   * lawn") and a way through a building ("the hallway", "the stairs"). "Hoover the hallway" or "light
   * up the lawn" names where, never a thing the device lacks. WordNet's own top nodes, not requests.
   */
  whereKinds: ['location', 'way'],
  /**
   * A stop said for a span of time ("stop the hoover for now", "hold the music for a moment"): the
   * preposition of a span, WordNet's broader noun of its words ("now", "moment", "while", "minute"),
   * and the broader verb of the verbs that stop only for a while (a pause is a kind of interrupting;
   * "stop" and "halt" are not in their commonest senses). mapper/paused-for-a-while.ts reads them.
   */
  /**
   * Letting someone through ("let me into the garage", "let the dog out", "let us in the side door"):
   * the verb, the particles of passing in or out after whoever passes, and what the device must do to
   * what they pass through (a lock's "open" is its unlock, as the mapper reads "open the front door"),
   * and the prepositions that join the particle to it ("out of the garage", "out through the gate").
   */
  letThrough: { verb: 'let', particles: ['in', 'into', 'out', 'through', 'inside', 'outside'], joining: ['of', 'through', 'into'], meant: 'open' },
  temporaryStop: { spanPreposition: 'for', timeNoun: 'time', interruption: 'interrupt' },
  /** WordNet's broader noun of what a device may measure or hold: humidity, temperature, brightness, energy (not "coordinates", a number). */
  quantityKinds: ['attribute'],
  /** Prepositions that say where ("in the orchard", "at the stables"), read for a place the home may not have. */
  placePrepositions: ['in', 'at', 'inside'],
  /** WordNet's broader nouns of a place (a room and a barn are structures, an orchard a geographical area; a morning is neither). */
  placeKinds: ['structure', 'geographical area'],
  /** WordNet's broader noun of where people live: "in the home", "in the house" is the whole home itself, never a place it lacks. */
  dwellingKinds: ['housing'],
  /**
   * A request said as a question for the speaker to be given something ("can I have the heating at
   * 20?", "could we get the lights off"): a modal, the speaker, perhaps "please", a verb of
   * receiving, then what is wanted and how.
   */
  askedForSpeaker: { modals: ['can', 'could', 'may'], speakers: ['i', 'we'], courtesy: ['please'], receiving: ['have', 'get'] },
  /**
   * The speaker asking to perceive a device ("could I see the front camera", "can I have a look at
   * the camera", "let me see the doorbell"): "let" with the speaker as its object, the articles
   * before a noun of perceiving ("a look"), the particles before what is perceived ("at", "on"), and
   * the question that asks the device for what it shows.
   */
  /**
   * The speaker saying they did what a list item asks ("I've restocked the coffee pods", "we just fed
   * the hens"): who, the perfect's auxiliary (also as its contraction), adverbs said between, and the
   * request that completes the item.
   */
  doneReport: { speakers: ['i', 'we'], perfect: ['have', 've'], adverbs: ['just', 'already', 'now', 'finally', 'also'], request: 'mark {item} as done' },
  /**
   * The speaker saying what they will do, or were about to do, themselves ("I'll unlock it myself",
   * "I was going to switch the fan off"): who, the modals of a deed to come, the forms of "be" before
   * "going to" / "about to", the words of going (also fused: "gonna"), the reflexive pronouns, and the
   * contractions of a subject pronoun with its auxiliary. English's closed classes.
   */
  speakersOwnDeed: {
    speakers: ['i', 'we'],
    modals: ['will', 'll', 'shall', 'might', 'may', 'can', 'could', 'must'],
    be: ['am', 'm', 'was', 'is', 'are', 're', 'were'],
    going: ['going', 'about'],
    goingTo: 'to',
    fused: ['gonna'],
    reflexives: ['myself', 'ourselves'],
    contractions: ['ll', 'm', 're'],
    addressee: ['you', 'your', 'yourself'],
  },
  /**
   * A question that asks whether a deed ought to be done, or offers to do it ("should I turn the lamp
   * off?", "should the heater be on?", "shall I lock up?"): the modals of advice, and the one that
   * offers only with the speaker as its subject.
   */
  adviceAsked: { modals: ['should', 'ought'], offering: 'shall', offerer: 'i' },
  /**
   * The speaker reporting a deed they did ("I turned the plug off already", "we've locked up"): the
   * auxiliaries of the perfect said between (also contracted), and the words that may follow the deed.
   */
  speakersPastDeed: { perfect: ['have', 've', 'had', 'd'], contractions: ['ve', 'd'] },
  /**
   * The speaker saying they have had enough of something ("that's enough hoovering", "enough of the
   * fan for now"): the words that may open it (the demonstrative with its "be"), the word of
   * sufficiency and its "of", and the command it says: the end of that thing.
   */
  hadEnough: { openers: ["that's", 'thats', 'that', 'is', 'ok', 'okay', 'right', 'alright', 'well'], sufficiency: 'enough', of: 'of', command: 'stop {thing}' },
  /**
   * The speaker asking to be told or reminded of a deed ("remind me to turn the lights off"): WordNet's
   * lexicographer files of verbs of telling and of minding, and the "to" of the infinitive after the speaker.
   */
  speakerReminded: { categories: ['communication', 'cognition'], infinitive: 'to' },
  /**
   * A need to do something said by the speaker ("we need to buy apples", "we have to phone grandma",
   * "I must get batteries"): the verbs of obligation that take "to" after the speaker, the modals that
   * take the verb bare, the contraction of "have" before "got", WordNet's verbs of getting as lemmas
   * (a sense that is one or a kind of one makes the deed an errand for the thing: "buy", "pick up",
   * "grab"), the verb of being (no deed with a thing: "we need to be out by eight") and the words that
   * open a thing before its noun ("some", "more"). reading in rag's mapper/needed-deed.ts.
   */
  neededDeed: { obligations: ['have', 'has', 'got'], modals: ['must', 'should'], contracted: "'ve", getting: ['get', 'acquire', 'obtain'], being: ['be'], partitives: ['some', 'more', 'another', 'any', 'few', 'lots', 'plenty', 'extra'] },
  /**
   * A statement of what happened or of what someone else does ("the kids left the back door open",
   * "Dave already checked your battery", "the forklift is charging now"), read in rag's
   * mapper/stated-event.ts. English's closed classes: the third-person subject pronouns; the
   * predeterminers before a determiner ("half the shelves"); the prepositions a subject's noun phrase
   * goes on with ("the boxes on shelf 12"); the adverbs said between a subject and its verb; the
   * auxiliaries by tense (be, have, the get-passive, the aspect verb "keep"); the modals and the verbs
   * of a wish or an order passed on ("the manager wants you at shelf 5", "Jo asked for shelf 4 to be
   * scanned"), which make a statement a request; the words of courtesy; the conjunctions that open a
   * clause subordinate to the statement ("when I got home"); the time words that may open it ("last
   * night, ..."); and the agent's preposition of a passive ("blocked by a pallet").
   */
  statedEvent: {
    /** Besides the subjects of an event clause (en.ts `executionTimes.eventSubjects`) that are neither the speaker nor an empty "it"/"there". */
    others: ['no-one'],
    expletives: ['it', 'there', 'this', 'that'],
    /** The expletive of a thing said to be somewhere ("there's a spill by shelf 9"). */
    existential: 'there',
    addressee: ['you', 'u'],
    speakers: ['i', 'we'],
    predeterminers: ['half', 'all', 'both', 'one', 'some', 'most', 'none'],
    phrasePrepositions: ['on', 'in', 'by', 'near', 'at', 'for', 'of', 'from', 'behind', 'under', 'next', 'to', 'over', 'outside', 'inside'],
    /** Besides en.ts `sentenceAdverbs`. */
    adverbs: ['just', 'also', 'never', 'even', 'only', 'probably', 'definitely', 'apparently', 'finally', 'always', 'usually', 'sometimes', 'recently', 'all', 'both', 'again', 'not'],
    beNow: ['is', 'are', 'am', 's', 're', 'm'],
    bePast: ['was', 'were'],
    have: ['has', 'have', 've', 's'],
    hadPast: ['had', 'd'],
    did: ['did'],
    does: ['does', 'do'],
    been: 'been',
    being: 'being',
    getting: { now: ['gets', 'get'], past: ['got', 'gotten'] },
    keeping: { now: ['keeps', 'keep'], past: ['kept'] },
    modals: ['can', 'could', 'will', 'would', 'shall', 'should', 'must', 'might', 'may', 'll', 'ought', 'gonna', 'wanna', 'gotta', 'going', 'about'],
    wishing: ['want', 'need', 'ask', 'tell', 'say', 'wish', 'expect', 'require', 'order', 'request', 'instruct'],
    /** Besides the closing courtesy of en-mapping.ts (`items.closingCourtesy`). */
    courtesy: ['ta', 'asap', 'kindly'],
    subordinators: ['when', 'while', 'because', 'since', 'after', 'before', 'as', 'though', 'although', 'until', 'till', 'whilst'],
    conditions: ['if', 'unless', 'once'],
    timeOpeners: ['yesterday', 'earlier', 'today', 'tonight', 'overnight', 'apparently', 'fyi', 'btw'],
    timeDeterminers: ['this', 'last'],
    /** Besides the parts of a day (en.ts `executionTimes.partsOfDay`). */
    timeNouns: ['week', 'time', 'month', 'year'],
    /** Words that put a deed in the past however its subject is said ("Maria stopped the conveyor a minute ago", "Security already took pictures"). */
    pastMarkers: ['ago', 'yesterday', 'earlier', 'already', 'overnight', 'last'],
    agent: 'by',
    /** The verbs that link a subject to a quality as "be" does ("the lawn's looking really dry", "it's getting cold"): a state, not a deed. */
    linking: ['look', 'seem', 'get', 'feel', 'grow', 'turn', 'become', 'smell', 'sound', 'appear', 'go', 'stay', 'remain'],
    /** Degree words said before a quality ("really dry", "a bit cold"). */
    /** Besides the words between "it's" and a quality (en-mapping.ts `statedDegree.ambient.between`). */
    degree: ['too', 'bone', 'proper'],
    /** WordNet's nouns a place is a kind of: what a place is doing now ("the greenhouse is baking") says how it is, a wish to change it. */
    places: ['structure', 'location', 'area'],
    /**
     * Words after a present "be" that make it no statement of how a thing is ("shelf 16 is where I need you", "shelf 4 is
     * yours next"): a question word or the listener, which make the clause say what the listener should do.
     */
    notCondition: ['where', 'what', 'which', 'who', 'how', 'why', 'you', 'your', 'yours', 'yourself', 'u'],
    /** WordNet's nouns a living thing is a kind of: how it is now ("the cat is cold", "the baby's asleep") may be a wish. */
    living: ['organism'],
    /** WordNet's nouns a way through a building is a kind of ("the hall", "the corridor"): how warm or dark it is may be a wish, as of a place. */
    passages: ['way'],
  },
  /**
   * A question whether a thing can hold more ("could shelf 5 take another box?", "will two more fit on
   * rack 3?"): determiners of an addition (a closed class), and the doers that make the verb a deed of
   * carrying instead ("can you take another box to shelf 4?").
   */
  roomForMore: { additions: ['more', 'another', 'else', 'further', 'extra'], doers: ['you', 'your', 'yourself', 'i', 'u'] },
  viewing: { letting: ['let'], speakerObjects: ['me', 'us'], beforeNoun: ['a', 'an', 'another', 'quick', 'little'], particles: ['at', 'on', 'in', 'to', 'through'], question: 'what does {object} show?' },
} as const;
