import { createContext, useCallback, useContext, useReducer, type ReactNode } from 'react';
import { INITIAL_NAVIGATION, navigationReducer, type NavigationAction, type NavigationState } from './navigation-state';

/** The article that was open last, reopened on the next start. */
export const LAST_ARTICLE_KEY = 'factcheck-last-article';

type Navigate = (action: NavigationAction) => void;

const StateContext = createContext<NavigationState>(INITIAL_NAVIGATION);
const NavigateContext = createContext<Navigate>(() => undefined);

/** Remembers the open article for the next start. */
function remember(action: NavigationAction): void {
  if (action.type === 'open-article') localStorage.setItem(LAST_ARTICLE_KEY, action.articleId);
  else if (action.type === 'close-article') localStorage.removeItem(LAST_ARTICLE_KEY);
  else if (action.type === 'article-removed' && localStorage.getItem(LAST_ARTICLE_KEY) === action.articleId) {
    localStorage.removeItem(LAST_ARTICLE_KEY);
  }
}

/** Which screen, article, claim, view and dialog are shown: the UI's own state, not the core's. */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(navigationReducer, INITIAL_NAVIGATION);
  const navigate = useCallback<Navigate>((action) => {
    remember(action);
    dispatch(action);
  }, []);
  return (
    <NavigateContext.Provider value={navigate}>
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
    </NavigateContext.Provider>
  );
}

export const useNavigation = (): NavigationState => useContext(StateContext);
export const useNavigate = (): Navigate => useContext(NavigateContext);
