import type { Deck } from '../core/deck.ts';
import type { Store } from '../store/store.ts';

export interface NamedDeck {
  name: string;
  deck: Deck;
  builtIn: boolean;
}

/** Built-in decks (shipped files) plus each workspace's imported decks, each read from the store once per import. */
export class DeckLibrary {
  private readonly parsed = new Map<string, { at: number; deck: Deck }>();

  constructor(
    private readonly store: Store,
    private readonly builtIn: ReadonlyMap<string, Deck>,
  ) {}

  names(workspaceId: number): string[] {
    return [...this.builtIn.keys(), ...this.store.decksOf(workspaceId).map((d) => d.name)];
  }

  isBuiltIn(name: string): boolean {
    return this.builtIn.has(name);
  }

  get(workspaceId: number, name: string): NamedDeck | undefined {
    const shipped = this.builtIn.get(name);
    if (shipped) return { name, deck: shipped, builtIn: true };
    const at = this.store.deckImportedAt(workspaceId, name);
    if (at === undefined) return undefined;
    const key = `${workspaceId}\u0000${name}`;
    const hit = this.parsed.get(key);
    if (hit && hit.at === at) return { name, deck: hit.deck, builtIn: false };
    const row = this.store.deck(workspaceId, name);
    if (!row) return undefined;
    this.parsed.set(key, { at: row.imported_at, deck: row.deck });
    return { name, deck: row.deck, builtIn: false };
  }

  forget(workspaceId: number, name: string): void {
    this.parsed.delete(`${workspaceId}\u0000${name}`);
  }
}
