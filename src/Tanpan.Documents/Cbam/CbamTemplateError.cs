namespace Tanpan.Documents.Cbam;

/// <summary>Why a file was not read, in Traditional Chinese and English; <see cref="Cell"/> names the cell when there is one (e.g. Summary_Products!I12).</summary>
public sealed record CbamTemplateError(string MessageZh, string MessageEn, string? Cell = null);
