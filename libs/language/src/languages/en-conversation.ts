/**
 * English: how a person corrects the assistant or names a device in conversation. Shapes, not
 * sentences: a correction is an opener ("no", "not that one") and/or a "meant" phrase followed by
 * a device reference; an alias request is a template with a {device} and an {alias} slot. The code
 * that reads them (apps/coordinator/src/conversation-cues.ts) knows no English.
 */
export const enConversation = {
  /** Words that open a correction by saying the last action was wrong; several may follow each other. */
  correctionOpeners: ['no', 'nope', 'nah', 'not that one', 'not that', 'not the', 'wrong one', 'the wrong one', 'wrong device', 'that was wrong', 'that is wrong', "that's wrong", 'wrong', 'oops', 'sorry', 'actually', 'oh', 'on second thought', 'on second thoughts', 'on reflection'],
  /** Openers that are a correction on their own ("not that one, the floor lamp"), even when what follows cannot be read. */
  strongCorrectionOpeners: ['not that one', 'not that', 'wrong one', 'the wrong one', 'wrong device', 'that was wrong', 'that is wrong', "that's wrong"],
  /** Phrases that say what was meant instead; what follows is the device. */
  correctionMeant: ['i meant', 'i mean', 'i said', 'i wanted', 'i asked for', 'i was talking about', 'i meant to say', 'meant', 'i wanted you to use'],
  /**
   * Words before a value that say the speaker rejects it ("not 25, 22 please", "21 rather than 25",
   * "instead of 20 make it 22"): the value after them is never the one asked for.
   */
  rejectedValueMarkers: ['not', 'rather than', 'instead of'],
  /** Words that stand in a correction for the name of the device just acted on ("no, the bedroom one" after the sitting room's ceiling light). */
  correctionProForms: ['one', 'ones'],
  /**
   * Words that take back a value just said within one sentence, beside the correction's openers: "shelf 2,
   * correction, shelf 12", "shelf 5, my mistake, shelf 6", "shelf 19, scratch that, shelf 9", "shelf 20, or
   * rather shelf 2", "shelf 6, wait, make it shelf 16".
   */
  repairMarkers: ['correction', 'my mistake', 'my bad', 'scratch that', 'strike that', 'or rather', 'make it', 'make that'],
  /** The adverbs of doubt that offer a value undecided ("shelf 3, or maybe shelf 4", "shelf 2, no, maybe 12"): a closed class. */
  doubtMarkers: ['maybe', 'perhaps', 'possibly', 'probably'],
  /** Words that may close a correction ("..., the floor lamp instead", "..., please"). */
  correctionClosers: ['instead', 'please', 'then', 'rather'],
  /**
   * Words that open a turn saying the last request again of another device ("and the kitchen blind",
   * "what about the landing light"); what follows is the device, with no verb of its own.
   */
  followUpOpeners: ['and', 'also', 'and also', 'and then', 'then', 'what about', 'and what about', 'how about', 'and how about', 'same for', 'same with', 'and the same for', 'and the same with', 'the same for', 'the same with'],
  /** Words that close such a turn ("the kitchen blind too", "the landing light as well"). */
  followUpClosers: ['too', 'as well', 'also', 'please', 'then'],
  /** Alias requests, slot by slot; courtesy openers ("please", "from now on") are read off first. */
  aliasTemplates: [
    'call {device} {alias}',
    'call {device} as {alias}',
    'name {device} {alias}',
    'rename {device} to {alias}',
    'refer to {device} as {alias}',
    '{device} is called {alias}',
    '{device} is named {alias}',
    '{device} should be called {alias}',
    'i call {device} {alias}',
    'we call {device} {alias}',
  ],
  /** Words that may open an alias request without changing it. */
  aliasOpeners: ['please', 'from now on', 'can you', 'could you', 'you can', "let's", 'lets', 'let us', 'ok', 'okay', 'and'],
} as const;
