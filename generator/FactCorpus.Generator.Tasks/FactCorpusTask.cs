using System;
using Microsoft.Build.Framework;

namespace FactCorpus.Generator.Tasks
{
    /// <summary>What the package's tasks share: MSBuild's task plumbing and the files the targets hand them.</summary>
    public abstract class FactCorpusTask : ITask
    {
        public IBuildEngine BuildEngine { get; set; } = null!;

        public ITaskHost? HostObject { get; set; }

        /// <summary>The files to work on, as the targets describe them (see each task).</summary>
        [Required]
        public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

        public abstract bool Execute();
    }
}
