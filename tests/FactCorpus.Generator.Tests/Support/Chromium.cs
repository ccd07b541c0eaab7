using PuppeteerSharp;

namespace FactCorpus.Generator.Tests.Support;

/// <summary>
/// The system's Chromium (Debian's `chromium` package, which .ci/run installs when missing) driven by PuppeteerSharp,
/// headless. Never a downloaded browser: when it is missing the test fails and says how to install it.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"Chromium is not installed at {ExecutablePath}: install Debian's package (as root: apt-get update && apt-get install -y chromium), as .ci/run does.");
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = ExecutablePath,
            // Chromium's sandbox cannot start as root (CI containers run as root).
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
    }

    public static string Url(string site, string page) => new Uri(Path.Combine(site, page)).AbsoluteUri;
}
