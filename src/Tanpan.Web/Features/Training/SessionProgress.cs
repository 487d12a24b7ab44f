using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Training;

/// <summary>A confirmed registration's attendance: the days marked present, whether the tier's rule is met, and its certificate if issued.</summary>
public sealed record SessionProgress(TrainingRegistration Registration, IReadOnlySet<int> DaysPresent, bool Completed, TrainingCertificate? Certificate);
