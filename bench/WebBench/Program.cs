using Tanpan.Bench.WebBench;

// bench/web/run drives these; see docs/benchmarks.md#web.
return args.FirstOrDefault() switch
{
    "seed" => Seeder.Run(Arguments.Parse(args[1..])),
    "warm" => await Warmer.RunAsync(Arguments.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: WebBench seed --db FILE --targets FILE [--orgs 1000] [--years 5] [--sources 50] [--months 12] [--seed 42]");
    Console.Error.WriteLine("       WebBench warm --url http://127.0.0.1:PORT --targets FILE --cookie-out FILE [--parallel 4]");
    return 2;
}
