import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const clientsRoutes: FastifyPluginAsyncTypebox = async () => {};

export default clientsRoutes;
