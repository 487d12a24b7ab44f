using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>Gateway keys: <c>gk_</c> + 32 random bytes in base64url; only the SHA-256 is stored (like API tokens).</summary>
internal static class GatewayKeys
{
    public const string Prefix = "gk_";

    public const string Header = "X-Gateway-Key";

    public static string Create() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The key of the request: <c>Authorization: Bearer gk_…</c> or the <see cref="Header"/> header.</summary>
    public static string? FromRequest(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header["Bearer ".Length..].Trim() is var bearer && bearer.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return bearer;
        }

        var key = request.Headers[Header].ToString().Trim();
        return key.StartsWith(Prefix, StringComparison.Ordinal) ? key : null;
    }
}
