// The tRPC root router served at /trpc lives in @readouts/api; the server mounts it over its storage.
export { type AppRouter, appRouter } from '@readouts/api';
