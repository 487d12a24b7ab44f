using Tanpan.Core.Tariffs;

namespace Tanpan.Web.Features.Meters.Profiles;

/// <summary>One day profile to upsert: a meter's 96 slot sums of a local day, and how many readings they hold.</summary>
internal sealed record ProfileRow(Guid MeterId, long Day, Guid OrganisationId, byte[] Blob, int Readings);

/// <summary>
/// Sums readings arriving in (meter, time) order into one profile per (meter, day), starting from the stored profile
/// of a day in <c>stored</c> (the days readings are added to), else from zero (the days rebuilt, and new days).
/// </summary>
internal sealed class ProfileAccumulator(Dictionary<(Guid MeterId, long Day), (byte[] Blob, int Readings)> stored)
{
    private readonly List<ProfileRow> _rows = [];
    private readonly double[] _slots = new double[TouSchedule.SlotsPerDay];
    private Guid _meter;
    private Guid _organisation;
    private long _day = long.MinValue;
    private int _count;

    public void Add(Guid meter, Guid organisation, long timestampUtc, double quantity)
    {
        var day = DayProfileWriter.DayOf(timestampUtc);
        if (day != _day || meter != _meter)
        {
            Flush();
            (_meter, _organisation, _day) = (meter, organisation, day);
            if (stored.TryGetValue((meter, day), out var profile))
            {
                DayProfileWriter.Decode(profile.Blob, _slots);
                _count = profile.Readings;
            }
        }

        _slots[TouSchedule.LocalSlot(timestampUtc - 1)] += quantity;
        _count++;
    }

    public void AddAll(Guid organisation, List<AddedReading> readings)
    {
        Flush();
        foreach (var reading in readings)
        {
            Add(reading.MeterId, organisation, reading.TimestampUtc, reading.Quantity);
        }
    }

    public List<ProfileRow> Complete()
    {
        Flush();
        return _rows;
    }

    private void Flush()
    {
        if (_count > 0)
        {
            _rows.Add(new ProfileRow(_meter, _day, _organisation, DayProfileWriter.Encode(_slots), _count));
        }

        Array.Clear(_slots);
        _count = 0;
        _day = long.MinValue;
    }
}
