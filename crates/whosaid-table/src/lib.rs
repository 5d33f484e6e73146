//! whosaid-table: the quotes, speakers and articles tables as Arrow record batches, and
//! the writers that put them into Parquet, CSV or JSON Lines files.
//!
//! The rows are [`whosaid_store::export`]'s ([`QuoteRow`], [`SpeakerRow`], [`ArticleRow`]),
//! built from analyzed articles or streamed from a store; a [`Row`] knows its Arrow
//! [`Schema`] and turns a slice of rows into one [`RecordBatch`]. [`Writer`] takes rows one
//! at a time and writes them in batches of [`BATCH_ROWS`] (Parquet: row groups of
//! [`ROW_GROUP_ROWS`], Snappy), so an export holds one batch and one row group in memory
//! whatever the corpus size. The Python package hands the same batches to pyarrow.
//!
//! The schemas (every string is UTF-8, `?` = nullable):
//!
//! | table | columns |
//! |---|---|
//! | quotes | `article_id`, `url?`, `outlet`, `published?`, `date?`, `quote_id`, `type`, `class`, `text`, `start` (int64), `end` (int64), `cue?`, `confidence` (float64), `speaker_id?`, `name?`, `kind?`, `gender?`, `gender_evidence?`, `roles` (list of struct `title`, `organization?`) |
//! | speakers | `article_id`, `url?`, `outlet`, `published?`, `date?`, `speaker_id`, `name`, `person_key`, `kind`, `gender`, `gender_evidence`, `roles` (as above), `quotes` (int64) |
//! | articles | `article_id`, `url?`, `outlet`, `published?`, `date?`, `headline?`, `byline?`, `quotes`, `speakers`, `people`, `women`, `men`, `unknown` (int64) |

use arrow_array::builder::{ListBuilder, StringBuilder, StructBuilder};
use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{ArrowError, DataType, Field, Fields, Schema, SchemaRef};
use serde::Serialize;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
pub use whosaid_store::export::{ArticleRow, QuoteRow, RoleRow, SpeakerRow};

/// Rows per record batch a [`Writer`] builds (and the Python package hands over).
pub const BATCH_ROWS: usize = 8192;
/// Rows per Parquet row group: bounds what the Parquet writer keeps in memory.
pub const ROW_GROUP_ROWS: usize = 128 * 1024;

/// What can go wrong building or writing a table.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    /// Arrow refused the columns (a bug if it happens).
    #[error("arrow: {0}")]
    Arrow(#[from] ArrowError),
    /// The Parquet writer failed.
    #[error("{path}: parquet: {source}")]
    Parquet {
        /// The output file.
        path: String,
        /// The writer's error.
        source: parquet::errors::ParquetError,
    },
    /// Writing the output file failed.
    #[error("{path}: {source}")]
    Io {
        /// The output file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// A row could not be turned into JSON (a bug if it happens).
    #[error("{path}: {source}")]
    Json {
        /// The output file.
        path: String,
        /// The serializer's error.
        source: serde_json::Error,
    },
}

/// Result with [`TableError`].
pub type Result<T, E = TableError> = std::result::Result<T, E>;

/// A table row: its schema, and a batch of rows as Arrow columns.
pub trait Row: Serialize + Sized {
    /// The table's name: "quotes", "speakers" or "articles".
    const NAME: &'static str;
    /// The Arrow schema of the table.
    fn schema() -> SchemaRef;
    /// The rows as one record batch of [`Row::schema`].
    fn batch(rows: &[Self]) -> Result<RecordBatch>;
}

fn utf8(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Utf8, nullable)
}

fn int64(name: &str) -> Field {
    Field::new(name, DataType::Int64, false)
}

fn role_fields() -> Fields {
    Fields::from(vec![utf8("title", false), utf8("organization", true)])
}

/// `roles`: a list of `{title, organization}` structs.
fn roles_field() -> Field {
    Field::new("roles", DataType::List(Arc::new(Field::new("item", DataType::Struct(role_fields()), true))), false)
}

/// The five article columns every table starts with.
fn article_fields() -> Vec<Field> {
    vec![utf8("article_id", false), utf8("url", true), utf8("outlet", false), utf8("published", true), utf8("date", true)]
}

fn strings<'a>(v: impl Iterator<Item = &'a str>) -> ArrayRef {
    Arc::new(StringArray::from_iter_values(v))
}

fn opt_strings<'a>(v: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(StringArray::from_iter(v))
}

fn ints(v: impl Iterator<Item = i64>) -> ArrayRef {
    Arc::new(Int64Array::from_iter_values(v))
}

fn roles_column<'a>(rows: impl Iterator<Item = &'a [RoleRow]>) -> Result<ArrayRef> {
    let values = StructBuilder::new(role_fields(), vec![Box::new(StringBuilder::new()), Box::new(StringBuilder::new())]);
    let mut list = ListBuilder::new(values).with_field(Arc::new(Field::new("item", DataType::Struct(role_fields()), true)));
    for roles in rows {
        let s = list.values();
        for r in roles {
            if let Some(b) = s.field_builder::<StringBuilder>(0) {
                b.append_value(&r.title);
            }
            if let Some(b) = s.field_builder::<StringBuilder>(1) {
                b.append_option(r.organization.as_deref());
            }
            s.append(true);
        }
        list.append(true);
    }
    Ok(Arc::new(list.finish()))
}

/// The five article columns of any row type.
macro_rules! article_columns {
    ($rows:expr) => {
        vec![
            strings($rows.iter().map(|r| r.article_id.as_str())),
            opt_strings($rows.iter().map(|r| r.url.as_deref())),
            strings($rows.iter().map(|r| r.outlet.as_str())),
            opt_strings($rows.iter().map(|r| r.published.as_deref())),
            opt_strings($rows.iter().map(|r| r.date.as_deref())),
        ]
    };
}

impl Row for QuoteRow {
    const NAME: &'static str = "quotes";

    fn schema() -> SchemaRef {
        let mut f = article_fields();
        f.extend([
            utf8("quote_id", false),
            utf8("type", false),
            utf8("class", false),
            utf8("text", false),
            int64("start"),
            int64("end"),
            utf8("cue", true),
            Field::new("confidence", DataType::Float64, false),
            utf8("speaker_id", true),
            utf8("name", true),
            utf8("kind", true),
            utf8("gender", true),
            utf8("gender_evidence", true),
            roles_field(),
        ]);
        Arc::new(Schema::new(f))
    }

    fn batch(rows: &[Self]) -> Result<RecordBatch> {
        let mut c = article_columns!(rows);
        c.extend([
            strings(rows.iter().map(|r| r.quote_id.as_str())),
            strings(rows.iter().map(|r| r.kind.as_str())),
            strings(rows.iter().map(|r| r.class.as_str())),
            strings(rows.iter().map(|r| r.text.as_str())),
            ints(rows.iter().map(|r| r.start)),
            ints(rows.iter().map(|r| r.end)),
            opt_strings(rows.iter().map(|r| r.cue.as_deref())),
            Arc::new(Float64Array::from_iter_values(rows.iter().map(|r| r.confidence))) as ArrayRef,
            opt_strings(rows.iter().map(|r| r.speaker_id.as_deref())),
            opt_strings(rows.iter().map(|r| r.name.as_deref())),
            opt_strings(rows.iter().map(|r| r.kind_of_speaker.as_deref())),
            opt_strings(rows.iter().map(|r| r.gender.as_deref())),
            opt_strings(rows.iter().map(|r| r.gender_evidence.as_deref())),
            roles_column(rows.iter().map(|r| r.roles.as_slice()))?,
        ]);
        Ok(RecordBatch::try_new(Self::schema(), c)?)
    }
}

impl Row for SpeakerRow {
    const NAME: &'static str = "speakers";

    fn schema() -> SchemaRef {
        let mut f = article_fields();
        f.extend([
            utf8("speaker_id", false),
            utf8("name", false),
            utf8("person_key", false),
            utf8("kind", false),
            utf8("gender", false),
            utf8("gender_evidence", false),
            roles_field(),
            int64("quotes"),
        ]);
        Arc::new(Schema::new(f))
    }

    fn batch(rows: &[Self]) -> Result<RecordBatch> {
        let mut c = article_columns!(rows);
        c.extend([
            strings(rows.iter().map(|r| r.speaker_id.as_str())),
            strings(rows.iter().map(|r| r.name.as_str())),
            strings(rows.iter().map(|r| r.person_key.as_str())),
            strings(rows.iter().map(|r| r.kind.as_str())),
            strings(rows.iter().map(|r| r.gender.as_str())),
            strings(rows.iter().map(|r| r.gender_evidence.as_str())),
            roles_column(rows.iter().map(|r| r.roles.as_slice()))?,
            ints(rows.iter().map(|r| r.quotes)),
        ]);
        Ok(RecordBatch::try_new(Self::schema(), c)?)
    }
}

impl Row for ArticleRow {
    const NAME: &'static str = "articles";

    fn schema() -> SchemaRef {
        let mut f = article_fields();
        f.extend([utf8("headline", true), utf8("byline", true)]);
        f.extend(["quotes", "speakers", "people", "women", "men", "unknown"].map(int64));
        Arc::new(Schema::new(f))
    }

    fn batch(rows: &[Self]) -> Result<RecordBatch> {
        let mut c = article_columns!(rows);
        c.extend([
            opt_strings(rows.iter().map(|r| r.headline.as_deref())),
            opt_strings(rows.iter().map(|r| r.byline.as_deref())),
            ints(rows.iter().map(|r| r.quotes)),
            ints(rows.iter().map(|r| r.speakers)),
            ints(rows.iter().map(|r| r.people)),
            ints(rows.iter().map(|r| r.women)),
            ints(rows.iter().map(|r| r.men)),
            ints(rows.iter().map(|r| r.unknown)),
        ]);
        Ok(RecordBatch::try_new(Self::schema(), c)?)
    }
}

/// An output file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Apache Parquet, Snappy-compressed, the Arrow schema of the table.
    Parquet,
    /// CSV with a header row; `roles` as a JSON array, absent values as empty cells.
    Csv,
    /// One JSON object per row, keys in schema order.
    Jsonl,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "parquet" => Ok(Format::Parquet),
            "csv" => Ok(Format::Csv),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            _ => Err(format!("unknown format {s:?}: give parquet, csv or jsonl")),
        }
    }
}

/// Where the bytes go: the temporary file, or standard output for `-`.
enum Target {
    File(File),
    Stdout(std::io::Stdout),
}

impl Write for Target {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Target::File(f) => f.write(buf),
            Target::Stdout(o) => o.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Target::File(f) => f.flush(),
            Target::Stdout(o) => o.flush(),
        }
    }
}

enum Sink {
    Parquet(Box<parquet::arrow::ArrowWriter<BufWriter<Target>>>),
    Text(BufWriter<Target>),
}

/// Writes rows of one table into a file, a batch at a time.
///
/// The rows go to a temporary file beside `path` (`.NAME.PID.tmp`), renamed to `path` by
/// [`Writer::finish`]; a writer dropped before that (an error on the way) removes it, so a
/// half-written export never takes the name. The path `-` is standard output.
pub struct Writer<R: Row> {
    sink: Option<Sink>,
    format: Format,
    pending: Vec<R>,
    rows: u64,
    path: PathBuf,
    /// The temporary file; None for standard output.
    tmp: Option<PathBuf>,
}

/// Whether `path` means standard output (`-`).
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

impl<R: Row> Writer<R> {
    /// Creates the temporary file and, for CSV, writes the header.
    pub fn create(path: &Path, format: Format) -> Result<Self> {
        let shown = path.display().to_string();
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "export".into());
        let (target, tmp) = if is_stdout(path) {
            (Target::Stdout(std::io::stdout()), None)
        } else {
            let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
            let file = File::create(&tmp).map_err(|source| TableError::Io { path: tmp.display().to_string(), source })?;
            (Target::File(file), Some(tmp))
        };
        let out = BufWriter::with_capacity(1 << 20, target);
        let sink = match format {
            Format::Parquet => {
                let props = parquet::file::properties::WriterProperties::builder()
                    .set_compression(parquet::basic::Compression::SNAPPY)
                    .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
                    .build();
                let w = parquet::arrow::ArrowWriter::try_new(out, R::schema(), Some(props))
                    .map_err(|source| TableError::Parquet { path: shown.clone(), source })?;
                Sink::Parquet(Box::new(w))
            }
            Format::Csv | Format::Jsonl => Sink::Text(out),
        };
        let mut w = Writer { sink: Some(sink), format, pending: Vec::new(), rows: 0, path: path.to_path_buf(), tmp };
        if format == Format::Csv {
            let header: Vec<String> = R::schema().fields().iter().map(|f| csv_cell(f.name())).collect();
            let line = header.join(",") + "\n";
            w.text_out(line.as_bytes())?;
        }
        Ok(w)
    }

    fn io(&self, source: std::io::Error) -> TableError {
        TableError::Io { path: self.path.display().to_string(), source }
    }

    fn text_out(&mut self, bytes: &[u8]) -> Result<()> {
        if let Some(Sink::Text(out)) = self.sink.as_mut() {
            if let Err(e) = out.write_all(bytes) {
                return Err(self.io(e));
            }
        }
        Ok(())
    }

    /// Adds one row.
    pub fn push(&mut self, row: R) -> Result<()> {
        self.rows += 1;
        match self.format {
            Format::Parquet => {
                self.pending.push(row);
                if self.pending.len() >= BATCH_ROWS {
                    self.flush_batch()?;
                }
                Ok(())
            }
            Format::Jsonl => {
                let mut line = serde_json::to_vec(&row).map_err(|source| TableError::Json { path: self.path.display().to_string(), source })?;
                line.push(b'\n');
                self.text_out(&line)
            }
            Format::Csv => {
                let v = serde_json::to_value(&row).map_err(|source| TableError::Json { path: self.path.display().to_string(), source })?;
                let cells: Vec<String> = R::schema()
                    .fields()
                    .iter()
                    .map(|f| match v.get(f.name()) {
                        None | Some(serde_json::Value::Null) => String::new(),
                        Some(serde_json::Value::String(s)) => csv_cell(s),
                        Some(other) => csv_cell(&other.to_string()),
                    })
                    .collect();
                let line = cells.join(",") + "\n";
                self.text_out(line.as_bytes())
            }
        }
    }

    fn flush_batch(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = R::batch(&self.pending)?;
        self.pending.clear();
        if let Some(Sink::Parquet(w)) = self.sink.as_mut() {
            w.write(&batch).map_err(|source| TableError::Parquet { path: self.path.display().to_string(), source })?;
        }
        Ok(())
    }

    /// Writes what is pending, closes the file and gives it its name; returns the rows written.
    pub fn finish(mut self) -> Result<u64> {
        self.flush_batch()?;
        let shown = self.path.display().to_string();
        let file = match self.sink.take() {
            Some(Sink::Parquet(w)) => w.into_inner().map_err(|source| TableError::Parquet { path: shown.clone(), source })?,
            Some(Sink::Text(out)) => out,
            None => return Ok(self.rows),
        };
        let target = file.into_inner().map_err(|e| self.io(e.into_error()))?;
        match (target, &self.tmp) {
            (Target::File(file), Some(tmp)) => {
                file.sync_all().map_err(|e| self.io(e))?;
                drop(file);
                std::fs::rename(tmp, &self.path).map_err(|e| self.io(e))?;
            }
            (mut other, _) => other.flush().map_err(|e| self.io(e))?,
        }
        Ok(self.rows)
    }
}

impl<R: Row> Drop for Writer<R> {
    fn drop(&mut self) {
        if self.sink.is_some() {
            self.sink = None;
            if let Some(tmp) = &self.tmp {
                let _ = std::fs::remove_file(tmp);
            }
        }
    }
}

/// One CSV cell: quoted when it holds a comma, quote, CR or LF (quotes doubled).
fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Record batches of at most [`BATCH_ROWS`] rows each (one empty batch for no rows, so
/// the schema still travels).
pub fn batches<R: Row>(rows: &[R]) -> Result<Vec<RecordBatch>> {
    if rows.is_empty() {
        return Ok(vec![R::batch(rows)?]);
    }
    rows.chunks(BATCH_ROWS).map(R::batch).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_when_needed() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn batches_follow_the_schemas() {
        let a = whosaid::Analyzer::new().analyze(&whosaid::Document::plain(
            "t_2020-01-02",
            "\"We will win,\" said Mary Smith, the mayor of Springfield.\n\nHe said the plan was fine, John Brown said.",
        ));
        let q = QuoteRow::of_article(&a);
        assert!(!q.is_empty());
        let b = QuoteRow::batch(&q).expect("quotes batch");
        assert_eq!(b.num_rows(), q.len());
        assert_eq!(b.schema(), QuoteRow::schema());
        let s = SpeakerRow::of_article(&a);
        assert_eq!(SpeakerRow::batch(&s).expect("speakers batch").num_rows(), s.len());
        let r = [ArticleRow::of_article(&a)];
        assert_eq!(ArticleRow::batch(&r).expect("articles batch").num_rows(), 1);
        assert_eq!(batches::<QuoteRow>(&[]).expect("empty").len(), 1);
    }
}
