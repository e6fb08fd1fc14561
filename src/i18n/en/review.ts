/** Appeals, the review queue, reviewers' decisions and the audit log. */
export const review = {
  // Verdicts and why an answer was reviewed, as words inside sentences.
  'review.verdict.correct': 'correct',
  'review.verdict.partial': 'partly right',
  'review.verdict.incorrect': 'incorrect',
  'review.source.appeal': 'appeal',
  'review.source.provisional': 'provisional grade',
  'review.source.override': 'override',

  // On a member's private feedback.
  'review.provisional': 'Provisional: a reviewer will check it.',
  'review.appealButton': 'Appeal',

  // Appealing a grade. `{{appeal}}` is the appeal command.
  /** The title of the form asking why (at most 45 characters on Discord). */
  'review.appealTitle': 'Appeal: question {{number}}',
  'review.appealedTitle': 'Appeal received',
  'review.appealed': 'Your appeal is in. A reviewer will look at your answer to question {{number}} ({{deck}}), and I will tell you privately what they decide.',
  'review.appealDuplicate': 'You already appealed this grade on {{at}}. One appeal per answer: a reviewer will decide it.',
  'review.appealDecided': 'A reviewer already decided this grade ({{verdict}}), so it can’t be appealed.',
  'review.appealClosed_one': 'Sorry, the time to appeal this grade ended on {{at}}, {{count}} day after the question closed.',
  'review.appealClosed_other': 'Sorry, the time to appeal this grade ended on {{at}}, {{count}} days after the question closed.',
  'review.appealClosedPractice_one': 'Sorry, the time to appeal this grade ended on {{at}}, {{count}} day after you answered.',
  'review.appealClosedPractice_other': 'Sorry, the time to appeal this grade ended on {{at}}, {{count}} days after you answered.',
  'review.appealUnknown': 'I can’t find that answer. Appeal from the feedback on your answer, or with {{appeal}} for your latest one.',
  'review.appealNotYours': 'That is someone else’s answer: you can appeal only your own grades.',
  'review.appealNothing': 'You have no graded answer here to appeal yet.',
  'review.reasonTooLong': 'Please keep the reason to {{max}} characters; yours has {{length}}.',
  'review.noReason': '(no reason given)',

  // The review queue (reviewers).
  'review.reviewersOnly': 'Only reviewers can do that: admins and members with the reviewer role.',
  'review.listTitle': 'To review · page {{page}} of {{pages}}',
  'review.listSummary_one': '{{count}} grade waits for a decision, oldest first.',
  'review.listSummary_other': '{{count}} grades wait for a decision, oldest first.',
  'review.listEmpty': 'Nothing to review: no appeal and no provisional grade is waiting.',
  /** `{{gradeSet}}` is the grade set command. */
  'review.listFooter': 'Decide with the buttons, or with {{gradeSet}} @member question verdict [note].',
  /** One item's heading: `{{n}}` its number on the list, `{{label}}` daily question, quiz or practice. */
  'review.itemAppeal': '{{n}}. Appeal by {{member}} · {{label}} · question {{number}} ({{deck}})',
  'review.itemProvisional': '{{n}}. Provisional grade of {{member}} · {{label}} · question {{number}} ({{deck}})',
  'review.itemQuestion': '**Question:** {{question}}',
  'review.itemModel': '**Model answer:** {{answer}}',
  'review.itemAnswer': '**Answer:** {{answer}}',
  'review.itemGrade_one': '**Grade:** {{verdict}}, {{score}}, {{count}} point (grader’s confidence {{confidence}})',
  'review.itemGrade_other': '**Grade:** {{verdict}}, {{score}}, {{count}} points (grader’s confidence {{confidence}})',
  'review.itemMatched': 'Key points found: {{points}}',
  'review.itemMissed': 'Key points missed: {{points}}',
  'review.itemContradicted': 'Says the opposite of: {{points}}',
  'review.itemReason': '**Reason:** {{reason}}',
  'review.itemSince': 'Waiting since {{at}}',
  /** A decision button: the item's number and the verdict. */
  'review.decideButton': '{{n}}: {{verdict}}',
  'review.previousPage': '◀ Page {{page}}',
  'review.nextPage': 'Page {{page}} ▶',

  // Deciding.
  'review.unknownAnswer': 'I can’t find that answer here.',
  'review.notPending': 'That answer is not waiting for review. To change its grade anyway, use {{gradeSet}}.',
  'review.alreadyDecided': '{{reviewer}} already decided this on {{at}}: {{verdict}}. The first decision stands.',
  'review.noteTooLong': 'Please keep the note to {{max}} characters; yours has {{length}}.',
  'review.noAnswers': '{{member}} has not answered anything here yet.',
  'review.noAnswerTo': '{{member}} has not answered question {{number}} of {{deck}}.',
  'review.decidedTitle': 'Decision saved',
  'review.decided_one': '{{member}}’s answer to question {{number}} ({{deck}}) is now {{verdict}}, {{score}} and {{count}} point (before: {{before}}, {{beforePoints}}).',
  'review.decided_other': '{{member}}’s answer to question {{number}} ({{deck}}) is now {{verdict}}, {{score}} and {{count}} points (before: {{before}}, {{beforePoints}}).',
  'review.memberTold': 'They were told privately.',
  'review.memberNotTold': 'I could not message them privately; their stats and the leaderboard show the new grade.',
  /** The feedback a decided answer shows from now on. */
  'review.feedbackDecided': 'A reviewer decided this grade.',

  // The member's private notice.
  'review.noticeTitle': 'Your grade was reviewed',
  'review.noticeAppeal': 'Your appeal was decided.',
  'review.noticeProvisional': 'Your provisional grade was checked.',
  'review.noticeOverride': 'A reviewer changed your grade.',
  'review.notice_one': 'Your answer to question {{number}} ({{deck}}) is now {{verdict}}: {{score}} and {{count}} point (before: {{before}}, {{beforePoints}}).',
  'review.notice_other': 'Your answer to question {{number}} ({{deck}}) is now {{verdict}}: {{score}} and {{count}} points (before: {{before}}, {{beforePoints}}).',
  'review.note': 'The reviewer’s note: {{note}}',

  // The audit log.
  'review.logTitle': 'Decisions · page {{page}} of {{pages}}',
  'review.logEmpty': 'No decisions yet.',
  'review.logLine': '**{{at}}** · {{reviewer}} on {{member}}, question {{number}} ({{deck}}), {{source}}: {{before}} ({{beforePoints}}) → {{after}} ({{afterPoints}})',
  'review.logNote': 'Note: {{note}}',

  // Text commands.
  'review.arg.reason': 'reason',
  'review.arg.question': 'question',
  'review.arg.note': 'note',
  'review.arg.page': 'page',
  'review.badVerdict': '"{{input}}" is not a verdict. Use correct, partial or incorrect.',
  'review.badQuestion': 'A question number is a whole number from {{min}} to {{max}}.',
  'review.badPage': 'A page number is a whole number from {{min}} to {{max}}.',
  'review.helpAppeal': '**{{appeal}}** `[reason]`: appeal your latest grade; a reviewer decides and you are told privately',
  'review.helpReview': '**{{review}}** · {{reviewLog}} · **{{gradeSet}}** `@member question verdict [note]`: decide appeals and provisional grades, the decisions so far, change a grade (reviewers)',

  // `/settings`.
  'review.settingRole': 'Reviewer role',
  'review.settingRoleValue': '{{role}}',
  'review.settingRoleNone': 'none: admins review',
} as const;
