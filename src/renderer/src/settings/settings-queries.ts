import { useQuery } from '@tanstack/react-query';
import { queryOptionsFor } from '../api/queries';

/** The editor's settings; read after the article list at start-up. */
export const useSettings = (enabled = true) => useQuery({ ...queryOptionsFor('settings.get', {}), enabled }).data;
