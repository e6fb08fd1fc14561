import type { Command } from '../command.ts';
import { answer } from './answer.ts';
import { daily } from './daily.ts';
import { deck } from './deck.ts';
import { help } from './help.ts';
import { leaderboard } from './leaderboard.ts';
import { practice } from './practice.ts';
import { quiz } from './quiz.ts';
import { settings } from './settings.ts';
import { stats } from './stats.ts';

/** Every slash command, in the order `/help` lists them. */
export const commands: readonly Command[] = [answer, quiz, practice, leaderboard, stats, daily, deck, settings, help];
