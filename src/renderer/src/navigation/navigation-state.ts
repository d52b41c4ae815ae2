/** What the middle pane shows for an article: its draft (a version, or the current one), a comparison, the report. */
export type View =
  { kind: 'draft'; version: number | null } | { kind: 'compare'; from: number; to: number } | { kind: 'report' };

/** The sources library takes the place of the draft and the claims; the rest is the checking work. */
export type Screen = { kind: 'work' } | { kind: 'sources'; sourceId: string | null };

export type OpenDialog = 'article' | 'version' | 'settings' | 'backups' | 'trash' | 'shortcuts' | 'desk' | null;

export interface Importing {
  file: File;
  target: 'article' | 'version';
  /** The title or version label typed before the file was chosen. */
  name?: string;
}

export interface NavigationState {
  screen: Screen;
  articleId: string | null;
  claimId: string | null;
  /** Each article's view, kept while the app runs. */
  views: Readonly<Record<string, View>>;
  dialog: OpenDialog;
  importing: Importing | null;
}

export type NavigationAction =
  | { type: 'open-article'; articleId: string; claimId?: string }
  | { type: 'close-article' }
  | { type: 'article-removed'; articleId: string }
  | { type: 'select-claim'; claimId: string | null }
  /** Selects a claim only if its article is still the open one (the answer came after the editor moved on). */
  | { type: 'select-claim-in'; articleId: string; claimId: string | null }
  | { type: 'show-sources'; sourceId: string | null }
  | { type: 'show-work' }
  | { type: 'set-view'; view: View }
  | { type: 'dialog'; dialog: OpenDialog }
  | { type: 'import'; importing: Importing | null };

export const INITIAL_NAVIGATION: NavigationState = {
  screen: { kind: 'work' },
  articleId: null,
  claimId: null,
  views: {},
  dialog: null,
  importing: null,
};

export const DRAFT_VIEW: View = { kind: 'draft', version: null };

export function viewOf(state: NavigationState): View {
  return (state.articleId && state.views[state.articleId]) || DRAFT_VIEW;
}

/** Dialogs about the open article: they close with it. */
const ofArticle = (dialog: OpenDialog): boolean => dialog === 'version' || dialog === 'trash';

export function navigationReducer(state: NavigationState, action: NavigationAction): NavigationState {
  switch (action.type) {
    case 'open-article':
      return { ...state, screen: { kind: 'work' }, articleId: action.articleId, claimId: action.claimId ?? null };
    case 'close-article':
      return { ...state, screen: { kind: 'work' }, articleId: null, claimId: null };
    case 'article-removed': {
      const views = { ...state.views };
      delete views[action.articleId];
      return action.articleId === state.articleId
        ? { ...state, articleId: null, claimId: null, views, dialog: ofArticle(state.dialog) ? null : state.dialog }
        : { ...state, views };
    }
    case 'select-claim':
      return state.claimId === action.claimId ? state : { ...state, claimId: action.claimId };
    case 'select-claim-in':
      return state.articleId === action.articleId ? { ...state, claimId: action.claimId } : state;
    case 'show-sources':
      return { ...state, screen: { kind: 'sources', sourceId: action.sourceId } };
    case 'show-work':
      return state.screen.kind === 'work' ? state : { ...state, screen: { kind: 'work' } };
    case 'set-view':
      return state.articleId ? { ...state, views: { ...state.views, [state.articleId]: action.view } } : state;
    case 'dialog':
      return { ...state, dialog: action.dialog };
    case 'import':
      return { ...state, importing: action.importing, dialog: action.importing ? null : state.dialog };
  }
}
