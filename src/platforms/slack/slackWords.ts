import { msg, type Msg } from '../../core/text.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { MessageId } from '../../i18n/messageIds.ts';
import { renderText } from '../../i18n/renderText.ts';
import { slackFormat } from './render/slackFormat.ts';

/** The Slack adapter's own words (catalog ids `slack.*`) in a reader's language; everything else comes from the engine. */
export const slackWords = (id: MessageId, locale: Locale, params?: Msg['params']): string => renderText(msg(id, params), locale, slackFormat);
