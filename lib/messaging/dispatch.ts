import { err, type Result } from '../core/result';
import { envelope, isMessageType, PROTOCOL, type MessageType, type Payload, type Responses } from './protocol';
import { classifySender, mayUse, type SelfIdentity, type SenderKind, type SenderLike } from './sender';

export interface HandlerContext {
  sender: SenderKind;
  /** Set by the browser for messages from a tab (content scripts). */
  tabId?: number;
  frameId?: number;
  /** The sender document's URL as the browser reports it (never from the message body). */
  url?: string;
}

export type Handlers = {
  [K in MessageType]: (payload: Payload<K>, context: HandlerContext) => Promise<Result<Responses[K]>>;
};

export interface DispatchDeps {
  self: SelfIdentity;
  handlers: Handlers;
}

/** Checks the sender, the message type and the payload, then runs the one handler for it. Never throws. */
export async function handleMessage(message: unknown, sender: SenderLike | undefined, deps: DispatchDeps): Promise<Result<unknown>> {
  const kind = classifySender(sender, deps.self);
  if (kind === null) return err('forbidden-sender', 'Messages are accepted only from this extension.');
  const wire = envelope.safeParse(message);
  if (!wire.success) return err('invalid-message', 'The message is not in the expected form.');
  const type = wire.data.type;
  if (!isMessageType(type)) return err('unknown-message', `Unknown message type "${type.slice(0, 64)}".`);
  const spec = PROTOCOL[type];
  if (!mayUse(kind, spec.access)) return err('forbidden', `"${type}" may only be sent from an extension page.`);
  const payload = spec.payload.safeParse(wire.data.payload ?? {});
  if (!payload.success) {
    const issue = payload.error.issues[0];
    return err('invalid-payload', `${type}: ${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'invalid'}`);
  }
  const handler = deps.handlers[type] as (payload: unknown, context: HandlerContext) => Promise<Result<unknown>>;
  try {
    const tab = (sender?.tab ?? null) as { id?: unknown } | null;
    return await handler(payload.data, {
      sender: kind,
      tabId: typeof tab?.id === 'number' ? tab.id : undefined,
      frameId: typeof sender?.frameId === 'number' ? sender.frameId : undefined,
      url: typeof sender?.url === 'string' ? sender.url : undefined,
    });
  } catch (error) {
    return err('internal', `${type} failed: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
  }
}

/**
 * A runtime.onMessage listener in the sendResponse + `return true` style, which works in Chrome
 * without the polyfill, in Firefox and in the fake browser (promise-returning listeners do not).
 * Wire with: browser.runtime.onMessage.addListener(createMessageListener(deps)).
 */
export function createMessageListener(deps: DispatchDeps) {
  return (message: unknown, sender: SenderLike, sendResponse: (response: unknown) => void): true => {
    void handleMessage(message, sender, deps).then(sendResponse);
    return true;
  };
}
