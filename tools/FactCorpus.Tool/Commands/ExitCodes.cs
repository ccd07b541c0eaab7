namespace FactCorpus.Tool.Commands;

/// <summary>The tool's exit codes (README, "The factcorpus tool").</summary>
internal static class ExitCodes
{
    /// <summary>Done; for check, no error (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The corpus has at least one error: check lists them, report leaves their items out, export writes nothing.</summary>
    public const int Errors = 1;

    /// <summary>The command line was wrong: unknown option, missing folder, a folder with no facts, a file that cannot be written.</summary>
    public const int Usage = 2;

    /// <summary>A defect of the tool itself.</summary>
    public const int Failure = 3;
}
