import type { Area, Capability } from '@meshmind/protocol';

/** What the planner knows of a device: the registry's profile, reduced to what references need. */
export interface PlannerDevice {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  nouns: string[];
  area: Area | null;
  capabilities: Capability[];
  online: boolean;
  /** The state the device last reported (position, battery, status): which one of several is best placed. */
  state?: Record<string, unknown>;
  /** Whether a subtask of another goal is in flight on it right now. */
  busy?: boolean;
}

export interface PendingClarification {
  /** The clause that was ambiguous, to be planned again once the person picks a device. */
  text: string;
  candidateIds: string[];
}

/** A countable resource of the site ("shelf" 1..N) that goals may address all at once. */
export interface SiteResource {
  noun: string;
  plural: string;
  ids: number[];
  /** Vendors' words for it in their API docs ("regal", "étagère", "货架"), so their devices count as capable. */
  aliases?: string[];
  /** Where each one is (a shelf's aisle), in the coordinates devices report as state `x`/`y`: the nearest free device takes a single one. */
  locations?: Record<number, { x: number; y: number }>;
}

export interface PlanContext {
  /** Area the person speaks from (a panel in the living room): "the light" means the light there. */
  fromAreaId?: string;
  /** Devices the previous turn acted on, for "it" / "them". */
  lastDeviceIds?: string[];
  /** The question the assistant asked last turn ("which lamp do you mean?"). */
  pendingClarification?: PendingClarification;
  /** Countable site resources; a goal about them is spread over the capable devices (allocation.ts). */
  resources?: SiteResource[];
}

/** How a question's readings become an answer: one value, yes/no, any/all, which, how many. */
export interface QuestionSpec {
  /** Steps of one question share a group; the answer is composed per group. */
  group: string;
  form: 'value' | 'yes_no' | 'any' | 'all' | 'which' | 'how_many';
  /** The state word the question asks about ("open", "on", "locked"); absent for 'value'. */
  expect?: string;
  /** The question as the person asked it, for the answer. */
  text: string;
}

/** Run a step only when another step's reading is (or is not) in the expected state. */
export interface StepCondition {
  stepId: string;
  expect: string;
  negate: boolean;
  /**
   * A numeric test of the reading instead of a state word ("colder than 18 degrees"); against another
   * step's reading instead of `value` where `againstStepId` is set ("warmer than arthur's room", which
   * `against` names for the answer).
   */
  compare?: { operator: 'above' | 'below' | 'at_least' | 'at_most'; value: number; unit: string; said: string; againstStepId?: string; against?: string };
}

export interface PlanStep {
  id: string;
  deviceId: string;
  /** One natural-language sentence addressed to that device. */
  text: string;
  /** Steps that must have finished first ("then", conditions). */
  after: string[];
  condition?: StepCondition;
  /** Wait this long once the steps before are done ("in 10 minutes"). */
  delayMs?: number;
  question?: QuestionSpec;
  /** Devices that could do this step instead, tried in turn when this one drops off or fails. */
  alternatives?: string[];
  /** The site resource this step addresses ("shelf" 3), for reassignment and the answer. */
  resource?: {
    noun: string;
    plural: string;
    id: number;
    /** "which shelves have free space?": the answer says which have it ("have free space"), shelf by shelf. */
    which?: string;
  };
}

export type Plan =
  | { kind: 'steps'; steps: PlanStep[]; unresolved: string[] }
  | { kind: 'clarify'; question: string; pending: PendingClarification };

/** What a phrase alone refers to: corrections and alias requests read their device with it (conversation-cues.ts). */
export interface ReferenceReading {
  /** The phrase's tokens, as the planner reads them. */
  tokens: readonly string[];
  /** The devices the phrase names; several when the planner would ask which one. */
  deviceIds: string[];
  ambiguous: boolean;
  /** Content words that are part of no device, area, floor or kind reference. */
  unread: string[];
  /** Tokens [start, end) of the reference, with the words describing it just before ("big lamp"); null when none. */
  span: { start: number; end: number } | null;
}

/** Turns a person's goal into a small graph of natural-language subtasks, one device each. */
export interface Planner {
  plan(text: string, devices: PlannerDevice[], context: PlanContext): Promise<Plan>;
  /** Reads what a phrase refers to, as plan() would; a planner without it gets exact names and aliases only. */
  readReference?(text: string, devices: PlannerDevice[]): ReferenceReading;
}
