import { lazy } from 'react';

/*
 * Screens and dialogs that are not needed to show the first screen: each is its own chunk, fetched
 * when first opened, so the code loaded at start-up is smaller. Wrap them in <Suspense>.
 */

export const ReportView = lazy(() => import('../report/ReportView').then((m) => ({ default: m.ReportView })));
export const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));
export const SourcesScreen = lazy(() => import('../sources/SourcesScreen').then((m) => ({ default: m.SourcesScreen })));
export const PastChecksScreen = lazy(() =>
  import('../past-checks/PastChecksScreen').then((m) => ({ default: m.PastChecksScreen })),
);
export const BackupsDialog = lazy(() => import('../backups/BackupsDialog').then((m) => ({ default: m.BackupsDialog })));
export const DeskDialog = lazy(() => import('../desk/DeskDialog').then((m) => ({ default: m.DeskDialog })));
export const ImportDialog = lazy(() => import('../articles/ImportDialog').then((m) => ({ default: m.ImportDialog })));
