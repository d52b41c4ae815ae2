import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from './api/query-client';
import { App } from './App';
import { NavigationProvider, useNavigate } from './navigation/NavigationProvider';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { NoticesProvider } from './ui/notices-context';

function GuardedApp() {
  const navigate = useNavigate();
  return (
    <ErrorBoundary name="The workbench" onBack={() => navigate({ type: 'close-article' })}>
      <App />
    </ErrorBoundary>
  );
}

/** The query cache, notices and navigation that every screen shares, around the app. */
export function Root() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <NoticesProvider>
        <NavigationProvider>
          <GuardedApp />
        </NavigationProvider>
      </NoticesProvider>
    </QueryClientProvider>
  );
}
