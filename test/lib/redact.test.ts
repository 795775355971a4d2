import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/lib/redact.ts';

const JWT = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6Ik1HTHFqOThWTkxvWGFGZnBKQ0JwZ0I0SmFLcyJ9.eyJhdWQiOiI2ZGFlNDJmOCIsInVwbiI6InJldmlld2VyQGNvbnRvc28uY29tIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

describe('redacting credentials from server text', () => {
  it.each([
    ['an echoed Authorization header', `Request header 'Authorization: Bearer ${JWT}' was rejected by the proxy`, `Request header 'Authorization: [redacted]' was rejected by the proxy`],
    ['a bearer token on its own', `upstream said: invalid token Bearer ${JWT}`, 'upstream said: invalid token Bearer [redacted]'],
    ['an opaque bearer token', 'Bearer c2VydmljZWFjY291bnQtdG9rZW4tbG9jYWw was not accepted', 'Bearer [redacted] was not accepted'],
    ['a bare JWT', `token ${JWT} expired at 2026-11-22T08:00:00Z`, 'token [redacted] expired at 2026-11-22T08:00:00Z'],
    ['a storage connection string', `could not connect with DefaultEndpointsProtocol=https;AccountName=stsaasprod;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`, 'could not connect with DefaultEndpointsProtocol=https;AccountName=stsaasprod;AccountKey=[redacted];EndpointSuffix=core.windows.net'],
    ['a SAS URL', 'GET https://stsaasprod.blob.core.windows.net/logs?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-01T00:00:00Z&sig=Xy7%2FfQ2kT9wP3mL8vN1bC6dR4sA0eH5jU2iO9pZ%3D failed', 'GET https://stsaasprod.blob.core.windows.net/logs?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-01T00:00:00Z&sig=[redacted] failed'],
    ['a Service Bus SAS token', 'Authorization failed for SharedAccessSignature sr=contoso.servicebus.windows.net&sig=abc%2Bdef&se=1767225600&skn=RootManageSharedAccessKey', 'Authorization failed for SharedAccessSignature [redacted]'],
    ['a Service Bus connection string', 'Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=q3LmN8pR2tV5xZ7bD9fH1jK4mP6sU8wY0aC2eG4iK6o=', 'Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=[redacted]'],
    ['a SQL connection string', 'Login failed: Server=tcp:sql-saas-prod.database.windows.net,1433;User ID=app;Password=Pr0d-S3cret!;Encrypt=true', 'Login failed: Server=tcp:sql-saas-prod.database.windows.net,1433;User ID=app;Password=[redacted];Encrypt=true'],
    ['an echoed JSON body', '{"client_id":"80faf920","client_secret":"q~8Q~abcDEF123","grant_type":"client_credentials"}', '{"client_id":"80faf920","client_secret":"[redacted]","grant_type":"client_credentials"}'],
    ['a private key', 'bad certificate -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY----- in request', 'bad certificate [redacted] in request'],
  ])('%s', (_what, text, redacted) => {
    expect(redactSecrets(text)).toBe(redacted);
  });

  it.each([
    "AuthorizationFailed: The client 'aks-audit-reader' with object id '5b4e7a1c-0b0e-4a6f-9d1e-3f2a7c9b8e10' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/read' over scope '/subscriptions/b3f8c1de-5a41-4d3e-9c2f-1e6a7d0b4c21' or the scope is invalid. (HTTP 403)",
    'InvalidAuthenticationToken: The access token is invalid. Bearer token expired (HTTP 401)',
    "SkuNotAvailable: The requested SKU 'Basic' is not available in location 'westeurope' (HTTP 409)",
    'list pods forbidden for system:serviceaccount:aks-audit:aks-audit-reader',
    'cannot reach https://aks-saas-prod-weu-k3x9.hcp.westeurope.azmk8s.io:443: ECONNREFUSED',
  ])('leaves an ordinary message as it is: %s', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });
});
