namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// What the generator reads of the project's parse options, as one record: a pipeline value of a reference type,
    /// so the compiler's driver shares its code for it with every other such value instead of compiling its tables
    /// afresh (just-in-time, in every build) for a bool, an int and an int? of their own.
    /// </summary>
    /// <param name="Docs">Whether the compiler reads doc comments (<see cref="CorpusSteps.ReadsDocs"/>).</param>
    /// <param name="LanguageVersion">The C# version as a number (<see cref="CorpusSteps.LanguageVersion"/>).</param>
    /// <param name="DataSectionThreshold">See <see cref="Emitting.LiteralBudget.DataSectionThreshold"/>.</param>
    internal sealed record ParseSettings(bool Docs, int LanguageVersion, int? DataSectionThreshold);
}
