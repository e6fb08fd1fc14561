import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type pino from 'pino';
import type { QuizEngine } from '../../engine/api.ts';
import type { Poster } from '../../engine/types.ts';
import { ChannelThrottle } from './channelThrottle.ts';
import { fileDownloader } from './fileDownload.ts';
import { guardedReceiver } from './guardedReceiver.ts';
import { registerAnswerModal } from './listeners/answerModal.ts';
import { homePublisher, registerAppHome } from './listeners/appHome.ts';
import { registerCommands } from './listeners/commands.ts';
import type { ListenerContext } from './listeners/context.ts';
import { registerDeckImport } from './listeners/deckImport.ts';
import { registerReviews } from './listeners/reviews.ts';
import { registerWorkspaceEvents } from './listeners/workspaceEvents.ts';
import { replyGuard } from './replies.ts';
import { SlackPoster, platformErrorCode } from './slackPoster.ts';
import { slackLogger } from './slackLogger.ts';
import { SlackUsers, errorText } from './slackUsers.ts';

export interface StartSlackOptions {
  botToken: string;
  /** App-level token (xapp-…): Socket Mode. Without it, HTTP mode on `port`. */
  appToken?: string;
  /** Required in HTTP mode: request signatures are verified with it. */
  signingSecret?: string;
  /** HTTP mode only; 0 picks a free port (returned). */
  port?: number;
  /** HTTP mode only: the interface to listen on (default: all). */
  host?: string;
  /** Web API base URL (SLACK_API_URL), for proxies and tests. */
  apiUrl?: string;
  adminUserIds: string[];
  /** SLACK_REVIEWER_USER_IDS: members who may decide appeals and change grades, besides admins. */
  reviewerUserIds?: string[];
  engine: QuizEngine;
  logger: pino.Logger;
  /** Timing knobs; the defaults suit Slack, tests make them short. */
  tuning?: {
    /** Web API retries on network errors and 5xx (p-retry options). */
    retryConfig?: webApi.RetryOptions;
    /** Minimum spacing of messages per channel (default 1000 ms). */
    postIntervalMs?: number;
    /** Socket Mode's ping timeout; also its reconnect delay (default 5000 ms). */
    socketPingTimeoutMs?: number;
  };
}

export interface SlackHandle {
  poster: Poster;
  stop(): Promise<void>;
  /** The bound HTTP port (HTTP mode). */
  port?: number;
}

/** Start the Slack adapter: checks the token, connects (Socket Mode or HTTP), returns the engine's poster. */
export async function startSlack(opts: StartSlackOptions): Promise<SlackHandle> {
  const log = opts.logger.child({ platform: 'slack' });
  if (!opts.botToken.trim()) throw new Error('SLACK_BOT_TOKEN is empty');
  if (!opts.appToken && !opts.signingSecret) {
    throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN to use Socket Mode)');
  }
  const logger = slackLogger(log);
  const clientOptions: webApi.WebClientOptions = {
    logger,
    ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {}),
    ...(opts.tuning?.retryConfig ? { retryConfig: opts.tuning.retryConfig } : {}),
  };

  const auth = await checkToken(opts.botToken, clientOptions);
  const receiver: Receiver = opts.appToken
    ? new SocketModeReceiver({
        appToken: opts.appToken,
        logger,
        ...(opts.tuning?.socketPingTimeoutMs ? { clientPingTimeout: opts.tuning.socketPingTimeoutMs } : {}),
        // Socket Mode's own client calls apps.connections.open: same API URL and retries.
        installerOptions: { clientOptions: { ...clientOptions } },
      })
    : guardedReceiver({ signingSecret: opts.signingSecret ?? '', endpoint: '/slack/events', logger, log });

  const app = new App({
    token: opts.botToken,
    botId: auth.botId,
    botUserId: auth.botUserId,
    tokenVerificationEnabled: false,
    receiver,
    logger,
    clientOptions: { ...clientOptions },
    convoStore: false,
  });
  // The Web API client waits out rate limits itself; the log says when and for how long.
  app.client.on(webApi.WebClientEvent.RATE_LIMITED, (seconds: number, { url }: { url: string }) =>
    log.debug({ url, waitMs: seconds * 1000 }, 'Waiting out a Slack rate limit'),
  );
  app.error(async (error) => {
    log.error({ err: errorText(error), code: error.code }, 'slack: unhandled error in a listener');
  });

  const poster = new SlackPoster(app.client, new ChannelThrottle(opts.tuning?.postIntervalMs ?? 1000), log);
  const ctx: ListenerContext = {
    engine: opts.engine,
    users: new SlackUsers(app.client, { admins: new Set(opts.adminUserIds), reviewers: new Set(opts.reviewerUserIds ?? []) }, log),
    guard: replyGuard(log),
    log,
  };
  registerCommands(app, ctx);
  registerAnswerModal(app, ctx);
  const publishHome = homePublisher(ctx);
  registerAppHome(app, ctx, publishHome);
  registerReviews(app, ctx, publishHome);
  registerDeckImport(app, { ...ctx, download: fileDownloader(opts.botToken, opts.apiUrl) });
  registerWorkspaceEvents(app, ctx);

  let port: number | undefined;
  if (opts.appToken) {
    await app.start().catch((err: unknown) => {
      const code = platformErrorCode(err);
      throw new Error(code ? `Slack rejected SLACK_APP_TOKEN (apps.connections.open: ${code})` : `Socket Mode could not connect: ${errorText(err)}`);
    });
  } else {
    const server = (await app.start({ port: opts.port ?? 3000, ...(opts.host ? { host: opts.host } : {}) })) as Server;
    port = (server.address() as AddressInfo).port;
  }
  log.info({ mode: opts.appToken ? 'socket' : 'http', port, team: auth.teamId }, 'slack: connected');
  return { poster, port, stop: () => app.stop().then(() => undefined) };
}

/** auth.test with few retries: a missing or rejected token is a one-line error at start-up. */
async function checkToken(token: string, clientOptions: webApi.WebClientOptions) {
  const client = new webApi.WebClient(token, { ...clientOptions, retryConfig: { retries: 1, minTimeout: 200, maxTimeout: 500 } });
  try {
    const res = await client.auth.test();
    return { botId: res.bot_id, botUserId: res.user_id, teamId: res.team_id };
  } catch (err) {
    const code = platformErrorCode(err);
    if (code) throw new Error(`Slack rejected SLACK_BOT_TOKEN (auth.test: ${code})`);
    throw new Error(`Could not reach the Slack Web API for auth.test: ${errorText(err)}`);
  }
}
