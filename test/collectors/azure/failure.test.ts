import { RestError } from '@azure/core-rest-pipeline';
import { describe, expect, it } from 'vitest';
import { armFailure, statusFailure } from '../../../src/collectors/azure/failure.ts';

const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tIn0.c2lnbmF0dXJl';

describe('ARM failures keep no credential a server echoed', () => {
  it('redacts the ARM error envelope of an answer read as a response', () => {
    const body = { error: { code: 'InvalidAuthenticationToken', message: `The access token is invalid. Request header: Authorization: Bearer ${TOKEN}` } };
    expect(statusFailure(401, body)).toEqual({ code: 'unauthorized', message: 'InvalidAuthenticationToken: The access token is invalid. Request header: Authorization: [redacted] (HTTP 401)' });
    expect(statusFailure(502, 'Bad gateway: upstream https://stlogs.blob.core.windows.net/x?sv=2022-11-02&sig=Xy7fQ2kT9wP3mL8vN1bC6dR4sA0 refused')).toEqual({ code: 'error', message: 'Bad gateway: upstream https://stlogs.blob.core.windows.net/x?sv=2022-11-02&sig=[redacted] refused (HTTP 502)' });
  });

  it('redacts what the SDK threw, with or without a status', () => {
    const withStatus = new RestError('forbidden', { statusCode: 403, response: undefined });
    withStatus.details = { error: { code: 'AuthorizationFailed', message: `cache: DefaultEndpointsProtocol=https;AccountName=stcache;AccountKey=q3LmN8pR2tV5xZ7bD9fH1jK4m==;EndpointSuffix=core.windows.net` } };
    expect(armFailure(withStatus).message).toBe('AuthorizationFailed: cache: DefaultEndpointsProtocol=https;AccountName=stcache;AccountKey=[redacted];EndpointSuffix=core.windows.net (HTTP 403)');
    expect(armFailure(new Error(`ManagedIdentityCredential: token ${TOKEN} was refused`))).toEqual({ code: 'error', message: 'ManagedIdentityCredential: token [redacted] was refused' });
  });
});
