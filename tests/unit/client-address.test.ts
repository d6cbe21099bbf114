import { describe, expect, it } from "vitest";
import { addressLimitKey, clientAddress, normalizeAddress } from "@/lib/platform/http/client-address";
import { refusal } from "@/lib/platform/http/request-guard";

describe("client address", () => {
  const peer = "10.0.0.5";

  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress({ forwardedFor: "203.0.113.9", remoteAddress: peer }, 0)).toBe(peer);
  });

  it("takes the Nth address from the right behind N proxies, never what the client wrote on the left", () => {
    const forwardedFor = "6.6.6.6, 203.0.113.9";
    expect(clientAddress({ forwardedFor, remoteAddress: peer }, 1)).toBe("203.0.113.9");
    expect(clientAddress({ forwardedFor: "6.6.6.6, 203.0.113.9, 198.51.100.2", remoteAddress: peer }, 2)).toBe(
      "203.0.113.9",
    );
    // Several headers form one list.
    expect(clientAddress({ forwardedFor: ["6.6.6.6", "203.0.113.9"], remoteAddress: peer }, 1)).toBe("203.0.113.9");
  });

  it("falls back to the peer when the chosen entry is not an address or the header is missing", () => {
    expect(clientAddress({ forwardedFor: "not-an-ip", remoteAddress: peer }, 1)).toBe(peer);
    expect(clientAddress({ forwardedFor: undefined, remoteAddress: peer }, 1)).toBe(peer);
    expect(clientAddress({ forwardedFor: undefined, remoteAddress: undefined }, 0)).toBe("unknown");
  });

  it("writes one address one way", () => {
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:5000")).toBe("192.0.2.1");
    expect(normalizeAddress("example.com")).toBeNull();
  });

  it("counts an IPv6 /64 as one address for limits", () => {
    expect(addressLimitKey("2001:db8:1:2:aaaa::1")).toBe(addressLimitKey("2001:db8:1:2:bbbb::9"));
    expect(addressLimitKey("2001:db8:1:2::1")).toBe("2001:0db8:0001:0002::/64");
    expect(addressLimitKey("192.0.2.1")).toBe("192.0.2.1");
  });
});

describe("request guard", () => {
  const get = (url: string, headers: Record<string, string> = {}) => refusal({ url, headers });

  it("lets ordinary requests through", () => {
    expect(get("/search?q=ethiopia%20natural")).toBeNull();
    expect(get("/products/kenya-nyeri-aa")).toBeNull();
  });

  it("answers control characters and malformed encodings with a 400 and a sentence", () => {
    expect(get("/search?q=%00")).toMatchObject({ status: 400, message: expect.stringMatching(/control characters/) });
    expect(get("/search?q=a%0Ab")?.status).toBe(400);
    expect(get("/uploads/..%c0%af..%c0%afetc%c0%afpasswd")).toMatchObject({
      status: 400,
      message: expect.stringMatching(/malformed/),
    });
  });

  it("refuses bodies larger than the limit, and bodies of unknown length, before reading them", () => {
    const post = (headers: Record<string, string>) => refusal({ url: "/checkout", headers }, 1000);
    expect(post({ "content-length": "1001" })).toMatchObject({ status: 413 });
    expect(post({ "content-length": "1000" })).toBeNull();
    expect(post({ "transfer-encoding": "chunked" })).toMatchObject({ status: 411 });
  });
});
