import { common } from './common.ts';
import { answer } from './answer.ts';
import { quiz } from './quiz.ts';
import { daily } from './daily.ts';
import { delivery } from './delivery.ts';
import { deck } from './deck.ts';
import { deckImport } from './deckImport.ts';
import { board } from './board.ts';
import { storage } from './storage.ts';
import { help } from './help.ts';
import { shell } from './shell.ts';
import { slack } from './slack.ts';
import { settings } from './settings.ts';
import { grade } from './grade.ts';
import { discord } from './discord.ts';
import { discordCommand } from './discordCommand.ts';
import { usage } from './usage.ts';
import { review } from './review.ts';
import { practice } from './practice.ts';
import { season } from './season.ts';
import { status } from './status.ts';
import { images } from './images.ts';
import { reward } from './reward.ts';

/** English, the source catalog: every message id is defined here first. */
export const en = {
  ...common,
  ...answer,
  ...quiz,
  ...daily,
  ...delivery,
  ...deck,
  ...deckImport,
  ...board,
  ...storage,
  ...help,
  ...shell,
  ...slack,
  ...settings,
  ...grade,
  ...discord,
  ...discordCommand,
  ...usage,
  ...review,
  ...practice,
  ...season,
  ...status,
  ...images,
  ...reward,
} as const;
