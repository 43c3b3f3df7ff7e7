import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const timeEntriesRoutes: FastifyPluginAsyncTypebox = async () => {};

export default timeEntriesRoutes;
