using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

/// <summary>An activity entry typed with its bill's period: the year and month it counts in, and a year-crossing bill's share.</summary>
public static partial class InventoriesApi
{
    /// <summary>
    /// A bill typed with its 計費期間 (both days counted, <see cref="BillPeriod"/>): the year and month become those of its
    /// last day; a bill crossing 31 December keeps only its share by days inside this inventory's period
    /// (<see cref="BillSplit"/>), its data source marked as allocated and the whole bill written into the note. The request
    /// itself when no period is given; null, with the fields' messages, when the period is wrong.
    /// </summary>
    private static async Task<ActivityRequest?> BillShareAsync(Guid id, ActivityRequest request, FieldErrors errors, AppDbContext db, CancellationToken cancellationToken)
    {
        if (request is { BillFrom: null, BillTo: null })
        {
            return request;
        }

        if (request is not { BillFrom: { } from, BillTo: { } to })
        {
            errors.Add(request.BillFrom is null ? "billFrom" : "billTo", "計費期間須同時填寫起日與迄日。", "A bill period needs both its first and its last day.");
            return null;
        }

        var period = new BillPeriod(from, to);
        if (to < from || period.Days > BillPeriod.MaxDays)
        {
            errors.Add("billTo", $"計費期間的迄日不可早於起日，且期間不超過 {BillPeriod.MaxDays} 日。",
                $"The bill period must not end before it starts or last more than {BillPeriod.MaxDays} days.");
            return null;
        }

        if ((request.Year is not null && request.Year != to.Year) || (request.Month is not null && request.Month != to.Month))
        {
            errors.Add("year", $"年度與月份請留空或填計費期間迄日的年月（{to.Year} 年 {to.Month} 月）。",
                $"Leave the year and month empty or give those of the bill's last day ({to:yyyy-MM}).");
            return null;
        }

        if (request.AmountPaidNtd is not null || request.UnitPriceNtd is not null)
        {
            errors.Add("billFrom", "以金額回推用量時不可再按計費期間分攤，請輸入帳單上的用量。",
                "An amount estimated from money paid cannot also be split by the bill period: enter the quantity on the bill.");
            return null;
        }

        var whole = request with { Year = to.Year, Month = to.Month };
        if (!period.CrossesYear || request.Amount is not decimal amount || amount < 0)
        {
            return whole;   // inside one year: the bill itself (Apply checks the amount)
        }

        var year = await db.InventoryYears.Where(y => y.Id == id).Select(y => new { y.PeriodStart, y.PeriodEnd }).SingleAsync(cancellationToken);
        var inside = BillSplit.Split(period, amount).Where(p => p.To >= year.PeriodStart && p.From <= year.PeriodEnd).ToList();
        if (inside.Count != 1)
        {
            errors.Add("billTo", inside.Count == 0
                    ? $"計費期間 {period} 不在本盤查期間（{year.PeriodStart:yyyy-MM-dd}–{year.PeriodEnd:yyyy-MM-dd}）內。"
                    : "本盤查期間跨越兩個年度：請將此帳單依年度分成兩筆輸入。",
                inside.Count == 0
                    ? $"The bill period {period} lies outside the inventory's period ({year.PeriodStart:yyyy-MM-dd}–{year.PeriodEnd:yyyy-MM-dd})."
                    : "This inventory's period spans two years: enter the bill as two entries, one per year.");
            return null;
        }

        var part = inside[0];
        var bill = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"計費期間 {period}（{period.Days} 日），全期 {amount} {request.Unit?.Trim()}，本年度 {part.Days} 日 = {part.Amount}");
        return whole with
        {
            Year = part.Year,
            Month = part.Month,
            Amount = part.Amount,
            DataSourceMethod = BillSplit.Mark(request.DataSourceMethod, part),
            Note = string.IsNullOrWhiteSpace(request.Note) ? bill : $"{bill}；{request.Note.Trim()}",
        };
    }
}
