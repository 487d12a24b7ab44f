using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Tanpan.Web.Features.Accounts;

/// <summary>Personal API tokens: <c>tp_</c> + 32 random bytes in base64url; only the SHA-256 is stored.</summary>
internal static class TokenSecrets
{
    public const string Prefix = "tp_";

    public static string Create() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 of the token as 64 lower-case hex digits.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
