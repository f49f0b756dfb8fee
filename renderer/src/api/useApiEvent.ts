import { useEffect, useRef } from 'react';
import type { EventName } from '../../../shared/api/contract.ts';
import type { EventListener } from './api-client.ts';
import { useApi } from './useApi.ts';

/** Subscribes to a contract event for the component's lifetime; the latest listener always runs. */
export function useApiEvent<E extends EventName>(event: E, listener: EventListener<E>): void {
  const api = useApi();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => api.on(event, (payload) => latest.current(payload)), [api, event]);
}
