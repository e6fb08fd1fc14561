export const common = {
  'common.apology': 'Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.',
} as const;
