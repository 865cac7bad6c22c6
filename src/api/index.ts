// The public surface of the API layer.
export { createApi, type Api, type ApiOptions } from './createApi.js';
export { startHttpServer, type HttpServer, type HttpServerOptions } from './httpServer.js';
export { createContext, type ApiContext } from './context.js';
export { ErrorCode } from './errors.js';
export { LIMITS } from './limits.js';
export { encodeCursor } from './cursor.js';
export { timeline, describeEvents, type TimelineArgs, type TimelinePage } from './timeline.js';
export type { TimelineEntry, TimelineEventFields, TimelineParticipant, TimelineSource } from './timelineEntry.js';
export { resolveEntityArgument } from './resolveEntityArgument.js';
export { answerWithApollo, type WrittenAnswer } from './answerWithApollo.js';
