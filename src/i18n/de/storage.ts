import type { storage as en } from '../en/storage.ts';

export const storage: Record<keyof typeof en, string> = {
  'storage.full': 'Tut mir leid, ich kann gerade nichts speichern: Mein Speicher ist voll. Es wurde nichts gespeichert; bitte versuch es später noch einmal (der Bot-Admin weiß Bescheid).',
  'storage.readOnly': 'Tut mir leid, ich kann gerade nichts speichern: Meine Datenbank ist schreibgeschützt. Es wurde nichts gespeichert; bitte versuch es später noch einmal.',
  'storage.damaged': 'Tut mir leid, meine Datenbank muss repariert werden, deshalb geht das gerade nicht. Sag bitte dem Bot-Admin Bescheid.',
  'storage.busy': 'Tut mir leid, ich speichere gerade viele andere Antworten. Bitte versuch es gleich noch einmal.',
};
