/** Database trouble a member can do nothing about, said plainly. */
export const storage = {
  'storage.full': 'Sorry, I cannot save anything right now: my storage is full. Nothing was recorded; please try again later (the bot admin has been told).',
  'storage.readOnly': 'Sorry, I cannot save anything right now: my database is read-only. Nothing was recorded; please try again later.',
  'storage.damaged': 'Sorry, my database needs repair, so I cannot do that right now. Please tell the bot admin.',
  'storage.busy': 'Sorry, I am busy saving other answers. Please try again in a moment.',
} as const;
