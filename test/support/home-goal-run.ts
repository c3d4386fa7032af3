import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '@meshmind/devices';
import { CLASSES, loadHome, type CottageGoal } from './cottage-goals';
import { CottageRunner, type GoalResult } from './cottage-runner';
import { countOutcomes } from './outcomes';

/** The issue's eleven failure classes (#17): every home's goal set must keep each of them. */
export const ISSUE_CLASSES = ['overbroad', 'plural', 'needless', 'shared-word', 'quantity', 'comparison', 'verb', 'fraction', 'list', 'already', 'words'];

export interface HomeGoalFloors {
  /** At least this many goals must do what was meant. */
  right: number;
  /** At most this many may do something else. */
  wrong: number;
  /** The set must hold at least this many goals. */
  goals: number;
}

/**
 * Runs a home's goal set through the whole system on one shared stack and holds it to its floors:
 * the same harness for every development home (cottage, townhouse), so a floor means the same
 * thing in each.
 */
export function describeHomeGoalRun(title: string, load: () => Promise<{ scenario: Scenario; goals: CottageGoal[] }>, floors: HomeGoalFloors): void {
  describe(title, () => {
    const runner = { current: null as CottageRunner | null };
    let results: GoalResult[] = [];

    beforeAll(async () => {
      const { scenario, goals } = await load();
      runner.current = new CottageRunner(scenario);
      results = await runner.current.runAll(goals);
    }, 900_000);
    afterAll(async () => {
      await runner.current?.stop();
    });

    it(`does what was meant in at least ${floors.right} goals and something else in at most ${floors.wrong}`, () => {
      const counts = countOutcomes(results.map((result) => result.outcome));
      const wrong = results.filter((result) => result.outcome === 'wrong').map((result) => `${result.goal.id} "${result.goal.say.join(' / ')}": ${result.reason}`);
      expect(counts.total).toBe(results.length);
      expect(counts.right, `${counts.right} right, ${counts.asked} asked, ${counts.wrong} wrong`).toBeGreaterThanOrEqual(floors.right);
      expect(counts.wrong, `wrong:\n${wrong.join('\n')}`).toBeLessThanOrEqual(floors.wrong);
    });

    it('grades every goal into exactly one of the three outcomes', () => {
      expect(results.length).toBeGreaterThanOrEqual(floors.goals);
      for (const result of results) expect(['right', 'asked', 'wrong']).toContain(result.outcome);
    });
  });
}

/** A home's goal set holds enough goals, and at least `perClass` of each of issue #17's classes. */
export function describeGoalSetCoverage(title: string, home: string, minimum: { goals: number; perClass: number }): void {
  describe(title, () => {
    let goals: CottageGoal[];

    beforeAll(async () => {
      ({ goals } = await loadHome(home));
    });

    it(`holds at least ${minimum.goals} goals over every failure class of issue #17`, () => {
      expect(goals.length).toBeGreaterThanOrEqual(minimum.goals);
      for (const name of ISSUE_CLASSES) {
        expect(CLASSES[name], name).toBeDefined();
        expect(goals.filter((goal) => goal.classes.includes(name)).length, name).toBeGreaterThanOrEqual(minimum.perClass);
      }
    });
  });
}
