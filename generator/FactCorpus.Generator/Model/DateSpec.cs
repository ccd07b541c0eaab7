namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// A date at the precision written: Month and Day are 0 when not known; From keeps the words it was resolved from
    /// (for a curator's date, why); Origin says whether the source gives it or the curator does (`by: curator`).
    /// </summary>
    internal readonly record struct DateSpec(int Year, int Month, int Day, string? From, DateOrigin Origin);
}
