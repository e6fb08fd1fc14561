/** Messages shared by many use cases: storage trouble, permissions, generic apologies. */
export const common = {
  'common.apology': 'Sorry, something went wrong on our side. Please try again in a moment.',
  'common.adminOnly': 'Only admins can do that.',
} as const;
