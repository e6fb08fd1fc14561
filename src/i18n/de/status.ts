/** /status: Prozesse, Shards, Datenbank und Zeitplaner des Bots, für Admins. */
export const status = {
  'discordCommand.status': 'Shards, Datenbankgröße und Zeitplaner des Bots (Admins)',
  'status.title': 'quizbot-Status',
  'status.lastTick_one': 'Der Zeitplaner lief zuletzt vor {{seconds}} s ({{count}} Prozess).',
  'status.lastTick_other': 'Der Zeitplaner lief zuletzt vor {{seconds}} s ({{count}} Prozesse).',
  'status.neverTicked': 'Der Zeitplaner ist noch nicht gelaufen.',
  'status.shardsField': 'Shards ({{count}})',
  'status.shard': 'Shard {{id}} von {{count}}: {{state}}, {{latency}} ms, {{guilds}} Server · {{process}}',
  'status.state.ready': 'bereit',
  'status.state.connecting': 'verbindet',
  'status.state.resuming': 'verbindet neu',
  'status.state.disconnected': 'getrennt',
  'status.silent': 'seit {{seconds}} s still',
  'status.noShards': 'Es laufen keine Gateway-Shards.',
  'status.databaseField': 'Datenbank',
  'status.database': '{{megabytes}} MB',
} as const;
