using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Reading;
using FactCorpus.Shared;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// The data of one *.facts.yaml file as the resource the package's build targets embed in the corpus's assembly
    /// (FactCorpus.Model.Encoded.FileResource reads it), written outside the compiler from the file alone: a build
    /// compiles only the members, not the data, and a YAML edit rewrites one file's data. Layout: the header's length
    /// in UTF-8 bytes (4 bytes, little-endian), the header (ItemData tokens: <see cref="DataFormat.Version"/>, the
    /// text's hash (<see cref="FactFileReader.TextHash"/>) as 16 hex digits, which the generated code holds too, the number of kinds, and for each kind its number, its item count and its part
    /// count, then for each part its first id and its length in bytes), then each part's data in UTF-8 (which holds
    /// any text the reader accepts: it refuses half a surrogate pair, FC0001).
    /// </summary>
    internal static class DataWriter
    {
        /// <summary>The resource of the file at <paramref name="path"/>, read from <paramref name="text"/>.</summary>
        public static byte[] Write(string path, string text) => Write(FactFileReader.Read(path, text));

        public static byte[] Write(FactFile file)
        {
            var kinds = new FileData().Kinds(file.Items);
            var parts = kinds.SelectMany(kind => kind.Parts).Select(Encoding.UTF8.GetBytes).ToList();
            var next = 0;
            var header = Encoding.UTF8.GetBytes(ItemData.OfThread().Tokens(d =>
            {
                d.Text(DataFormat.Version).Text(file.TextHash.ToString("x16", CultureInfo.InvariantCulture)).Int(kinds.Count);
                foreach (var kind in kinds)
                {
                    d.Int(ItemKinds.All.IndexOf(kind.Section)).Int(kind.Count).Int(kind.Parts.Count);
                    foreach (var firstId in kind.FirstIds)
                    {
                        d.Text(firstId).Int(parts[next++].Length);
                    }
                }
            }));

            using var resource = new MemoryStream();
            resource.Write(new[] { (byte)header.Length, (byte)(header.Length >> 8), (byte)(header.Length >> 16), (byte)(header.Length >> 24) }, 0, 4);
            resource.Write(header, 0, header.Length);
            foreach (var bytes in parts)
            {
                resource.Write(bytes, 0, bytes.Length);
            }

            return resource.ToArray();
        }
    }
}
