import { useContext } from 'react';
import type { ApiClient } from './api-client.ts';
import { ApiContext } from './ApiProvider.tsx';

/** The typed contract client; the only way components talk to the backend. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi() needs an <ApiProvider> above it.');
  return client;
}
