import type { Command } from '../command.ts';
import { answer } from './answer.ts';
import { appeal } from './appeal.ts';
import { daily } from './daily.ts';
import { deck } from './deck.ts';
import { grade } from './grade.ts';
import { help } from './help.ts';
import { leaderboard } from './leaderboard.ts';
import { practice } from './practice.ts';
import { quiz } from './quiz.ts';
import { review } from './review.ts';
import { season } from './season.ts';
import { settings } from './settings.ts';
import { stats } from './stats.ts';
import { status } from './status.ts';

/** Every slash command, in the order `/help` lists them. */
export const commands: readonly Command[] = [answer, quiz, practice, leaderboard, season, stats, appeal, daily, deck, review, grade, settings, status, help];
