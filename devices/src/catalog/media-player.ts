import type { DeviceDescription } from '@meshmind/protocol';

const SOURCES = ['tv', 'hdmi_1', 'hdmi_2', 'streaming', 'music', 'radio', 'bluetooth'];
const SOURCE_SYNONYMS = {
  tv: ['television', 'live tv', 'antenna', 'broadcast', 'channels'],
  hdmi_1: ['hdmi 1', 'hdmi one', 'input 1', 'game console', 'console'],
  hdmi_2: ['hdmi 2', 'hdmi two', 'input 2', 'blu-ray', 'dvd player'],
  streaming: ['netflix', 'youtube', 'streaming app', 'apps', 'smart tv'],
  music: ['spotify', 'music app', 'playlist'],
  radio: ['internet radio', 'fm', 'station'],
  bluetooth: ['phone', 'bt'],
};

export const mediaPlayerDescription: DeviceDescription = {
  type: 'media_player',
  title: 'Smart TV or speaker',
  description: 'A smart TV, soundbar or networked speaker that plays from several sources with volume control.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['tv', 'television', 'telly', 'smart tv', 'media player', 'speaker', 'soundbar', 'stereo', 'music', 'radio'],
  state: {
    on: { type: 'boolean', description: 'Whether the player is switched on (not in standby).' },
    playback: {
      type: 'enum',
      description: 'Whether media is playing, paused or stopped.',
      values: ['playing', 'paused', 'stopped'],
      synonyms: { playing: ['on', 'running'], paused: ['on hold'], stopped: ['idle'] },
    },
    volume: { type: 'integer', description: 'Output volume.', unit: '%', minimum: 0, maximum: 100 },
    muted: { type: 'boolean', description: 'Whether the sound is muted.' },
    source: { type: 'enum', description: 'Input or app currently shown or played.', values: [...SOURCES], synonyms: SOURCE_SYNONYMS },
    media_title: { type: 'string', description: 'Title of the programme or track now playing; empty when nothing is.' },
  },
  functions: [
    {
      name: 'turn_on',
      description: 'Wakes the player from standby.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'on', value: true }],
    },
    {
      name: 'turn_off',
      description: 'Puts the player into standby and stops playback.',
      kind: 'action',
      parameters: [],
      effects: [
        { key: 'on', value: false },
        { key: 'playback', value: 'stopped' },
      ],
    },
    {
      name: 'play',
      description: 'Starts or resumes playback, waking the player if needed.',
      kind: 'action',
      parameters: [],
      effects: [
        { key: 'on', value: true },
        { key: 'playback', value: 'playing' },
      ],
    },
    {
      name: 'pause',
      description: 'Pauses playback so it can be resumed where it left off.',
      kind: 'action',
      parameters: [],
      // Nothing to pause on a stopped player: it stays stopped, and the request is met.
      effects: [{ key: 'playback', value: 'paused', alsoAccepted: ['stopped'] }],
    },
    {
      name: 'stop',
      description: 'Stops playback.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'playback', value: 'stopped' }],
    },
    {
      name: 'next_track',
      description: 'Skips to the next track, episode or channel.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'previous_track',
      description: 'Goes back to the previous track, episode or channel.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'set_volume',
      description: 'Sets the output volume to the given level.',
      kind: 'action',
      parameters: [{ name: 'volume', type: 'integer', description: 'Target volume level.', unit: '%', minimum: 0, maximum: 100 }],
      effects: [{ key: 'volume', parameter: 'volume' }],
    },
    {
      name: 'volume_up',
      description: 'Raises the volume by a step. The sound gets louder.',
      kind: 'action',
      parameters: [{ name: 'step', type: 'integer', description: 'How much louder.', unit: '%', minimum: 1, maximum: 50, required: false, default: 5 }],
      effects: [{ key: 'volume', increaseBy: 'step' }],
    },
    {
      name: 'volume_down',
      description: 'Lowers the volume by a step. The sound gets quieter.',
      kind: 'action',
      parameters: [{ name: 'step', type: 'integer', description: 'How much quieter.', unit: '%', minimum: 1, maximum: 50, required: false, default: 5 }],
      effects: [{ key: 'volume', decreaseBy: 'step' }],
    },
    {
      name: 'set_mute',
      description: 'Mutes or unmutes the sound without changing the volume.',
      kind: 'action',
      parameters: [{ name: 'muted', type: 'boolean', description: 'True to mute, false to unmute.' }],
      effects: [{ key: 'muted', parameter: 'muted' }],
    },
    {
      name: 'select_source',
      description: 'Switches to the given input or app and wakes the player if needed.',
      kind: 'action',
      parameters: [{ name: 'source', type: 'enum', description: 'Input or app to switch to.', values: [...SOURCES], synonyms: SOURCE_SYNONYMS }],
      effects: [
        { key: 'on', value: true },
        { key: 'source', parameter: 'source' },
      ],
    },
    {
      name: 'get_playback',
      description: 'Reports whether media is playing, paused or stopped. Tells whether anything plays at all.',
      kind: 'query',
      parameters: [],
      returns: { type: 'enum', description: 'One of playing, paused, stopped.' },
    },
    {
      name: 'get_volume',
      description: 'Reads the current volume: how loud the player is.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Current volume.', unit: '%' },
    },
    {
      name: 'get_source',
      description: 'Reads which input or app is selected.',
      kind: 'query',
      parameters: [],
      returns: { type: 'enum', description: 'The selected source.' },
    },
    {
      name: 'get_media_title',
      description: 'Reads the title of what is playing now.',
      kind: 'query',
      parameters: [],
      returns: { type: 'string', description: 'Title of the programme or track; empty when nothing plays.' },
    },
  ],
};
