/** Payloads shaped as Slack sends them, for HTTP mode (signed) and Socket Mode (envelopes). */

export interface Who {
  team?: string;
  user: string;
  userName?: string;
  channel: string;
}

const team = (w: { team?: string }) => w.team ?? 'T001';

/** The fields every interaction payload carries: who, from which team and app. */
function interactionEnvelope(w: { team?: string; user: string; userName?: string }) {
  const name = w.userName ?? w.user.toLowerCase();
  return {
    team: { id: team(w), domain: 'test' },
    user: { id: w.user, username: name, name, team_id: team(w) },
    api_app_id: 'A001',
    token: 'legacy-verification-token',
  };
}

/** A slash command's fields (form-encoded over HTTP, an object in a Socket Mode envelope). */
export function slashCommand(w: Who & { command: '/quiz' | '/answer'; text: string; responseUrl: string }): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: team(w),
    team_domain: 'test',
    channel_id: w.channel,
    channel_name: 'quiz',
    user_id: w.user,
    user_name: w.userName ?? w.user.toLowerCase(),
    command: w.command,
    text: w.text,
    api_app_id: 'A001',
    is_enterprise_install: 'false',
    response_url: w.responseUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  };
}

/** A click on a message button. */
export function buttonClick(w: Who & { actionId: string; responseUrl: string; messageTs?: string }) {
  return {
    type: 'block_actions',
    ...interactionEnvelope(w),
    container: { type: 'message', message_ts: w.messageTs ?? '1700000000.000001', channel_id: w.channel, is_ephemeral: false },
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    channel: { id: w.channel, name: 'quiz' },
    message: { type: 'message', ts: w.messageTs ?? '1700000000.000001', text: 'question' },
    response_url: w.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: w.actionId,
        block_id: 'b1',
        value: w.actionId,
        text: { type: 'plain_text', text: 'Answer' },
        action_ts: '1700000001.000000',
      },
    ],
  };
}

/** A click on a button in the app's Home tab: no channel and no response_url, the view instead. */
export function homeButtonClick(w: { team?: string; user: string; userName?: string; actionId: string }) {
  return {
    type: 'block_actions',
    ...interactionEnvelope(w),
    container: { type: 'view', view_id: 'VHOME' },
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    view: { id: 'VHOME', type: 'home', team_id: team(w), app_id: 'A001', bot_id: 'BBOT', hash: 'h', blocks: [], private_metadata: '', callback_id: '', state: { values: {} } },
    actions: [
      {
        type: 'button',
        action_id: w.actionId,
        block_id: 'b1',
        value: w.actionId,
        text: { type: 'plain_text', text: 'Decide' },
        action_ts: '1700000001.000000',
      },
    ],
  };
}

/** Submitting a modal the app opened: `view` is what the app sent to views.open, `values` the inputs. */
export function viewSubmission(w: Omit<Who, 'channel'> & { view: Record<string, unknown>; values: Record<string, Record<string, string>> }) {
  const values: Record<string, Record<string, { type: string; value: string }>> = {};
  for (const [block, actions] of Object.entries(w.values)) {
    values[block] = Object.fromEntries(Object.entries(actions).map(([a, value]) => [a, { type: 'plain_text_input', value }]));
  }
  return {
    type: 'view_submission',
    ...interactionEnvelope(w),
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    view: { id: 'V123', team_id: team(w), app_id: 'A001', bot_id: 'BBOT', hash: 'h', ...w.view, state: { values } },
    response_urls: [],
  };
}

/** An Events API callback around `event`. */
export function eventCallback(event: Record<string, unknown>, teamId = 'T001') {
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A001',
    event,
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT', is_bot: true }],
  };
}

export function appHomeOpened(user: string) {
  return { type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1700000002.000000' };
}

/** A file shared in the app's DM. */
export function fileShared(w: { user: string; channel: string; file: { id: string; name: string } }) {
  return {
    type: 'message',
    subtype: 'file_share',
    channel_type: 'im',
    channel: w.channel,
    user: w.user,
    text: '',
    ts: '1700000003.000000',
    event_ts: '1700000003.000000',
    files: [{ id: w.file.id, name: w.file.name }],
  };
}
