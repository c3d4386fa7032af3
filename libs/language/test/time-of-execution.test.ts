import { describe, expect, it } from 'vitest';
import { timesOfExecution } from '@meshmind/language';

const said = (text: string) => timesOfExecution(text).map((time) => [time.kind, time.text]);

describe('a time of execution said beside a request', () => {
  it('reads a delay, in words or digits', () => {
    expect(said('switch the porch lamp off in 20 minutes')).toEqual([['later', 'in 20 minutes']]);
    expect(said('shut the shed door after a couple of hours')).toEqual([['later', 'after a couple of hours']]);
    expect(said('start the kettle within five mins')).toEqual([['later', 'within five mins']]);
    expect(said('pause the radio in half an hour')).toEqual([['later', 'in half an hour']]);
  });

  it('reads a point of the day, a clock time and a day', () => {
    expect(said('lock the back gate at midnight')).toEqual([['later', 'at midnight']]);
    expect(said('raise the shutters by sunrise')).toEqual([['later', 'by sunrise']]);
    expect(said('warm the towel rail at 6.30am')).toEqual([['later', '6.30am']]);
    expect(said('heat the pool at 7pm')).toEqual([['later', '7pm']]);
    expect(said("start the oven at eight o'clock")).toEqual([['later', "eight o'clock"]]);
    expect(said('boil the kettle at 06:45')).toEqual([['later', '06:45']]);
    expect(said('play some jazz at half past nine')).toEqual([['later', 'half past nine']]);
    expect(said('dim the hall lights tonight')).toEqual([['later', 'tonight']]);
    expect(said('open the skylight tomorrow morning')).toEqual([['later', 'tomorrow morning']]);
    expect(said('mow the lawn on saturday')).toEqual([['later', 'saturday']]);
    expect(said('close the greenhouse vent in the evening')).toEqual([['later', 'in the evening']]);
    expect(said('water the ferns later')).toEqual([['later', 'later']]);
    expect(said('turn off the heater in a while')).toEqual([['later', 'in a while']]);
    expect(said('open the hatch twenty minutes from now')).toEqual([['later', 'twenty minutes from now']]);
  });

  it('reads a repeat', () => {
    expect(said('feed the cat every morning')).toEqual([['repeat', 'every morning']]);
    expect(said('run the dehumidifier each night')).toEqual([['repeat', 'each night']]);
    expect(said('mop the floor every other day')).toEqual([['repeat', 'every other day']]);
    expect(said('check the tank every 3 hours')).toEqual([['repeat', 'every 3 hours']]);
    expect(said('clean the pool filter weekly')).toEqual([['repeat', 'weekly']]);
    expect(said('mist the orchids twice a day')).toEqual([['repeat', 'twice a day']]);
    expect(said('sweep the patio on sundays')).toEqual([['repeat', 'sundays']]);
    expect(said('open the coop door at dawn every day')).toEqual([['later', 'at dawn'], ['repeat', 'every day']]);
  });

  it('marks a bare hour after "at", which a value may take', () => {
    expect(timesOfExecution('switch the lamp on at 9')).toEqual([{ kind: 'later', text: 'at 9', start: 19, end: 23, bareHour: 9 }]);
    expect(timesOfExecution('heat the pool at seven tonight').map((time) => time.bareHour)).toEqual([7, undefined]);
  });

  it('reads no time in a span, a value or a quantifier', () => {
    for (const text of [
      'run the sprinkler for 25 minutes', 'leave the fan on for an hour', 'set the kitchen timer to 10 minutes', 'put the radio on channel 9',
      'set it to 7', 'put the thermostat at 19 degrees', 'set the blinds at 40 percent', 'switch off every lamp', 'open each window',
      'play the morning playlist', 'turn on night mode', 'what is the temperature now', 'set the screen to 16:9',
      'roll at 1.5 metres a second', 'keep to 0.5 m/s from now on',
    ]) expect(said(text), text).toEqual([]);
  });

  it('reads a clause of an event to come, said after the request, whole', () => {
    expect(said('switch the lamp on as soon as the door opens')).toEqual([['later', 'as soon as the door opens']]);
    expect(said('turn the towel rail off when we leave')).toEqual([['later', 'when we leave']]);
    expect(said("start the dehumidifier once it's raining, thanks")).toEqual([['later', "once it's raining"]]);
    expect(said('open the vent the moment someone showers')).toEqual([['later', 'the moment someone showers']]);
    expect(said('warm the sauna before they arrive')).toEqual([['later', 'before they arrive']]);
    expect(said('close the hatch after it stops raining')).toEqual([['later', 'after it stops raining']]);
    expect(said('have the porch lamp on by the time my sister gets here')).toEqual([['later', 'by the time my sister gets here']]);
  });

  it('reads no event in a condition said first, a courtesy to the addressee, or a place', () => {
    for (const text of [
      'when it is playing then pause it', 'once the kettle boils, switch it off', 'switch the heater on when you get a chance',
      'go to the dock once you are done', 'stop before the wall', 'park after the third shelf', 'when is the boiler due a service',
      'feed the fish once a day',
    ]) expect(said(text).filter(([kind, time]) => kind === 'later' && /when|once|moment|before|after/.test(time!)), text).toEqual([]);
  });
});
