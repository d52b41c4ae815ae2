import { X509Certificate } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import * as selfsigned from 'selfsigned';
import { makePrivateDir, writePrivateFile } from '../core/store/private-files';

export interface HubCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, `AA:BB:…`: what the desk's machines pin. */
  fingerprint: string;
}

const TLS_FOLDER = 'tls';
/** Machines pin the certificate itself, so its dates are not what keeps it trusted; a new one means re-pinning. */
const VALID_YEARS = 10;

function altNamesFor(host: string): { type: 2 | 7; value?: string; ip?: string }[] {
  const names = new Set([host, 'localhost', '127.0.0.1']);
  return [...names].map((name) => (isIP(name) ? { type: 7, ip: name } : { type: 2, value: name }));
}

async function readExisting(dir: string): Promise<{ key: string; cert: string } | undefined> {
  try {
    return { key: await readFile(join(dir, 'key.pem'), 'utf8'), cert: await readFile(join(dir, 'cert.pem'), 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The hub's own certificate: made once (an EC P-256 key, signed with SHA-256) and kept in
 * `<hub data>/tls/`, key and certificate readable by their owner only, so that its fingerprint stays
 * the same from one start to the next.
 */
export async function hubCertificate(dataDir: string, host: string): Promise<HubCertificate> {
  const dir = join(dataDir, TLS_FOLDER);
  await makePrivateDir(dir);
  let pair = await readExisting(dir);
  if (!pair) {
    const notBeforeDate = new Date();
    const notAfterDate = new Date(notBeforeDate);
    notAfterDate.setFullYear(notAfterDate.getFullYear() + VALID_YEARS);
    const made = await selfsigned.generate([{ name: 'commonName', value: 'Fact-Check Workbench desk hub' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: altNamesFor(host) },
      ],
    });
    // A start that stopped between the two files left a key without its certificate: begin again.
    await rm(join(dir, 'key.pem'), { force: true });
    await writePrivateFile(join(dir, 'key.pem'), made.private);
    await writePrivateFile(join(dir, 'cert.pem'), made.cert);
    pair = { key: made.private, cert: made.cert };
  }
  return { ...pair, fingerprint: new X509Certificate(pair.cert).fingerprint256 };
}
