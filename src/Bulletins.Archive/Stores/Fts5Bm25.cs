using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Bulletins.Archive.Stores;

/// <summary>
/// FTS5's bm25 (k1 1.2, b 0.75, each column weighed), registered on a SQLite connection as the
/// auxiliary function <c>archive_bm25(articles_fts, w_title, w_body, hits_1, ..., hits_n)</c>, which
/// takes each phrase's article count as an argument instead of counting it. FTS5's own <c>bm25()</c>
/// first counts, for every query, every article of the archive holding each phrase (at a million
/// articles 8 to 37 ms of CPU, most of a phrase's first page; docs/archive.md, "Sixth round");
/// the formula, the weights, the archive's average length and its row count are FTS5's, read
/// through the same extension API (sqlite.org/fts5.html, "Custom Auxiliary Functions").
/// The API is reached as that page says: <c>SELECT fts5(?1)</c> with a pointer bound to ?1.
/// </summary>
internal static unsafe class Fts5Bm25
{
    public const string FunctionName = "archive_bm25";

    private const double K1 = 1.2;
    private const double B = 0.75;

    // Fts5ExtensionApi: an int version, then function pointers in this order (fts5.h; later versions only append).
    private const int XRowCount = 3, XColumnTotalSize = 4, XPhraseCount = 6, XInstCount = 8, XInst = 9, XColumnSize = 12;

    // Once per native connection: the pool hands the same handle out again, and FTS5 keeps every registration.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Registered = new();
    private static readonly Lazy<Native> Sqlite = new(Native.Load);

    /// <summary>Registers the function on the connection's database handle, once per handle.</summary>
    public static void Register(SqliteConnection connection)
    {
        var handle = connection.Handle!;
        if (Registered.TryGetValue(handle, out _)) return;
        var native = Sqlite.Value;
        IntPtr db = handle.DangerousGetHandle();
        IntPtr api = IntPtr.Zero;
        IntPtr statement;
        var sql = "SELECT fts5(?1)"u8;
        fixed (byte* text = sql)
        {
            if (native.Prepare(db, text, sql.Length, &statement, null) != 0) throw new InvalidOperationException("SQLite has no FTS5 API (SELECT fts5(?1) did not compile).");
        }
        fixed (byte* type = "fts5_api_ptr\0"u8)
        {
            native.BindPointer(statement, 1, &api, type, IntPtr.Zero);
            native.Step(statement);
        }
        native.Finalize(statement);
        // fts5_api: int iVersion, then xCreateTokenizer, xFindTokenizer, xCreateFunction.
        if (api == IntPtr.Zero || *(int*)api < 2) throw new InvalidOperationException("SQLite's FTS5 API is missing or older than version 2.");
        var createFunction = (delegate* unmanaged[Cdecl]<IntPtr, byte*, IntPtr, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int, IntPtr*, void>, IntPtr, int>)((IntPtr*)api)[3];
        int rc;
        fixed (byte* name = "archive_bm25\0"u8)
        {
            rc = createFunction(api, name, IntPtr.Zero, &Rank, IntPtr.Zero);
        }
        if (rc != 0) throw new InvalidOperationException($"FTS5 did not register {FunctionName} (SQLite error {rc}).");
        Registered.AddOrUpdate(handle, Sqlite);
    }

    /// <summary>
    /// FTS5's bm25 of the current row: <c>apVal</c> is each column's weight, then each phrase's article count.
    /// The IDF is FTS5's, log((N - hits + 0.5) / (hits + 0.5)), at least 1e-6.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(IntPtr api, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        var native = Sqlite.Value;
        var functions = (IntPtr*)api;
        var phraseCount = (delegate* unmanaged[Cdecl]<IntPtr, int>)functions[XPhraseCount];
        var rowCount = (delegate* unmanaged[Cdecl]<IntPtr, long*, int>)functions[XRowCount];
        var columnTotalSize = (delegate* unmanaged[Cdecl]<IntPtr, int, long*, int>)functions[XColumnTotalSize];
        var instCount = (delegate* unmanaged[Cdecl]<IntPtr, int*, int>)functions[XInstCount];
        var inst = (delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int>)functions[XInst];
        var columnSize = (delegate* unmanaged[Cdecl]<IntPtr, int, int*, int>)functions[XColumnSize];

        const int Columns = 2;
        int phrases = phraseCount(fts);
        if (count != Columns + phrases || phrases > 64)
        {
            Error(native, context, "archive_bm25: expected the two column weights and one article count per phrase"u8);
            return;
        }
        long rows = 0, tokens = 0;
        int instances = 0, length = 0;
        if (rowCount(fts, &rows) != 0 || columnTotalSize(fts, -1, &tokens) != 0 || instCount(fts, &instances) != 0 || columnSize(fts, -1, &length) != 0)
        {
            Error(native, context, "archive_bm25: FTS5 could not give the row's statistics"u8);
            return;
        }
        double* weight = stackalloc double[Columns];
        for (int c = 0; c < Columns; c++) weight[c] = native.ValueDouble(values[c]);
        double* frequency = stackalloc double[phrases];
        for (int i = 0; i < phrases; i++) frequency[i] = 0;
        for (int i = 0; i < instances; i++)
        {
            int phrase, column, offset;
            if (inst(fts, i, &phrase, &column, &offset) != 0 || phrase >= phrases || column >= Columns) continue;
            frequency[phrase] += weight[column];
        }
        double average = rows == 0 ? 1 : (double)tokens / rows;
        double score = 0;
        for (int i = 0; i < phrases; i++)
        {
            double hits = native.ValueDouble(values[Columns + i]);
            double idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
            if (idf <= 0) idf = 1e-6;
            score += idf * (frequency[i] * (K1 + 1)) / (frequency[i] + K1 * (1 - B + B * length / average));
        }
        native.ResultDouble(context, -score);
    }

    private static void Error(Native native, IntPtr context, ReadOnlySpan<byte> message)
    {
        fixed (byte* text = message) native.ResultError(context, text, message.Length);
    }

    /// <summary>The few entry points of SQLite's native library that SQLitePCLRaw does not expose (bind_pointer) or that a callback needs.</summary>
    private sealed class Native
    {
        public delegate* unmanaged[Cdecl]<IntPtr, byte*, int, IntPtr*, byte**, int> Prepare;
        public delegate* unmanaged[Cdecl]<IntPtr, int, void*, byte*, IntPtr, int> BindPointer;
        public delegate* unmanaged[Cdecl]<IntPtr, int> Step;
        public delegate* unmanaged[Cdecl]<IntPtr, int> Finalize;
        public delegate* unmanaged[Cdecl]<IntPtr, double> ValueDouble;
        public delegate* unmanaged[Cdecl]<IntPtr, double, void> ResultDouble;
        public delegate* unmanaged[Cdecl]<IntPtr, byte*, int, void> ResultError;

        public static Native Load()
        {
            // The library SQLitePCLRaw's provider loaded, through its resolver (the module sets one for pwsh).
            var library = NativeLibrary.Load("e_sqlite3", typeof(SQLitePCL.SQLite3Provider_e_sqlite3).Assembly, null);
            return new Native
            {
                Prepare = (delegate* unmanaged[Cdecl]<IntPtr, byte*, int, IntPtr*, byte**, int>)NativeLibrary.GetExport(library, "sqlite3_prepare_v2"),
                BindPointer = (delegate* unmanaged[Cdecl]<IntPtr, int, void*, byte*, IntPtr, int>)NativeLibrary.GetExport(library, "sqlite3_bind_pointer"),
                Step = (delegate* unmanaged[Cdecl]<IntPtr, int>)NativeLibrary.GetExport(library, "sqlite3_step"),
                Finalize = (delegate* unmanaged[Cdecl]<IntPtr, int>)NativeLibrary.GetExport(library, "sqlite3_finalize"),
                ValueDouble = (delegate* unmanaged[Cdecl]<IntPtr, double>)NativeLibrary.GetExport(library, "sqlite3_value_double"),
                ResultDouble = (delegate* unmanaged[Cdecl]<IntPtr, double, void>)NativeLibrary.GetExport(library, "sqlite3_result_double"),
                ResultError = (delegate* unmanaged[Cdecl]<IntPtr, byte*, int, void>)NativeLibrary.GetExport(library, "sqlite3_result_error"),
            };
        }
    }
}
