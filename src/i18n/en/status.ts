/** /status: the bot's processes, shards, database and scheduler, for admins. */
export const status = {
  'discordCommand.status': "The bot's shards, database size and scheduler (admins)",
  'status.title': 'quizbot status',
  'status.lastTick_one': 'The scheduler last ticked {{seconds}} s ago ({{count}} process).',
  'status.lastTick_other': 'The scheduler last ticked {{seconds}} s ago ({{count}} processes).',
  'status.neverTicked': 'The scheduler has not ticked yet.',
  'status.shardsField': 'Shards ({{count}})',
  'status.shard': 'Shard {{id}} of {{count}}: {{state}}, {{latency}} ms, {{guilds}} servers · {{process}}',
  'status.state.ready': 'ready',
  'status.state.connecting': 'connecting',
  'status.state.resuming': 'reconnecting',
  'status.state.disconnected': 'disconnected',
  'status.silent': 'silent for {{seconds}} s',
  'status.noShards': 'No gateway shards are running.',
  'status.databaseField': 'Database',
  'status.database': '{{megabytes}} MB',
} as const;
