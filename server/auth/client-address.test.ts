import { addressKeyOf } from './client-address';

describe('the address a throttle counts', () => {
  it('keeps an IPv4 address whole, also when it arrives on an IPv6 socket', () => {
    expect(addressKeyOf('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKeyOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKeyOf('203.0.113.8')).not.toBe(addressKeyOf('203.0.113.7'));
  });

  it('counts an IPv6 client by its /64, so rotating the last 64 bits gains nothing', () => {
    const a = addressKeyOf('2001:db8:1234:5678:aaaa:bbbb:cccc:dddd');
    expect(a).toBe('2001:db8:1234:5678::/64');
    expect(addressKeyOf('2001:0db8:1234:5678:0000:0000:0000:0001')).toBe(a);
    expect(addressKeyOf('2001:db8:1234:5679::1')).not.toBe(a);
  });

  it('leaves anything that is not an address as it is', () => {
    expect(addressKeyOf('unknown')).toBe('unknown');
  });
});
