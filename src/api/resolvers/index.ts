import { entityResolvers } from './entityResolvers.js';
import { factResolvers } from './factResolvers.js';
import { queryResolvers } from './queryResolvers.js';

export const resolvers = { ...queryResolvers, ...entityResolvers, ...factResolvers };
