using System;
using System.IO;
using System.Text;
using FactCorpus.Generator.Emitting;
using Microsoft.Build.Framework;

namespace FactCorpus.Generator.Tasks
{
    /// <summary>
    /// Writes the data of each given *.facts.yaml file (<see cref="DataWriter"/>) to the file its DataFile metadata
    /// names, for the compiler to embed: the targets pass only the files whose YAML changed since their data was
    /// written. It reports nothing about the YAML itself, which the generator checks and reports in the same build:
    /// one mistake, one error. Only a failure to write (FC0002) is an error here, as the assembly would lack the data.
    /// </summary>
    public sealed class WriteFactCorpusData : FactCorpusTask
    {
        // Files: the fact files to write the data of, each with its DataFile metadata.

        public override bool Execute()
        {
            var written = true;
            foreach (var file in Files)
            {
                var path = file.GetMetadata("FullPath");
                try
                {
                    var dataFile = file.GetMetadata("DataFile");
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dataFile))!);
                    File.WriteAllBytes(dataFile, DataWriter.Write(path, ReadText(path)));
                }
                catch (Exception e)
                {
                    BuildEngine.LogErrorEvent(new BuildErrorEventArgs(
                        "", "FC0002", path, 1, 1, 0, 0,
                        "FactCorpus could not write the data of this file (" + e.GetType().Name + ": " + e.Message + "); please report it with the file.",
                        null, nameof(WriteFactCorpusData)));
                    written = false;
                }
            }

            return written;
        }

        /// <summary>The text as the compiler decodes an additional file: UTF-8, or the encoding its byte-order mark names.</summary>
        private static string ReadText(string path)
        {
            using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
    }
}
