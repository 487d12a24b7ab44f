using Tanpan.Bench.Exports;

return ExportsBench.Run(args);
