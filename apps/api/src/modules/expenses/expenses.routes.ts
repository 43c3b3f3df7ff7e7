import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const expensesRoutes: FastifyPluginAsyncTypebox = async () => {};

export default expensesRoutes;
