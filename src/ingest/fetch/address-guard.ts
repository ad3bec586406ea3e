// SSRF guard: a URL from a feed or a user must not make us talk to the machine itself or the
// local network. Every address a name resolves to is checked, and the connection then goes to
// a checked address, so a second lookup cannot swap in another one.
import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
// IPv4: "this" network, private, carrier-grade NAT, loopback, link-local, IETF protocol
// assignments, benchmarking, multicast, reserved and broadcast.
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16],
  ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) blocked.addSubnet(net, prefix, "ipv4");
// IPv6: unspecified, loopback, unique-local, link-local, site-local (deprecated), multicast.
blocked.addAddress("::", "ipv6");
blocked.addAddress("::1", "ipv6");
for (const [net, prefix] of [["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8]] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/** True for addresses that are not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, "ipv4");
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  // IPv4-mapped (::ffff:10.0.0.1) and NAT64 (64:ff9b::10.0.0.1) carry an IPv4 address.
  const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (embedded) return blocked.check(embedded[1]!, "ipv4");
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare);
  if (mappedHex) {
    const hi = parseInt(mappedHex[1]!, 16);
    const lo = parseInt(mappedHex[2]!, 16);
    return blocked.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, "ipv4");
  }
  return blocked.check(bare, "ipv6");
}

export interface GuardOptions {
  allowPrivate?: boolean;
  allowAddresses?: string[];
  lookup?: (hostname: string) => Promise<string[]>;
}

export type GuardResult =
  | { ok: true; addresses: string[] }
  | { ok: false; reason: "dns" | "private-address"; message: string; retryable: boolean };

export async function defaultLookup(hostname: string): Promise<string[]> {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
}

/** Resolves the host and checks every address it has. */
export async function resolveAllowed(hostname: string, options: GuardOptions = {}): Promise<GuardResult> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await (options.lookup ?? defaultLookup)(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTFOUND is a name that does not exist; EAI_AGAIN and the like may pass.
      const retryable = code !== "ENOTFOUND" && code !== "ENODATA";
      return { ok: false, reason: "dns", message: `cannot resolve ${host} (${code ?? (error as Error).message})`, retryable };
    }
    if (addresses.length === 0) {
      return { ok: false, reason: "dns", message: `${host} has no addresses`, retryable: false };
    }
  }
  if (!options.allowPrivate) {
    const allowed = new Set(options.allowAddresses ?? []);
    const refused = addresses.find((a) => isPrivateAddress(a) && !allowed.has(a));
    if (refused !== undefined) {
      return {
        ok: false,
        reason: "private-address",
        message: `refused ${host}: it resolves to ${refused}, a private or local address (allow with --allow-private)`,
        retryable: false,
      };
    }
  }
  return { ok: true, addresses };
}
