using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace HumanSecurity.Web.Assets;

/// <summary>Serves the front-end bundle embedded in this assembly (<c>wwwroot/assets</c>, built by esbuild from
/// <c>Client/</c>) at <c>/assets/{file}</c>, with an ETag; a request carrying the file's version (<c>?v=</c>, see
/// <see cref="Url"/>) may be cached for a year. Nothing is loaded from elsewhere.</summary>
public static class AssetFiles
{
    private static readonly FrozenDictionary<string, Asset> Files = Load();

    public static IEndpointRouteBuilder MapAssetFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{file}", Get).WithName("asset").ExcludeFromDescription();
        return app;
    }

    /// <summary>The URL of an asset with its version, e.g. <c>/assets/map.js?v=1a2b3c4d</c>; throws when the build did not
    /// embed it (the npm step did not run).</summary>
    public static string Url(string file) => Files.TryGetValue(file, out var a)
        ? $"/assets/{file}?v={a.Version}"
        : throw new InvalidOperationException($"front-end asset '{file}' is not embedded in HumanSecurity.Web; build the project (its BundleClient target runs npm ci and esbuild)");

    /// <summary>The text of an embedded asset (reports inline the stylesheet).</summary>
    public static string Text(string file) => Files.TryGetValue(file, out var a)
        ? System.Text.Encoding.UTF8.GetString(a.Bytes)
        : throw new InvalidOperationException($"front-end asset '{file}' is not embedded in HumanSecurity.Web");

    private static IResult Get(HttpContext context, string file, string? v)
    {
        if (!Files.TryGetValue(file, out var asset)) return ApiProblems.NotFound($"no asset '{file}' (route parameter 'file')");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue($"\"{asset.Version}\"");
        headers.CacheControl = v == asset.Version
            ? new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365), Extensions = { new NameValueHeaderValue("immutable") } }
            : new CacheControlHeaderValue { NoCache = true };
        var match = context.Request.GetTypedHeaders().IfNoneMatch;
        if (match.Any(m => m.Tag.Value == $"\"{asset.Version}\"")) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(AssetFiles).Assembly;
        var files = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var file = name["assets/".Length..];
            files[file] = new Asset(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12], ContentType(file));
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    private sealed record Asset(byte[] Bytes, string Version, string ContentType);
}
