import type { BehaviourContext, DeviceBehaviour } from './behaviour';

// Fixed programme per source so next/previous are deterministic in tests and demos.
const PROGRAMMES: Record<string, string[]> = {
  tv: ['Evening News', 'Nature Documentary', 'Cooking Show', 'Quiz Night'],
  hdmi_1: ['Game Console'],
  hdmi_2: ['Blu-ray Player'],
  streaming: ['Space Drama S1E1', 'Space Drama S1E2', 'Space Drama S1E3'],
  music: ['Morning Jazz', 'Coffeehouse Acoustic', 'Evening Chill', 'Classic Rock'],
  radio: ['City FM', 'Classic Radio', 'News Radio'],
  bluetooth: ['Phone Audio'],
};

function programmeOf(context: BehaviourContext): string[] {
  return PROGRAMMES[context.state.source as string] ?? ['Unknown'];
}

function showProgramme(context: BehaviourContext, step: number): void {
  const programme = programmeOf(context);
  // Next and previous go from the title shown, where it is one of the source's (a state set from outside moves it too).
  const shown = programme.indexOf(context.state.media_title as string);
  const current = shown >= 0 ? shown : ((context.memory.trackIndex as number | undefined) ?? 0);
  const index = (current + step + programme.length) % programme.length;
  context.memory.trackIndex = index;
  context.state.media_title = programme[index] ?? '';
}

export const mediaPlayerBehaviour: DeviceBehaviour = {
  defaults: { on: false, playback: 'stopped', volume: 25, muted: false, source: 'tv', media_title: '' },
  actions: {
    play: (context) => {
      context.applyEffects();
      if (context.state.media_title === '') showProgramme(context, 0);
    },
    select_source: (context) => {
      context.applyEffects();
      context.memory.trackIndex = 0;
      if (context.state.playback !== 'stopped') showProgramme(context, 0);
    },
    next_track: (context) => showProgramme(context, 1),
    previous_track: (context) => showProgramme(context, -1),
  },
  derive(state) {
    // A player in standby plays nothing, whatever the last command said.
    if (state.on === false) {
      state.playback = 'stopped';
      state.media_title = '';
    }
  },
};
