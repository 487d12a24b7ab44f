using System.Net;
using System.Net.Sockets;

namespace Tanpan.Web.Features.Monitoring.Automation;

/// <summary>
/// Which webhook URLs and addresses an alert may be posted to (docs/monitoring.md#webhook): https only, and never an
/// address of the server's own networks. The refused ranges are the IANA special-purpose address registries
/// (RFC 6890 and its updates: <c>iana-ipv4-special-registry</c>, <c>iana-ipv6-special-registry</c>) that are not
/// globally reachable, plus multicast (RFC 5771, RFC 4291 §2.7). An IPv6 address that embeds an IPv4 one
/// (IPv4-mapped <c>::ffff:0:0/96</c>, NAT64 <c>64:ff9b::/96</c>, 6to4 <c>2002::/16</c>) is judged by that IPv4 address.
/// <see cref="MonitoringOptions.WebhookAllowInsecureForDevelopment"/> lets http and loopback through, nothing else.
/// </summary>
public static class WebhookTargets
{
    private static readonly (IPNetwork Network, string Name)[] Refused =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "unspecified"), // RFC 791 "this network"
        (IPNetwork.Parse("10.0.0.0/8"), "private"), // RFC 1918
        (IPNetwork.Parse("100.64.0.0/10"), "CGNAT"), // RFC 6598 shared address space
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"), // RFC 1122
        (IPNetwork.Parse("169.254.0.0/16"), "link-local"), // RFC 3927 (cloud metadata 169.254.169.254)
        (IPNetwork.Parse("172.16.0.0/12"), "private"), // RFC 1918
        (IPNetwork.Parse("192.0.0.0/24"), "reserved"), // RFC 6890 IETF protocol assignments
        (IPNetwork.Parse("192.0.2.0/24"), "reserved"), // RFC 5737 documentation
        (IPNetwork.Parse("192.168.0.0/16"), "private"), // RFC 1918
        (IPNetwork.Parse("198.18.0.0/15"), "reserved"), // RFC 2544 benchmarking
        (IPNetwork.Parse("198.51.100.0/24"), "reserved"), // RFC 5737
        (IPNetwork.Parse("203.0.113.0/24"), "reserved"), // RFC 5737
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"), // RFC 5771
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"), // RFC 1112 (incl. 255.255.255.255 broadcast)
        (IPNetwork.Parse("::/128"), "unspecified"), // RFC 4291
        (IPNetwork.Parse("::1/128"), "loopback"), // RFC 4291
        (IPNetwork.Parse("100::/64"), "reserved"), // RFC 6666 discard-only
        (IPNetwork.Parse("2001:db8::/32"), "reserved"), // RFC 3849 documentation
        (IPNetwork.Parse("fc00::/7"), "private"), // RFC 4193 unique local
        (IPNetwork.Parse("fe80::/10"), "link-local"), // RFC 4291
        (IPNetwork.Parse("fec0::/10"), "private"), // RFC 3879 deprecated site-local
        (IPNetwork.Parse("ff00::/8"), "multicast"), // RFC 4291 §2.7
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96"); // RFC 6052
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16"); // RFC 3056

    /// <summary>
    /// Why <paramref name="address"/> may not be posted to ("loopback", "private", "link-local", "CGNAT", "multicast",
    /// "unspecified", "reserved"), or null when it may. With <paramref name="allowLoopback"/> loopback is allowed.
    /// </summary>
    public static string? RefusedBecause(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (address.AddressFamily == AddressFamily.InterNetworkV6 && (Nat64.Contains(address) || SixToFour.Contains(address)))
        {
            var bytes = address.GetAddressBytes();
            var embedded = new IPAddress(SixToFour.Contains(address) ? bytes.AsSpan(2, 4) : bytes.AsSpan(12, 4));
            return RefusedBecause(embedded, allowLoopback);
        }

        address = address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;
        foreach (var (network, name) in Refused)
        {
            if (network.BaseAddress.AddressFamily == address.AddressFamily && network.Contains(address))
            {
                return allowLoopback && name == "loopback" ? null : name;
            }
        }

        return null;
    }

    /// <summary>
    /// Checks a URL as typed (save time): absolute, at most 500 characters, https (or http with
    /// <paramref name="development"/>), and not an IP literal or <c>localhost</c> name in a refused range. Host names
    /// are resolved and checked at send time (<see cref="WebhookHandler"/>). Null when it may be saved, else the message.
    /// </summary>
    public static (string Chinese, string English)? Check(string url, bool development)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return ("請輸入 https:// 開頭的完整網址（最多 500 字）。", "Enter a full URL starting with https:// (at most 500 characters).");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !development)
        {
            return ("通知網址須使用 https://（加密連線）。", "The webhook URL must use https:// (an encrypted connection).");
        }

        var loopbackName = uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
        var reason = loopbackName ? (development ? null : "loopback")
            : IPAddress.TryParse(uri.IdnHost, out var literal) ? RefusedBecause(literal, development) : null;
        return reason is null ? null
            : ($"通知網址不可指向內部網路位址（{Chinese(reason)}）。", $"The webhook URL may not point to an internal network address ({reason}).");
    }

    /// <summary>The reason in Chinese, for messages.</summary>
    public static string Chinese(string reason) => reason switch
    {
        "loopback" => "本機迴路",
        "private" => "私有網段",
        "link-local" => "鏈路本地",
        "CGNAT" => "電信級 NAT 網段",
        "multicast" => "多播",
        "unspecified" => "未指定位址",
        _ => "保留位址",
    };
}
