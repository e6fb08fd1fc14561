/**
 * Light Markdown (what the engine writes) to Slack mrkdwn. Everything is
 * escaped first, so nothing a user wrote can become a mention or a link;
 * only markup produced here (bold, bullets) and by slackFormat (channels, dates) is Slack syntax.
 */

/** Escape the three characters Slack treats as control characters in text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Channel links (`<#C123>`) and date tokens notify nobody, so they survive escaping; user and special mentions do not. */
const keepChannelLinks = (escaped: string) =>
  escaped.replace(/&lt;#([CG][A-Z0-9]+)&gt;/g, '<#$1>').replace(/&lt;!date\^(\d+)\^([^|&<>]*)\|([^&<>]*)&gt;/g, '<!date^$1^$2|$3>');

/** On Slack every command but /answer is a /quiz subcommand: `/daily setup` is `/quiz daily setup`. */
export function slackCommandNames(text: string): string {
  return text.replace(/(^|[\s`(*])\/(daily|deck|practice|leaderboard|stats|help)\b/g, '$1/quiz $2');
}

/** Light Markdown → mrkdwn: `**bold**` → `*bold*`, `- item` → `• item`, `# Heading` → bold line. */
export function toMrkdwn(markdown: string): string {
  return keepChannelLinks(escapeSlack(slackCommandNames(markdown.replace(/\r\n?/g, '\n'))))
    .split('\n')
    .map((line) => {
      const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
      if (heading) return `*${stripBold(heading[1] ?? '')}*`;
      const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
      const converted = bullet ? `${bullet[1]}• ${bullet[2]}` : line;
      return converted.replace(/\*\*(.+?)\*\*/g, '*$1*');
    })
    .join('\n');
}

function stripBold(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}

/** Text for `plain_text` objects (which Slack shows literally): Markdown markers removed. */
export function toPlain(markdown: string): string {
  return stripBold(markdown.replace(/\r\n?/g, '\n')).replace(/^\s{0,3}#{1,6}\s+/gm, '');
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Fits `text` into `max` characters: unchanged when it fits, otherwise cut
 * after a whole word and marked `…` plus `note` (left out when the space is
 * too small for it). Only a word longer than half of `max` is cut inside, and
 * never inside an entity such as `&amp;` or a surrogate pair.
 */
export function shorten(text: string, max: number, note = ''): string {
  if (text.length <= max) return text;
  const tail = note && note.length * 4 < max ? `… ${note}` : '…';
  const room = Math.max(0, max - tail.length);
  let cut = room;
  while (cut > room / 2 && !isSpace(text.charCodeAt(cut))) cut--;
  if (cut <= room / 2) {
    cut = room;
    const amp = text.lastIndexOf('&', cut - 1);
    if (amp >= 0 && cut - amp < 6 && !text.slice(amp, cut).includes(';')) cut = amp;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }
  return `${text.slice(0, cut).trimEnd()}${tail}`;
}
