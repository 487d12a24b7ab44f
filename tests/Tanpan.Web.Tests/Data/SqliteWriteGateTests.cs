using Tanpan.Web.Data;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Data;

public class SqliteWriteGateTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task SecondWriter_OnTheSameFile_WaitsUntilTheFirstLeaves_ThenEnters()
    {
        await using var first = fixture.CreateContext();
        await using var second = fixture.CreateContext();

        var turn = await SqliteWriteGate.EnterAsync(first, CancellationToken.None);
        turn.ShouldNotBeNull();
        var waiting = SqliteWriteGate.EnterAsync(second, CancellationToken.None).AsTask();
        await Task.Delay(200, CancellationToken.None);
        waiting.IsCompleted.ShouldBeFalse();

        turn.Dispose();
        turn.Dispose(); // a second dispose must not let a third writer in beside the second
        using var secondTurn = await waiting.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        secondTurn.ShouldNotBeNull();
        var third = SqliteWriteGate.EnterAsync(first, CancellationToken.None).AsTask();
        await Task.Delay(100, CancellationToken.None);
        third.IsCompleted.ShouldBeFalse();
        secondTurn.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None))!.Dispose();
    }
}
