using Tanpan.Bench.InventoryRollup;

return BenchCommands.Run(args);
