using HireHub.Drills;

// The reliability drills' client side; scripts/crash-drill.sh, scripts/load-drill.sh and scripts/fsync-drill.sh start and kill the app around it.
return args.FirstOrDefault() switch
{
    "exports" => await ExportStream.RunAsync(DrillArguments.Parse(args)),
    "hires" => await HireStream.RunAsync(DrillArguments.Parse(args)),
    "check" => await CrashCheck.RunAsync(DrillArguments.Parse(args)),
    "load" => await LoadRun.RunAsync(DrillArguments.Parse(args)),
    "sequential" => await SequentialExports.RunAsync(DrillArguments.Parse(args)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        HireHub reliability drills (run by scripts/crash-drill.sh and scripts/load-drill.sh):
          exports --url URL --key BASE64 --acked FILE --prefix P [--callers 8]   stream exports until killed; log each 2xx
          hires   --db FILE [--callers 2] --prefix P                              hire exported candidates until killed
          check   --db FILE --baseline FILE [--acked FILE] [--prefix P]            write the baseline, or check against it
          load    --url URL --key BASE64 --db FILE [--callers 100] [--seconds 60]  load the API; 201s must equal rows stored
          sequential --url URL --key BASE64 [--count 100]                         single exports one after another; prints how many got 201
        """);
    return 2;
}
