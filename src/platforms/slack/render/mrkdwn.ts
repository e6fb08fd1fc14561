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

/** Light Markdown → mrkdwn: `**bold**` → `*bold*`, `- item` → `• item`, `# Heading` → bold line. */
export function toMrkdwn(markdown: string): string {
  return keepChannelLinks(escapeSlack(markdown.replace(/\r\n?/g, '\n')))
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

/** Spans of mrkdwn a cut must not fall inside: the escapes above, and links and date tokens (`<#C1>`, `<!date^…|…>`). */
export const slackTokens = /&(?:amp|lt|gt);|<[^<>\n]*>/g;
