import ipaddr from 'ipaddr.js';

// Whom a per-address throttle counts. An IPv4 address is one client (or one
// NAT); an IPv6 client is handed a whole /64 and may change its last 64 bits
// at will, so counting whole IPv6 addresses would give an attacker 2^64 fresh
// allowances. IPv4 seen through an IPv6 socket (::ffff:a.b.c.d) is IPv4.

/** The throttle's key for a client address: IPv4 whole, IPv6 by its /64 prefix. */
export function addressKeyOf(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const prefix = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}
