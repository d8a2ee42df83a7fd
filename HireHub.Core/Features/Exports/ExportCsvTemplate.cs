using System.Globalization;
using CsvHelper;

namespace HireHub.Core.Features.Exports;

/// <summary>
/// The CSV template a recruiter downloads on Export to HRIS: one header row naming every column with the form's labels
/// in the person's language, separated as their spreadsheet separates lists (<c>;</c> in Dutch Excel, <c>,</c> in
/// English), with a byte order mark so Excel reads it as UTF-8. The upload reads it back as it is.
/// </summary>
public static class ExportCsvTemplate
{
    public const string FileName = "hirehub-export-template.csv";

    public static async Task WriteAsync(Stream output, CultureInfo culture, CancellationToken ct = default)
    {
        var separator = culture.TextInfo.ListSeparator is [var only] ? only : ',';
        await using var writer = CsvWriter.Create(output, CsvWriterOptions.Default with { Separator = separator, Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);
        await writer.WriteRecordAsync([.. ExportCsvColumns.Aliases.Keys.Select(ExportCsvColumns.Label)], ct);
        await writer.FlushAsync(ct);
    }
}
