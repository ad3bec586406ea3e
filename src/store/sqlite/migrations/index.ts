// Every schema change, in order. A migration is never edited once released: add the next one.
import * as m001 from "./001-initial.js";

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [{ id: 1, name: m001.name, sql: m001.sql }];
