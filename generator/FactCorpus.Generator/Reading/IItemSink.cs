namespace FactCorpus.Generator.Reading
{
    /// <summary>Takes the entries of top-level lists from <see cref="YamlTreeReader"/> as they are read, so no file's tree is ever whole.</summary>
    internal interface IItemSink
    {
        /// <summary>
        /// Whether the entries of the value of top-level <paramref name="key"/> go to <see cref="Item"/>; asked for
        /// every top-level key in order, <paramref name="isList"/> when its value is a list that can be streamed.
        /// </summary>
        bool Streams(string key, bool isList);

        /// <summary>
        /// One entry of a streamed list, at <paramref name="index"/> in it. <paramref name="cut"/> when it is the last
        /// entry read before the YAML broke off: it may have been closed at the break (a line indented too little
        /// ends it there), so it is taken as cut even when it looks whole. (An entry the break fell inside is not
        /// handed over: it stays in the tree, the only entry of its list.) <paramref name="shared"/> when the entry
        /// has an anchor or is an alias: the same node may be the one cut short, later in the file.
        /// </summary>
        void Item(string key, int index, YamlNode node, bool cut, bool shared);
    }
}
