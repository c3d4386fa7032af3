export * from './warehouse/robot-dialects';
