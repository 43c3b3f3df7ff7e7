import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const reportsRoutes: FastifyPluginAsyncTypebox = async () => {};

export default reportsRoutes;
