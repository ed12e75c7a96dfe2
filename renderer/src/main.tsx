import '@rijkshuisstijl-community/design-tokens/dist/root.css';
import './styles/app.css';
import './i18n';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isLockedError, keys } from './api/queries';

// A LOCKED answer anywhere means the main process locked (idle, screen lock):
// re-read the session so the window switches to the unlock screen.
const onError = (error: unknown) => {
  if (isLockedError(error)) void queryClient.invalidateQueries({ queryKey: keys.session });
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
