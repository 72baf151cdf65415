/** How long an invitation's link works: a week, for people who do not read their email every day. */
export const INVITATION_DAYS = 7
