import { createContext, useMemo, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from './api-client.ts';
import { createHttpTransport } from './http-transport.ts';
import { createIpcTransport, findPreloadBridge } from './ipc-transport.ts';

export const ApiContext = createContext<ApiClient | null>(null);

/** IPC inside Electron (the preload bridge exists), HTTP to the serving host otherwise. */
export function createDefaultClient(): ApiClient {
  const bridge = findPreloadBridge();
  const transport = bridge
    ? createIpcTransport(bridge)
    : createHttpTransport({ origin: window.location.origin });
  return createApiClient(transport);
}

interface ApiProviderProps {
  /** Injected in tests; the app uses the default client. */
  client?: ApiClient;
  children: ReactNode;
}

export function ApiProvider({ client, children }: ApiProviderProps) {
  const value = useMemo(() => client ?? createDefaultClient(), [client]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}
