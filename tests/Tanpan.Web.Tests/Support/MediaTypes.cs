namespace Tanpan.Web.Tests.Support;

/// <summary>Media types the tests send and expect, spelled once.</summary>
internal static class MediaTypes
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
