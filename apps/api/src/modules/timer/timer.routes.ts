import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const timerRoutes: FastifyPluginAsyncTypebox = async () => {};

export default timerRoutes;
