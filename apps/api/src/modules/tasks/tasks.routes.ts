import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const tasksRoutes: FastifyPluginAsyncTypebox = async () => {};

export default tasksRoutes;
