import type { FilingSection } from '../drafts/merge-split';
import type { DraftRecord, DraftSummary } from '../drafts/types';
import type { Finding } from '../domain/finding';
import type { LocalizedText } from '../domain/localized';
import type { PlannedStep, StepProgress } from '../domain/step';

/**
 * What the popup needs from the rest of the extension, in one interface: the components
 * depend on this, `services.ts` wires it to the drafts repository, the planner and the
 * content script. Keeps the UI testable and the wiring in one place.
 */
export interface ActiveTab {
  tabId: number;
  /** Empty when the browser does not tell us (no access to the tab's URL). */
  url: string;
  /** `null` for pages the helper can never run on (chrome://, the web store ...) or an unknown URL. */
  origin: string | null;
}

export interface PageSummary {
  findings: Finding[];
}

export interface RestoreOutcome {
  filled: number;
  failed: number;
  skipped: number;
  /** Fields that could not be filled, with why (shown to the user). */
  problems: { key: string; reason: string }[];
}

export interface SiteState {
  origin: string;
  builtIn: boolean;
  enabled: boolean;
}

export interface ProcessStage {
  id: string;
  label: LocalizedText;
  /** Errors that keep the filing in this stage (filling in is not done while the form has errors). */
  errors?: number;
}

export interface ImportOutcome {
  ok: boolean;
  /** Ids of the drafts created (ok). */
  ids: string[];
  /** Every validation problem, one line each (not ok). */
  problems: string[];
  /** The file is encrypted: ask for its passphrase and import again. */
  needsPassphrase?: boolean;
}

export interface PopupServices {
  listDrafts(): Promise<DraftSummary[]>;
  /** The most recently edited live draft on an origin / anywhere (one indexed query each). */
  latestDraftId(origin?: string): Promise<string | undefined>;
  getDraft(id: string): Promise<DraftRecord | undefined>;
  /** A live draft's summary (no values): checked before a draft is opened without the user asking. */
  getSummary(id: string): Promise<DraftSummary | undefined>;
  /** Saves the whole progress (ticks and dates) and re-derives the draft's reminders. */
  saveProgress(id: string, progress: StepProgress): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  undoRemove(id: string): Promise<void>;
  /** Merges `sourceId` into `targetId` (one filing saved as two drafts); the source is deleted (undoable). */
  merge(targetId: string, sourceId: string): Promise<void>;
  /** Moves the chosen parts (subject, website indexes) into a new draft; returns its id. */
  split(id: string, sections: FilingSection[]): Promise<string>;
  /** With a passphrase: the file is encrypted (src/drafts/crypto.ts). */
  exportDrafts(ids: string[] | 'all', passphrase?: string): Promise<{ filename: string; text: string }>;
  importFile(text: string, filename: string, passphrase?: string): Promise<ImportOutcome>;
  planSteps(draft: DraftRecord, asOf: Date): PlannedStep[];
  stages(draft: DraftRecord, steps: PlannedStep[], asOf: Date, errors?: number): { stages: ProcessStage[]; current: number };
  /** The rules over the draft's values (loaded on demand, after the first render). */
  checkDraft(draft: DraftRecord, asOf: Date): Promise<Finding[]>;
  /** The tab the popup acts on: `tabId` when given (`?tab=ID`, popup popped out), else the active tab. */
  activeTab(tabId?: number): Promise<ActiveTab | null>;
  pageSummary(tabId: number): Promise<PageSummary | null>;
  /** The draft the tab's content script autosaves into, if any. */
  pageDraftId(tabId: number): Promise<string | null>;
  scrollToField(tabId: number, field: string): Promise<void>;
  restore(tabId: number, draftId: string): Promise<RestoreOutcome>;
  siteState(tab: ActiveTab): Promise<SiteState | null>;
  /** Must be called synchronously from a click handler (permission prompt needs the gesture). */
  enableSite(origin: string, tabId?: number): Promise<boolean>;
  disableSite(origin: string): Promise<void>;
  openOptions(): void;
}
