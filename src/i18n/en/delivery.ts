/** Why a post to a channel failed, as admins read it in /daily status: what went wrong and what to do. */
export const delivery = {
  'delivery.notConnected': 'I can\'t post in {{channel}}: I\'m not connected to this chat platform right now. I\'ll try again; if this keeps happening, ask whoever runs me to check my connection.',
  'delivery.noAccess': 'I can\'t post in {{channel}}: I\'m not allowed to post there. Add me to the channel and let me see it and send messages, or pick another channel with {{dailySetup}}.',
  'delivery.channelGone': 'I can\'t post in {{channel}}: the channel was deleted or archived, or I was removed from it. Pick another channel with {{dailySetup}}.',
  'delivery.rateLimited': 'I can\'t post in {{channel}} right now: the chat platform asked me to slow down. I\'ll try again shortly.',
  'delivery.unreachable': 'I couldn\'t reach the chat platform to post in {{channel}}; it may be having trouble. I\'ll try again.',
  'delivery.other': 'I couldn\'t post in {{channel}}. Check that I can see and post in that channel, or pick another one with {{dailySetup}}.',
  'delivery.withDetail': '{{reason}} (error details: {{detail}})',
} as const;
