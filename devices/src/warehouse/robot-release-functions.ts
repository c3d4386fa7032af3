import type { LlmindApiEntry } from './robot-dialects';

/**
 * LLMind 2.0's fifteen functions can engage an emergency stop but never release it, which leaves
 * a stopped robot stuck for good. Each vendor gets a sixteenth function in its own naming habit and
 * language; the robot descriptions mark it sensitive, so an agent asks before it runs.
 * (Kept here rather than in the dialect tables, which mirror the paper's appendix.)
 */
export const RELEASE_FUNCTIONS: Readonly<Record<string, Omit<LlmindApiEntry, 'programming_language'>>> = {
  'c-zh': { name: 'release_emergency_stop', input_argument: [], input_type: [], output: 'int 1/0', notes: '解除紧急停止，电机恢复供电。成功返回1，失败返回0。' },
  'python-zh': { name: 'resume_motion', input_argument: [], input_type: [], output: 'True/False', notes: '解除急停，机器人恢复运动能力。' },
  'python-zh-nav': { name: 'release_halt', input_argument: [], input_type: [], output: 'bool', notes: '解除紧急制动，允许机器人再次运动。' },
  'matlab-zh': { name: 'releaseEStop', input_argument: [], input_type: [], output: 'logical', notes: '解除紧急停止状态。' },
  'python-en': {
    name: 'release_emergency_stop',
    input_argument: [],
    input_type: [],
    output: 'bool',
    notes: 'Releases the emergency stop so that the drive motors get power again.',
  },
  'java-en': { name: 'resumeFromEmergencyHalt', input_argument: [], input_type: [], output: 'boolean true/false', notes: 'Releases the emergency halt; motion is allowed again.' },
  'cpp-en': { name: 'releaseStop', input_argument: [], input_type: [], output: 'int 1/0', notes: 'Releases the emergency stop of all actuators.' },
  'go-en': { name: 'ReleaseEmergencyStop', input_argument: [], input_type: [], output: 'error', notes: 'ReleaseEmergencyStop lets the robot move again after an emergency stop.' },
  'python-de': { name: 'nothalt_aufheben', input_argument: [], input_type: [], output: 'bool', notes: 'Hebt den Nothalt auf: die Motoren dürfen wieder fahren.' },
  'python-fr': { name: 'lever_arret_urgence', input_argument: [], input_type: [], output: 'bool', notes: "Lève l'arrêt d'urgence : les moteurs peuvent de nouveau tourner." },
};
