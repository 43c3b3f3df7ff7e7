import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Toaster } from 'sonner';
import { useThemeChoice, type ThemeChoice } from '@/lib/theme';
import { createQueryClient } from './query-client';

interface AppProvidersProps {
  children: ReactNode;
  /** Tests pass their own client so cached data never leaks between them. */
  queryClient?: QueryClient;
}

export function AppProviders({ children, queryClient }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const theme = useThemeChoice();
  return (
    <QueryClientProvider client={client}>
      {children}
      {/* Toasts confirming actions (lib/notify.ts): at the bottom, clear of the header and its running timer; an aria-live region announces them. */}
      <Toaster position="bottom-right" richColors closeButton className="print:hidden" theme={toastTheme(theme)} />
    </QueryClientProvider>
  );
}

/** Sonner follows the system itself, but only where the browser can say what it is (not in jsdom). */
function toastTheme(choice: ThemeChoice): ThemeChoice {
  if (choice !== 'system') return choice;
  return typeof window.matchMedia === 'function' ? 'system' : 'light';
}
