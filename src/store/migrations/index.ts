import { initial } from './0001-initial.ts';
import { gradeProvenance } from './0002-grade-provenance.ts';
import { workspaceSettings } from './0003-workspace-settings.ts';
import { reviews } from './0004-reviews.ts';
import { cards } from './0005-cards.ts';
import { practiceReminders } from './0006-practice-reminders.ts';
import { seasons } from './0007-seasons.ts';
import { seasonRewards } from './0008-season-rewards.ts';
import { processHealth } from './0009-process-health.ts';
import { cardFold } from './0010-card-fold.ts';
import { identifySlots } from './0011-identify-slots.ts';

/** Ordered: migration N brings the schema to `PRAGMA user_version = N`. Append only. */
export const migrations: readonly string[] = [initial, gradeProvenance, workspaceSettings, reviews, cards, practiceReminders, seasons, seasonRewards, processHealth, cardFold, identifySlots];
