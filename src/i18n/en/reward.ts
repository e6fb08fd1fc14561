/** Season rewards: a role for the season's top members (Discord), and a final board that could not be posted. */
export const reward = {
  'reward.settingRole': 'Season reward role',
  'reward.settingRoleNone': 'none',
  'reward.settingTop': 'Season reward goes to',
  'reward.top_one': 'the winner',
  'reward.top_other': 'the top {{count}}',
  /** The final board's line naming who got the role: `{{names}}` lists them. */
  'reward.given': '🏅 {{role}} goes to {{names}}.',
  'reward.nobody': 'Nobody scored this season, so nobody gets {{role}}.',
  /** `{{reason}}` is one of the reasons below. */
  'reward.failed': 'I could not move {{role}} to this season’s winners. {{reason}}',
  'reward.failedGive': 'I could not give {{role}} to {{names}}. {{reason}}',
  'reward.failedTake': 'I could not take {{role}} from {{names}}. {{reason}}',
  'reward.noPermission': 'I need the Manage Roles permission: give it to my role in the server settings.',
  'reward.roleTooHigh': 'The role is not below my own highest role: move my role above it in the server’s role list.',
  'reward.roleManaged': 'That role belongs to an integration or to everyone, so nobody can hand it out. Choose another role.',
  'reward.roleGone': 'The role no longer exists. Choose another one with {{settings}}.',
  'reward.memberGone': 'They have left the server.',
  'reward.unsupported': 'Roles can’t be handed out on this platform.',
  'reward.unreachable': 'I couldn’t reach the chat platform; it may be having trouble. Try again later.',
  'reward.other': 'The chat platform refused. Check my permissions and the role, then try again.',
  /** `/settings` refused a reward role: `{{reason}}` says why. */
  'reward.cannotUse': 'I can’t hand out {{role}} to the season’s winners. {{reason}}',
  'reward.badTop': 'The season reward goes to a whole number of members from {{min}} to {{max}}.',
  /** `/season end` when the final board could not be posted: `{{failure}}` says why; the board follows. */
  'reward.postFailed': 'Season "{{name}}" has ended, but I could not post its final board. {{failure}} I’ll try again later. Here it is:',
  /** `/daily status`: a final board that is still not posted. */
  'reward.statusPostFailed': 'The final board of season "{{name}}" is not posted yet: {{failure}}',
} as const;
