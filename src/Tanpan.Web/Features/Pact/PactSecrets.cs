using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// PACT client credentials: a client id (<c>pact_</c> + 16 random bytes) and a secret (32 random bytes, base64url) of
/// which only the SHA-256 is stored, as for API tokens and gateway keys; 256 random bits need no slow hash.
/// </summary>
internal static class PactSecrets
{
    public static string NewClientId() => "pact_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="hash"/>, compared in constant time.</summary>
    public static bool Matches(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));

    /// <summary>
    /// The client id and secret of an <c>Authorization: Basic</c> header (RFC 6749 §2.3.1: each form-urlencoded, then
    /// joined by ":" and base64-encoded), or null.
    /// </summary>
    public static (string ClientId, string Secret)? FromBasic(string? header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || !"Basic".Equals(value.Scheme, StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon <= 0 ? null : (Uri.UnescapeDataString(text[..colon].Replace('+', ' ')), Uri.UnescapeDataString(text[(colon + 1)..].Replace('+', ' ')));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
