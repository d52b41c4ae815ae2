import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AppError } from '../core/app-error';
import { hubAgent } from '../core/sync/hub-agent';
import { describeHubError } from '../core/sync/hub-errors';

/** A hub and who signs in to it: the administrator, for managing people and desks. */
export interface HubAccess {
  url: string;
  fingerprint?: string;
  name: string;
  password: string;
}

export interface HubAnswer<T> {
  status: number;
  body: T;
}

function readAll(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });
}

/** One request of CouchDB's HTTP API, signed in as `access`; JSON in and out. */
export async function hubRequest<T>(
  access: HubAccess,
  method: string,
  path: string,
  body?: unknown,
): Promise<HubAnswer<T>> {
  const url = new URL(path, `${access.url}/`);
  const secure = url.protocol === 'https:';
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers = {
    Accept: 'application/json',
    Authorization: `Basic ${Buffer.from(`${access.name}:${access.password}`).toString('base64')}`,
    ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
  };
  const agent = secure ? hubAgent(access.fingerprint) : undefined;
  try {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const sent = (secure ? httpsRequest : httpRequest)(
        url,
        { method, headers, ...(agent ? { agent } : {}) },
        resolve,
      );
      sent.on('error', reject);
      sent.end(payload);
    });
    const text = await readAll(response);
    const status = response.statusCode ?? 0;
    try {
      return { status, body: JSON.parse(text) as T };
    } catch {
      throw Object.assign(new SyntaxError('not JSON'), { status });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const problem = describeHubError(error, access.url);
    const code =
      problem.state === 'offline' ? 'UNAVAILABLE' : error instanceof SyntaxError ? 'INVALID_INPUT' : 'UNAUTHORIZED';
    throw new AppError(code, problem.message);
  } finally {
    agent?.destroy();
  }
}

/** Fails with the hub's refusal, in our words, unless the answer is one of `expected`. */
export function expectStatus<T>(answer: HubAnswer<T>, expected: number[], access: HubAccess): HubAnswer<T> {
  if (expected.includes(answer.status)) return answer;
  const problem = describeHubError({ status: answer.status }, access.url);
  throw new AppError(
    answer.status === 401 || answer.status === 403 ? 'UNAUTHORIZED' : 'INVALID_INPUT',
    problem.message,
  );
}
