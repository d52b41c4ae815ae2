import { mergeClaimReview } from '../domain/claim-review-settings';
import type { CoreContext, Handlers } from './context';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

export function settingsHandlers({ store }: CoreContext): SettingsHandlers {
  return {
    'settings.get': async () => store.settings(),
    'settings.update': ({ editorName, importLimitMb, claimReview, deskLearning, deskMembers }) =>
      store.updateLibrary((library) => {
        // Merged first: a refused change must leave every setting as it was.
        if (claimReview !== undefined)
          library.settings.claimReview = mergeClaimReview(library.settings.claimReview, claimReview);
        if (editorName !== undefined) library.settings.editorName = editorName;
        if (importLimitMb !== undefined) library.settings.importLimitMb = importLimitMb;
        if (deskLearning !== undefined) library.settings.deskLearning = deskLearning;
        if (deskMembers !== undefined) library.settings.deskMembers = [...new Set(deskMembers)];
        return library.settings;
      }, 'the settings'),
  };
}
