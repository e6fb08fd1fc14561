export const common = {
  'common.apology': 'Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.',
  'common.adminOnly': 'Das dürfen nur Admins.',
} as const;
