using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// A minimal LSP client over stdio (Content-Length framed JSON-RPC), enough to drive a real language server
/// through initialize, didOpen, hover, completion and pull diagnostics as an editor would.
/// </summary>
internal sealed class LanguageServerClient : IDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private int nextId;

    public LanguageServerClient(string executable, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var inherited in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(inherited);
        }

        process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        input = process.StandardInput.BaseStream;
        output = process.StandardOutput.BaseStream;
    }

    /// <summary>Settings answered to workspace/configuration, by section ("csharp" → { analyzersEnabled: true }).</summary>
    public Dictionary<string, JsonNode> Settings { get; } = new();

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public JsonNode Initialize(string rootDirectory)
    {
        var root = Uri(rootDirectory);
        var result = Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "test" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["diagnostics"] = new JsonObject() },
                ["textDocument"] = new JsonObject
                {
                    ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                    ["completion"] = new JsonObject(),
                    ["diagnostic"] = new JsonObject(),
                },
            },
        });
        Notify("initialized", new JsonObject());
        return result;
    }

    public void Open(string path) => Notify("textDocument/didOpen", new JsonObject
    {
        ["textDocument"] = new JsonObject
        {
            ["uri"] = Uri(path),
            ["languageId"] = "csharp",
            ["version"] = 1,
            ["text"] = File.ReadAllText(path),
        },
    });

    public JsonNode Request(string method, JsonNode parameters, TimeSpan? timeout = null)
    {
        var id = ++nextId;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        while (DateTime.UtcNow < deadline)
        {
            var message = Receive() ?? throw new InvalidOperationException($"the server exited while answering {method}");
            if (message["method"] is { } serverMethod && message["id"] is { } requestId)
            {
                Answer(requestId, serverMethod.GetValue<string>(), message["params"]);
            }
            else if (message["method"] is null && message["id"]?.GetValue<int>() == id)
            {
                return message["error"] is { } error
                    ? throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}")
                    : message["result"] ?? new JsonObject();
            }
        }

        throw new TimeoutException($"no answer to {method}");
    }

    public void Notify(string method, JsonNode parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Dispose()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        process.Dispose();
    }

    private void Answer(JsonNode id, string method, JsonNode? parameters)
    {
        JsonNode? result = null;
        if (method == "workspace/configuration")
        {
            var items = new JsonArray();
            foreach (var item in parameters?["items"]?.AsArray() ?? [])
            {
                var section = item?["section"]?.GetValue<string>() ?? "";
                items.Add(Settings.TryGetValue(section, out var value) ? value.DeepClone() : null);
            }

            result = items;
        }

        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
    }

    private void Send(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        input.Write(header);
        input.Write(body);
        input.Flush();
    }

    private JsonNode? Receive()
    {
        var length = -1;
        while (true)
        {
            var line = ReadHeaderLine();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        output.ReadExactly(body);
        return JsonNode.Parse(body);
    }

    private string? ReadHeaderLine()
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = output.ReadByte();
            if (b < 0)
            {
                return null;
            }

            if (b == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add((byte)b);
        }
    }
}
