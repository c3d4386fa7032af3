import { describe, expect, it } from 'vitest';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { functionProfile } from '../src/mapper/evidence';
import { withMeantVerb } from '../src/mapper/verb-sense';

// Homes written for this test: a window blind, a hi-fi, a floor robot, a shutter with no state effects.
const wordNet = openLexicon().wordNet;

function profilesOf(functions: Array<{ name: string; description: string; kind?: 'action' | 'query'; effects?: Array<{ key: string; value?: unknown; alsoAccepted?: unknown[] }> }>) {
  const description = { type: 'test', title: 'Test device', state: {}, functions: functions.map((fn) => ({ kind: 'action' as const, parameters: [], ...fn })) } as unknown as DeviceDescription;
  return normaliseApiDocument(description).functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));
}

const blind = profilesOf([
  { name: 'open_cover', description: 'Opens the blind fully.', effects: [{ key: 'position', value: 100 }] },
  { name: 'close_cover', description: 'Closes the blind fully.', effects: [{ key: 'position', value: 0 }] },
  { name: 'stop_cover', description: 'Stops the blind where it is.' },
]);
const hifi = profilesOf([
  { name: 'play', description: 'Starts or resumes playback.', effects: [{ key: 'playback', value: 'playing' }] },
  { name: 'pause', description: 'Holds playback where it is.', effects: [{ key: 'playback', value: 'paused', alsoAccepted: ['stopped'] }] },
  { name: 'stop', description: 'Ends playback.', effects: [{ key: 'playback', value: 'stopped' }] },
  { name: 'get_playback', description: 'Reports the playback state.', kind: 'query' },
]);
const robot = profilesOf([
  { name: 'start_cleaning', description: 'Begins a cleaning run.', effects: [{ key: 'status', value: 'cleaning' }] },
  { name: 'stop_cleaning', description: 'Ends the cleaning run.', effects: [{ key: 'status', value: 'idle' }] },
  { name: 'go_home', description: 'Drives back to the charger.' },
]);

describe.skipIf(!wordNet)('the verb a request means where its own verb names no function', () => {
  it('reads the sense whose WordNet example shares the object: drawing curtains or shades is closing them', () => {
    expect(withMeantVerb('draw the curtains', blind, wordNet)).toBe('close the curtains');
    expect(withMeantVerb('Draw the bedroom curtains please', blind, wordNet)).toBe('close the bedroom curtains please');
    expect(withMeantVerb('draw the shades in the den', blind, wordNet)).toBe('close the shades in the den');
  });

  it("reads an example's object as the request's where one is a direct kind of the other: a curtain is a kind of blind", () => {
    expect(withMeantVerb("draw marek's blind", blind, wordNet)).toBe("close marek's blind");
    expect(withMeantVerb('draw the study blinds', blind, wordNet)).toBe('close the study blinds');
    // A window is no kind of curtain: "draw the window" is read as said.
    expect(withMeantVerb('draw the window', blind, wordNet)).toBe('draw the window');
  });

  it("reads a verb's only sense through its synonyms and hypernyms", () => {
    // hoover = vacuum, a kind of clean: the robot's functions say "clean", and start_cleaning is
    // the one that leaves it "cleaning".
    expect(withMeantVerb('hoover the landing', robot, wordNet)).toBe('start cleaning the landing');
    expect(withMeantVerb('Hoover downstairs', robot, wordNet)).toBe('start cleaning downstairs');
  });

  it('leaves a phrasal verb that stands as a clause of its own when the next clause names the action', () => {
    const speaker = profilesOf([
      { name: 'play', description: 'Starts playback.', effects: [{ key: 'playback', value: 'playing' }] },
      { name: 'pause', description: 'Pauses playback.', effects: [{ key: 'playback', value: 'paused' }] },
      { name: 'stop', description: 'Stops playback.', effects: [{ key: 'playback', value: 'stopped' }] },
    ]);
    // "hold on" has a sense "stop" that the speaker's stop function would take; "hold on, pause it"
    // is a word of waiting before the order, and the order is "pause".
    expect(withMeantVerb('hold on, pause the record', speaker, wordNet)).toBe('hold on, pause the record');
    expect(withMeantVerb('Hold on - pause it a moment', speaker, wordNet)).toBe('Hold on - pause it a moment');
    // Without such a clause the phrasal verb is read as before.
    expect(withMeantVerb('hold on with the record', speaker, wordNet)).toBe('stop with the record');
    expect(withMeantVerb('hold on, please', speaker, wordNet)).toBe('stop, please');
  });

  it('reads a phrasal verb that one function\'s description opens with as that function', () => {
    const deck = profilesOf([
      { name: 'next_track', description: 'Skips to the next track.' },
      { name: 'previous_track', description: 'Goes back to the previous track.' },
      { name: 'play', description: 'Starts playback.', effects: [{ key: 'playback', value: 'playing' }] },
    ]);
    expect(withMeantVerb('go back', deck, wordNet)).toBe('previous track');
    expect(withMeantVerb('Go back one song please', deck, wordNet)).toBe('previous track one song please');
    expect(withMeantVerb('go back to the last one', deck, wordNet)).toBe('previous track to the last one');
    // "go on" is a phrasal verb too, but no description opens with it.
    expect(withMeantVerb('go on', deck, wordNet)).toBe('go on');
  });

  it("reads a phrasal verb by the one synonym of its senses that the document uses", () => {
    const screen = profilesOf([
      { name: 'turn_on', description: 'Wakes the screen from standby.', effects: [{ key: 'on', value: true }] },
      { name: 'turn_off', description: 'Puts the screen into standby.', effects: [{ key: 'on', value: false }] },
      { name: 'volume_up', description: 'Raises the volume by a step.' },
    ]);
    // "fire up" is "wake" (or "ignite", "light"): the screen's notes say "Wakes".
    expect(withMeantVerb('fire up the screen', screen, wordNet)).toBe('wake the screen');
    expect(withMeantVerb('Fire up the projector screen please', screen, wordNet)).toBe('wake the projector screen please');
    // "turn up" uses the document's own verb: left as said.
    expect(withMeantVerb('turn up the screen', screen, wordNet)).toBe('turn up the screen');
    // "light up" to a lamp whose notes say "light": the document's word keeps its reading.
    const lamp = profilesOf([
      { name: 'turn_on', description: 'Turns the light on.', effects: [{ key: 'on', value: true }] },
      { name: 'set_brightness', description: 'Brightens or dims the light.' },
    ]);
    expect(withMeantVerb('light up the hall', lamp, wordNet)).toBe('light up the hall');
    // "check off" is also "tick off", a phrasal verb retrieval reads with its particle: left as said.
    const chores = profilesOf([
      { name: 'complete_item', description: 'Ticks an item off the list.' },
      { name: 'remove_item', description: 'Deletes an item from the list.' },
    ]);
    expect(withMeantVerb('check off the bins from the chores', chores, wordNet)).toBe('check off the bins from the chores');
  });

  it('reads a verb whose activity one function puts the device in as that function', () => {
    expect(withMeantVerb('clean the hall', robot, wordNet)).toBe('start cleaning the hall');
    expect(withMeantVerb('vacuum upstairs', robot, wordNet)).toBe('start cleaning upstairs');
    // "stop cleaning" opens with its own verb: the activity is its object, not its verb.
    expect(withMeantVerb('stop cleaning', robot, wordNet)).toBe('stop cleaning');
    expect(withMeantVerb('play some jazz', hifi, wordNet)).toBe('play some jazz');
  });

  it('reads un- + a function name as the function that undoes it, by the state both set', () => {
    expect(withMeantVerb('unpause the hifi', hifi, wordNet)).toBe('play the hifi');
    expect(withMeantVerb('Unpause it', hifi, wordNet)).toBe('play it');
    // Nothing undoes a function without effects: the words stay as said.
    expect(withMeantVerb('unstop the blind', blind, wordNet)).toBe('unstop the blind');
  });

  it('leaves a request alone whose verb the document already uses, or whose sense it cannot tell', () => {
    expect(withMeantVerb('close the curtains', blind, wordNet)).toBe('close the curtains');
    expect(withMeantVerb('pause the music', hifi, wordNet)).toBe('pause the music');
    // "draw" with no object that any sense's example shows: many senses, none chosen.
    expect(withMeantVerb('draw a picture', blind, wordNet)).toBe('draw a picture');
    // "draw back" is a phrasal verb of its own (to open), not the closing sense of "draw".
    expect(withMeantVerb('draw the curtains back', blind, wordNet)).toBe('draw the curtains back');
    // ... and "let the sun in" is read as opening (mapper/let-through.ts), never as the closing "draw".
    expect(withMeantVerb('draw the curtains back, let the sun in', blind, wordNet)).toBe('draw the curtains back, open');
    // The object comes from the first clause alone: nothing in "check your battery" picks a sense.
    expect(withMeantVerb('check your battery, then go back to the dock', robot, wordNet)).toBe('check your battery, then go back to the dock');
    expect(withMeantVerb('', blind, wordNet)).toBe('');
    expect(withMeantVerb('draw the curtains', blind, undefined)).toBe('draw the curtains');
  });
  it('leaves a verb whose particle makes a verb of its own: "figure out" is not "figure" ("count on")', () => {
    const surveyor = profilesOf([
      { name: 'locate_rover', description: 'Returns where the rover is.', kind: 'query' },
      { name: 'chart_field', description: 'Builds a map of the field.' },
    ]);
    expect(withMeantVerb('figure out where you are on the map', surveyor, wordNet)).toBe('figure out where you are on the map');
    expect(withMeantVerb('please figure out your position', surveyor, wordNet)).toBe('please figure out your position');
    expect(withMeantVerb('Figure out where the rover is', surveyor, wordNet)).toBe('Figure out where the rover is');
  });
});

// A survey drone of our own: it maps a field, lists the bins it sees, sets its altitude.
const drone = profilesOf([
  { name: 'map_field', description: 'Maps the field below the drone.' },
  { name: 'list_bins', description: 'Lists the bins the drone can see.', kind: 'query' },
  { name: 'set_altitude', description: 'Sets the flying altitude in meters.' },
]);

describe.skipIf(!wordNet)('a verb whose commonest sense is a kind of a specific verb the document does', () => {
  it('reads that broader verb: charting is mapping, taking an inventory is listing', () => {
    expect(withMeantVerb('chart the orchard', drone, wordNet)).toBe('map the orchard');
    expect(withMeantVerb('inventory the bins by the gate', drone, wordNet)).toBe('list the bins by the gate');
  });

  it('reads the verb after courtesy words', () => {
    expect(withMeantVerb('could you chart the orchard for me?', drone, wordNet)).toBe('could you map the orchard for me?');
    expect(withMeantVerb('Please draw the curtains', blind, wordNet)).toBe('Please close the curtains');
  });

  it('leaves a verb whose broader verb is only a rare sense of a document verb: identifying is not setting', () => {
    expect(withMeantVerb('identify the tallest tree', drone, wordNet)).toBe('identify the tallest tree');
  });
});

describe.skipIf(!wordNet)('a colour or preset the device takes, said first, is the value wanted, not a verb', () => {
  // A reading lamp of our own whose colour is a parameter and whose white has presets.
  const description = {
    type: 'test',
    title: 'Reading lamp',
    state: {},
    functions: [
      { name: 'set_colour', kind: 'action', description: 'Changes the colour of the lamp.', parameters: [{ name: 'colour', type: 'color', description: 'A colour name.' }] },
      { name: 'set_white', kind: 'action', description: 'Sets the white tone.', parameters: [{ name: 'kelvin', type: 'integer', description: 'Tone.', presets: { candle: 2000, daylight: 6500 } }] },
      { name: 'get_colour', kind: 'query', description: 'Reads the colour of the lamp.', parameters: [] },
    ],
  } as unknown as DeviceDescription;
  const lamp = normaliseApiDocument(description).functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));

  it.each(['blue on the reading lamp', 'Green for the desk lamp, please', 'green on the lamp', 'candle on the reading lamp'])('"%s" keeps its colour word ("blue" is a verb too: make blue, a kind of colour)', (text) => {
    expect(withMeantVerb(text, lamp, wordNet)).toBe(text);
  });
});
