import type pino from 'pino';
import type { QuizEngine } from '../../../engine/api.ts';
import type { ReplyGuard } from '../replies.ts';
import type { SlackUsers } from '../slackUsers.ts';

/** What every listener needs. */
export interface ListenerContext {
  engine: QuizEngine;
  users: SlackUsers;
  guard: ReplyGuard;
  log: pino.Logger;
}
