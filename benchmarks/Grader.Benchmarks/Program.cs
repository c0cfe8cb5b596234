using BenchmarkDotNet.Running;
using Grader.Benchmarks.BackgroundIdf;
using Grader.Benchmarks.CopyDetection;
using Grader.Benchmarks.Throughput;

namespace Grader.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput")
        {
            return ThroughputCommand.Run(args[1..], Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == "english-df")
        {
            return EnglishDfCommand.Run(args[1..], Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == "background-idf")
        {
            return BackgroundIdfCommand.Run(args[1..], Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == "peer-copies")
        {
            return PeerCopyCommand.Run(args[1..], Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == "copy-detection")
        {
            return CopyDetectionCommand.Run(args[1..], Console.Out, Console.Error);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
