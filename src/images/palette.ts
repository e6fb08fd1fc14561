/** Colours shared by the pictures: a dark card that reads well in Discord's and Slack's dark and light themes. */
export const palette = {
  background: '#1e1f29',
  panel: '#2a2c3a',
  text: '#ffffff',
  muted: '#a3a6b8',
  grid: '#3c3f52',
  good: '#3ba55c',
  fair: '#e0b43a',
  poor: '#e8584f',
  empty: '#4a4d60',
  gold: '#f1c40f',
  silver: '#c0c6cc',
  bronze: '#cd7f32',
  accent: '#5865f2',
} as const;

/** A day's bar colour by its average grade. */
export const gradeColour = (accuracy: number): string => (accuracy >= 0.8 ? palette.good : accuracy >= 0.5 ? palette.fair : palette.poor);
