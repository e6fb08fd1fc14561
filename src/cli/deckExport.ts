import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { Deck } from '../core/deck.ts';
import { type AcceptedAnswer, addAcceptedToMarkdown, fitsAlsoAcceptedLine, newAcceptedAnswers, withAcceptedAnswers } from '../decks/addAcceptedAnswers.ts';
import { formatFromFileName } from '../decks/deckFileName.ts';
import { loadDeckFile } from '../decks/loadDeckFile.ts';
import { deckNameFromFile } from '../decks/loadDeckDir.ts';
import { deckToJson, deckToMarkdown } from '../decks/writeDeck.ts';
import { type Db, StoreError, openDb } from '../store/openDb.ts';
import type { WorkspaceRow } from '../store/rows.ts';
import { Store } from '../store/store.ts';
import { located } from './located.ts';
import { writeAtomically } from './writeAtomically.ts';
import { plural } from './plural.ts';

export const deckExportUsage = 'Usage: quizbot deck export NAME FILE [--workspace ID]';

const wsName = (w: WorkspaceRow) => `${w.platform}:${w.external_id}`;

/** Where a deck comes from: a file of DECKS_DIR (its text, when Markdown) or a workspace's import. */
type Source = { deck: Deck; markdown?: string; workspaces?: number[] } | { problem: string };

/**
 * `quizbot deck export NAME FILE [--workspace ID]`: writes deck NAME (a file of
 * DECKS_DIR, or a deck imported in chat) to FILE, Markdown (.md, .txt) or JSON
 * (.json), with what reviews taught it: each answer a reviewer accepted as
 * correct (the decision that stands) becomes an accepted answer of its question,
 * `Also accepted:` in Markdown, unless the question states it already. A
 * Markdown deck from DECKS_DIR keeps every byte of its own. Decisions of every
 * workspace count, or of the one `--workspace` names (`platform:id` or the id).
 * Returns 0; 1 with one line on `err` when it cannot.
 */
export function deckExport(
  name: string,
  file: string,
  o: { workspace?: string },
  config: Pick<Config, 'DATABASE_PATH' | 'DECKS_DIR'>,
  out: (line: string) => void,
  err: (line: string) => void,
): 0 | 1 {
  const format = formatFromFileName(file);
  if (format !== 'markdown' && format !== 'json') {
    err(`${file}: quizbot writes decks as Markdown (.md, .txt) or JSON (.json); name the file so.`);
    return 1;
  }
  let db: Db | undefined;
  try {
    if (config.DATABASE_PATH === ':memory:' || existsSync(config.DATABASE_PATH)) db = openDb(config.DATABASE_PATH, { readonly: true });
  } catch (e) {
    err(e instanceof StoreError ? e.message : `Cannot open the database ${config.DATABASE_PATH}: ${(e as Error).message}`);
    return 1;
  }
  try {
    const store = db && new Store(db);
    let only: WorkspaceRow | undefined;
    if (o.workspace !== undefined) {
      const matches = (store?.allWorkspaces() ?? []).filter((w) => o.workspace === w.external_id || o.workspace === wsName(w));
      if (matches.length !== 1) {
        err(matches.length ? `--workspace ${o.workspace} names several workspaces (${matches.map(wsName).join(', ')}); write it as platform:id.` : `There is no workspace ${o.workspace} in the database at ${config.DATABASE_PATH}.`);
        return 1;
      }
      only = matches[0];
    }
    const source = findDeck(name, config.DECKS_DIR, store, only);
    if ('problem' in source) {
      err(source.problem);
      return 1;
    }
    const workspaces = only ? [only.id] : source.workspaces;
    const decided: AcceptedAnswer[] = store && store.regrades.hasDecisions() ? store.reviews.acceptedAnswers(name, workspaces) : [];
    let added = newAcceptedAnswers(source.deck, decided);
    let unfit = 0;
    if (format === 'markdown') {
      added = new Map(
        [...added].map(([n, answers]) => {
          const kept = answers.filter(fitsAlsoAcceptedLine);
          unfit += answers.length - kept.length;
          return [n, kept] as const;
        }).filter(([, kept]) => kept.length > 0),
      );
    }
    const text = written(source, format, added);
    if ('problem' in text) {
      err(`${file}: ${text.problem}; nothing was written.`);
      return 1;
    }
    writeAtomically(file, text.text);
    const count = [...added.values()].reduce((n, a) => n + a.length, 0);
    out(
      count
        ? `Wrote ${name} to ${file} with ${plural(count, 'accepted answer')} reviewers taught it, for ${plural(added.size, 'question')}.`
        : `Wrote ${name} to ${file}; reviewers accepted no answer it does not state already.`,
    );
    if (unfit) out(`Left out ${plural(unfit, 'accepted answer')} that would read differently in Markdown; export to .json to keep them.`);
    return 0;
  } catch (e) {
    err(`${file}: could not write the deck (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was written.`);
    return 1;
  } finally {
    db?.close();
  }
}

/** Deck NAME: the file of DECKS_DIR it is named after, else the import of the one workspace that has it. */
function findDeck(name: string, decksDir: string, store: Store | undefined, only: WorkspaceRow | undefined): Source {
  let files: string[] = [];
  try {
    files = readdirSync(decksDir).sort();
  } catch (e) {
    return { problem: `Cannot read the decks folder ${decksDir} (DECKS_DIR): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  const own = files.find((f) => formatFromFileName(f) && deckNameFromFile(f) === name);
  if (own) {
    const p = path.join(decksDir, own);
    const loaded = loadDeckFile(p);
    if (!loaded.ok) return { problem: loaded.problems[0] ? located(p, loaded.problems[0].line, loaded.problems[0].message) : p };
    return { deck: loaded.deck, ...(formatFromFileName(own) === 'markdown' ? { markdown: readFileSync(p, 'utf8') } : {}) };
  }
  const imported = (store?.workspacesWithDeck(name) ?? []).filter((w) => !only || w.id === only.id);
  if (imported.length === 0) return { problem: `There is no deck called "${name}": none in ${decksDir} (DECKS_DIR)${only ? ` and none imported in ${wsName(only)}` : ' and none imported in chat'}.` };
  if (imported.length > 1) return { problem: `"${name}" was imported in several workspaces (${imported.map(wsName).join(', ')}); name one with --workspace.` };
  const row = store!.deck(imported[0]!.id, name)!;
  return { deck: row.deck, workspaces: [imported[0]!.id] };
}

/** The deck's text in the wanted format, with the accepted answers added. */
function written(source: { deck: Deck; markdown?: string }, format: 'markdown' | 'json', added: ReadonlyMap<number, readonly string[]>): { text: string } | { problem: string } {
  if (format === 'markdown' && source.markdown !== undefined) {
    if (!added.size) return { text: source.markdown };
    const r = addAcceptedToMarkdown(source.markdown, added);
    return r.ok ? { text: r.text } : { problem: `could not add the accepted answers of question ${r.question} without changing how the deck reads` };
  }
  const deck = withAcceptedAnswers(source.deck, added);
  if (format === 'json') {
    const r = deckToJson(deck);
    return r.ok ? { text: r.text } : { problem: 'the deck does not read back the same as JSON' };
  }
  const r = deckToMarkdown(deck);
  if (r.ok) return { text: r.text };
  return { problem: r.reason === 'not-open' ? 'Markdown decks hold open questions only and this deck has others; export it to .json' : 'the deck would not read back the same as Markdown; export it to .json' };
}

