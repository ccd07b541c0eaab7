using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace FactCorpus.Generator
{
    /// <summary>
    /// A per-file step run ahead on all cores. The driver runs a step for one file after another while the compiler's
    /// other cores wait; an output registered over the step's collected inputs, ahead of the outputs that pull the
    /// step, calls <see cref="Run"/>, which does the step for every input it has not seen, in parallel; the step then
    /// <see cref="Take"/>s each result. The inputs are the driver's own: one it kept from an earlier run is the same
    /// object, already seen, so only new inputs are due, and those are exactly what the driver passes the step again.
    /// A result is handed over only for the very input it was made from, so what is generated never depends on
    /// whether it was made ahead.
    /// </summary>
    internal sealed class StepAhead<TInput, TOutput>
        where TInput : class
        where TOutput : class
    {
        /// <summary>Every input seen, by the driver's object: with its result while the step has not taken it.</summary>
        private readonly ConditionalWeakTable<TInput, Slot> seen = new();
        private readonly Func<TInput, TOutput> step;
        private readonly Func<TInput, int> items;
        private readonly int from;

        /// <param name="step">The step itself; it catches what it did not expect (FC0002), so it does not throw.</param>
        /// <param name="items">How many items an input holds: the measure of its work.</param>
        /// <param name="from">The fewest items, over all inputs due, worth starting workers for.</param>
        public StepAhead(Func<TInput, TOutput> step, Func<TInput, int> items, int from)
        {
            this.step = step;
            this.items = items;
            this.from = from;
        }

        /// <returns>How many inputs were due: done here when two or more, of <c>from</c> items or more; else left to the step.</returns>
        public int Run(ImmutableArray<TInput> inputs, CancellationToken cancellationToken)
        {
            var due = new List<TInput>();
            var work = 0L;
            foreach (var input in inputs)
            {
                if (!seen.TryGetValue(input, out _))
                {
                    due.Add(input);
                    work += items(input);
                }
            }

            if (due.Count < 2 || work < from)
            {
                return due.Count;
            }

            Parallel.ForEach(
                due,
                new ParallelOptions { CancellationToken = cancellationToken },
                input =>
                {
                    try
                    {
                        seen.GetValue(input, static _ => new Slot()).Output = step(input);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // Nothing kept: the step does it again and reports what went wrong.
                    }
                });
            return due.Count;
        }

        /// <summary>The result made ahead for this input, or the step's now; either way the input is seen from now on.</summary>
        public TOutput Take(TInput input)
        {
            var slot = seen.GetValue(input, static _ => new Slot());
            var output = slot.Output ?? step(input);
            // The driver keeps the result; kept here too, it would outlive an edit's next run.
            slot.Output = null;
            return output;
        }

        private sealed class Slot
        {
            public TOutput? Output;
        }
    }
}
