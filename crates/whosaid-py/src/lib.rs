//! `whosaid._native`: the Python bindings (PyO3, abi3 for CPython >= 3.9).
//!
//! Records are made exactly as `whosaid analyze` makes them: an input becomes a
//! [`whosaid::Document`] through [`whosaid_ingest::jsonl::document`] (the JSON Lines
//! reader's own path), [`whosaid::Analyzer`] analyzes it, and the record is written by
//! [`whosaid::json::write_article`] (the CLI's writer), then read by Python's `json.loads`,
//! so a dict equals the CLI's JSON.
//! Batches run on threads with the GIL released. Tables are [`whosaid_table`]'s record
//! batches, handed to pyarrow through the Arrow C stream interface (a PyCapsule named
//! `arrow_array_stream`, [`ArrowStream`]); Arrow input (Spark's batches) comes as Arrow
//! IPC stream bytes. The Python package (`python/whosaid/__init__.py`) wraps this module.
//! [`people`] gives the Spark helpers the corpus-wide people of `whosaid stats`.

use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{Array, RecordBatch, RecordBatchIterator, RecordBatchReader, StringArray};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict, PyList, PyString};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use whosaid::Article;
use whosaid_ingest::jsonl::Fields;
use whosaid_table::{ArticleRow, QuoteRow, Row, SpeakerRow};

mod people;

/// Which table to build.
#[derive(Clone, Copy)]
enum Table {
    Quotes,
    Speakers,
    Articles,
    /// One row per article for the corpus-wide statistics ([`people`]).
    People,
}

impl Table {
    fn parse(s: &str) -> PyResult<Table> {
        match s {
            "quotes" => Ok(Table::Quotes),
            "speakers" => Ok(Table::Speakers),
            "articles" => Ok(Table::Articles),
            "people" => Ok(Table::People),
            _ => Err(PyValueError::new_err(format!("table {s:?}: give \"quotes\", \"speakers\", \"articles\" or \"people\""))),
        }
    }

    /// The record batches of `articles` for this table.
    fn batches(self, articles: &[Article]) -> PyResult<(arrow_schema::SchemaRef, Vec<RecordBatch>)> {
        fn build<R: Row>(rows: Vec<R>) -> PyResult<(arrow_schema::SchemaRef, Vec<RecordBatch>)> {
            let b = whosaid_table::batches(&rows).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
            Ok((R::schema(), b))
        }
        match self {
            Table::Quotes => build(articles.iter().flat_map(QuoteRow::of_article).collect()),
            Table::Speakers => build(articles.iter().flat_map(SpeakerRow::of_article).collect()),
            Table::Articles => build(articles.iter().map(ArticleRow::of_article).collect()),
            Table::People => {
                let mut out = Vec::new();
                for chunk in articles.chunks(whosaid_table::BATCH_ROWS) {
                    out.push(people::batch(chunk).map_err(|e| PyRuntimeError::new_err(e.to_string()))?);
                }
                Ok((people::schema(), out))
            }
        }
    }
}

/// An Arrow C stream of record batches, consumed once through `__arrow_c_stream__`
/// (`pyarrow.table(stream)`, `pyarrow.RecordBatchReader.from_stream(stream)`, polars, DuckDB).
#[pyclass(frozen, module = "whosaid._native")]
struct ArrowStream {
    stream: Mutex<Option<FFI_ArrowArrayStream>>,
}

#[pymethods]
impl ArrowStream {
    /// The Arrow PyCapsule stream protocol; `requested_schema` is not supported (the schema is fixed).
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(&self, py: Python<'py>, requested_schema: Option<Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let s = self.stream.lock().ok().and_then(|mut g| g.take()).ok_or_else(|| PyValueError::new_err("this Arrow stream was already consumed"))?;
        PyCapsule::new_with_value(py, s, c"arrow_array_stream")
    }
}

fn stream_of(schema: arrow_schema::SchemaRef, batches: Vec<RecordBatch>) -> ArrowStream {
    let reader: Box<dyn RecordBatchReader + Send> = Box::new(RecordBatchIterator::new(batches.into_iter().map(Ok), schema));
    ArrowStream { stream: Mutex::new(Some(FFI_ArrowArrayStream::new(reader))) }
}

/// The value of `key` in a dict item: absent or None -> None, a str -> it, else TypeError.
fn opt_str(d: &Bound<'_, PyDict>, key: &str, index: usize) -> PyResult<Option<String>> {
    match d.get_item(key)? {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Ok(Some(s.to_cow()?.into_owned())),
            Err(_) => Err(PyTypeError::new_err(format!(
                "item {index}: {key:?} must be a str or None, not {}",
                v.get_type().name().map(|n| n.to_string()).unwrap_or_default()
            ))),
        },
    }
}

/// One input: a str (plain text, id = its position) or a dict of the JSON Lines fields.
fn fields_of(obj: &Bound<'_, PyAny>, index: usize) -> PyResult<Fields> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Fields { id: index.to_string(), text: Some(s.to_cow()?.into_owned()), ..Fields::default() });
    }
    let Ok(d) = obj.cast::<PyDict>() else {
        let t = obj.get_type().name().map(|n| n.to_string()).unwrap_or_default();
        return Err(PyTypeError::new_err(format!("item {index}: expected a str or a dict with \"text\" or \"html\", not {t}")));
    };
    let id = match d.get_item("id")? {
        None => index.to_string(),
        Some(v) if v.is_none() => index.to_string(),
        Some(v) => {
            if let Ok(s) = v.cast::<PyString>() {
                s.to_cow()?.into_owned()
            } else if let Ok(n) = v.extract::<i64>() {
                n.to_string()
            } else {
                return Err(PyTypeError::new_err(format!("item {index}: \"id\" must be a str or an int")));
            }
        }
    };
    let f = Fields {
        id,
        text: opt_str(d, "text", index)?,
        html: opt_str(d, "html", index)?,
        url: opt_str(d, "url", index)?,
        published: opt_str(d, "published", index)?.or(opt_str(d, "date", index)?),
        title: opt_str(d, "title", index)?.or(opt_str(d, "headline", index)?),
        site_name: opt_str(d, "site_name", index)?.or(opt_str(d, "source", index)?),
    };
    if f.text.is_none() && f.html.is_none() {
        return Err(PyValueError::new_err(format!("item {index}: a dict needs \"text\" or \"html\"")));
    }
    Ok(f)
}

fn items_of(items: &Bound<'_, PyAny>) -> PyResult<Vec<Fields>> {
    if items.is_instance_of::<PyString>() || items.is_instance_of::<PyDict>() {
        return Err(PyTypeError::new_err("items must be an iterable of str or dict (a list, not a single str or dict)"));
    }
    let it = items.try_iter().map_err(|_| PyTypeError::new_err("items must be an iterable of str or dict"))?;
    let mut out = Vec::new();
    for (i, x) in it.enumerate() {
        out.push(fields_of(&x?, i)?);
    }
    Ok(out)
}

fn threads_of(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n.min(256)),
        None => Ok(std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)),
    }
}

/// Analyzes one input; the error names the input.
fn analyze_one(an: &whosaid::Analyzer, f: &Fields) -> Result<Article, String> {
    let shown = format!("item {:?}", f.id);
    whosaid_ingest::jsonl::document(f.clone(), &shown).map(|d| an.analyze(&d)).map_err(|e| e.to_string())
}

/// `work` on every input on `threads` threads, results in input order (call without the GIL).
fn parallel<I: Sync, T: Send>(inputs: &[I], threads: usize, work: impl Fn(&I) -> Result<T, String> + Sync) -> Result<Vec<T>, String> {
    let next = AtomicUsize::new(0);
    let threads = threads.min(inputs.len()).max(1);
    let mut done: Vec<(usize, Result<T, String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(f) = inputs.get(i) else { break };
                        out.push((i, work(f)));
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|_| vec![(usize::MAX, Err("a worker thread panicked".to_string()))])).collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

fn to_dict<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (json,))
}

fn record_json(a: &Article) -> Result<String, String> {
    let mut out = Vec::new();
    whosaid::json::write_article(&mut out, a, &[]);
    String::from_utf8(out).map_err(|e| format!("{}: cannot serialize the record: {e}", a.id))
}

/// Loads whosaid's tables once; analyzes texts, HTML pages and records.
#[pyclass(frozen, module = "whosaid._native")]
struct Analyzer {
    inner: whosaid::Analyzer,
}

#[pymethods]
impl Analyzer {
    #[new]
    fn new() -> Self {
        Analyzer { inner: whosaid::Analyzer::new() }
    }

    /// The record of one article as a dict, equal to `whosaid analyze`'s JSON.
    #[pyo3(signature = (text=None, *, html=None, url=None, id=None, published=None, title=None, site_name=None))]
    #[allow(clippy::too_many_arguments)]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: Option<String>,
        html: Option<String>,
        url: Option<String>,
        id: Option<String>,
        published: Option<String>,
        title: Option<String>,
        site_name: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        if text.is_none() && html.is_none() {
            return Err(PyValueError::new_err("give text or html"));
        }
        if text.is_some() && html.is_some() {
            return Err(PyValueError::new_err("give text or html, not both"));
        }
        let f = Fields { id: id.unwrap_or_else(|| "article".into()), text, html, url, published, title, site_name };
        let json = py.detach(|| analyze_one(&self.inner, &f).and_then(|a| record_json(&a))).map_err(PyValueError::new_err)?;
        to_dict(py, &json)
    }

    /// Records of many inputs (str or dict), in input order, on `threads` threads (default: all cores).
    #[pyo3(signature = (items, threads=None))]
    fn analyze_many<'py>(&self, py: Python<'py>, items: &Bound<'py, PyAny>, threads: Option<usize>) -> PyResult<Bound<'py, PyList>> {
        let inputs = items_of(items)?;
        let threads = threads_of(threads)?;
        let jsons = py
            .detach(|| parallel(&inputs, threads, |f| analyze_one(&self.inner, f).and_then(|a| record_json(&a))))
            .map_err(PyValueError::new_err)?;
        let list = PyList::empty(py);
        for j in &jsons {
            list.append(to_dict(py, j)?)?;
        }
        Ok(list)
    }

    /// One table ("quotes", "speakers", "articles") of many inputs as an Arrow stream.
    #[pyo3(signature = (items, threads=None, table="quotes"))]
    fn analyze_stream(&self, py: Python<'_>, items: &Bound<'_, PyAny>, threads: Option<usize>, table: &str) -> PyResult<ArrowStream> {
        let table = Table::parse(table)?;
        let inputs = items_of(items)?;
        let threads = threads_of(threads)?;
        let articles = py.detach(|| parallel(&inputs, threads, |f| analyze_one(&self.inner, f))).map_err(PyValueError::new_err)?;
        let (schema, batches) = table.batches(&articles)?;
        Ok(stream_of(schema, batches))
    }

    /// One table of the articles in an Arrow IPC stream (Spark's batches): the columns
    /// named hold each article's text or HTML, id, URL and date; rows whose text and HTML
    /// are both null or empty are skipped.
    /// With `bytes_col` (a binary column of whole files, as Spark's `binaryFile` source
    /// gives, named by `id_col` holding their paths), each file is read as `whosaid
    /// analyze` reads it: a WARC archive or JSON Lines corpus gives one article per record.
    #[pyo3(signature = (ipc, *, table="quotes", text_col=None, html_col=None, id_col=None, url_col=None, published_col=None, site_col=None, bytes_col=None, threads=None))]
    #[allow(clippy::too_many_arguments)]
    fn analyze_ipc(
        &self,
        py: Python<'_>,
        ipc: &[u8],
        table: &str,
        text_col: Option<&str>,
        html_col: Option<&str>,
        id_col: Option<&str>,
        url_col: Option<&str>,
        published_col: Option<&str>,
        site_col: Option<&str>,
        bytes_col: Option<&str>,
        threads: Option<usize>,
    ) -> PyResult<ArrowStream> {
        let table = Table::parse(table)?;
        if text_col.is_none() && html_col.is_none() && bytes_col.is_none() {
            return Err(PyValueError::new_err("give text_col, html_col or bytes_col"));
        }
        let mut docs: Vec<whosaid::Document> = Vec::new();
        let threads = threads_of(threads)?;
        let reader = arrow_ipc::reader::StreamReader::try_new(std::io::Cursor::new(ipc), None)
            .map_err(|e| PyValueError::new_err(format!("not an Arrow IPC stream: {e}")))?;
        let mut inputs = Vec::new();
        for batch in reader {
            let batch = batch.map_err(|e| PyValueError::new_err(format!("bad Arrow IPC batch: {e}")))?;
            let col = |name: Option<&str>| -> PyResult<Option<StringArray>> {
                let Some(name) = name else { return Ok(None) };
                let c = batch.column_by_name(name).ok_or_else(|| PyValueError::new_err(format!("no column {name:?} in the batch")))?;
                let c = arrow_cast_utf8(c.as_ref()).ok_or_else(|| PyTypeError::new_err(format!("column {name:?} is not a string column")))?;
                Ok(Some(c))
            };
            let (text, html, id, url, published, site) = (col(text_col)?, col(html_col)?, col(id_col)?, col(url_col)?, col(published_col)?, col(site_col)?);
            let get = |c: &Option<StringArray>, i: usize| c.as_ref().filter(|c| c.is_valid(i)).map(|c| c.value(i).to_string());
            if let Some(name) = bytes_col {
                let c = batch.column_by_name(name).ok_or_else(|| PyValueError::new_err(format!("no column {name:?} in the batch")))?;
                let c = c.as_any().downcast_ref::<arrow_array::BinaryArray>().ok_or_else(|| PyTypeError::new_err(format!("column {name:?} is not a binary column")))?;
                for i in 0..batch.num_rows() {
                    if !c.is_valid(i) {
                        continue;
                    }
                    let path = get(&id, i).unwrap_or_else(|| format!("file-{i}"));
                    let path = std::path::PathBuf::from(path.strip_prefix("file:").unwrap_or(&path));
                    let bytes = c.value(i).to_vec();
                    // A file that cannot be read, or a bad record in it, is skipped (as `index` does).
                    if let Ok(inputs) = whosaid_ingest::read_from(Box::new(std::io::Cursor::new(bytes)), &path) {
                        docs.extend(inputs.flatten().map(|input| input.doc));
                    }
                }
                continue;
            }
            for i in 0..batch.num_rows() {
                let f = Fields {
                    id: get(&id, i).unwrap_or_else(|| (inputs.len()).to_string()),
                    text: get(&text, i).filter(|t| !t.is_empty()),
                    html: get(&html, i).filter(|t| !t.is_empty()),
                    url: get(&url, i),
                    published: get(&published, i),
                    title: None,
                    site_name: get(&site, i),
                };
                if f.text.is_some() || f.html.is_some() {
                    inputs.push(f);
                }
            }
        }
        // A bad record (an undecodable page) is skipped, never a failed task.
        let articles: Vec<Article> = py
            .detach(|| -> Result<Vec<Article>, String> {
                let mut a: Vec<Article> = parallel(&inputs, threads, |f| Ok(analyze_one(&self.inner, f).ok()))?.into_iter().flatten().collect();
                a.extend(parallel(&docs, threads, |d| Ok(self.inner.analyze(d)))?);
                Ok(a)
            })
            .map_err(PyValueError::new_err)?;
        let (schema, batches) = table.batches(&articles)?;
        Ok(stream_of(schema, batches))
    }
}

/// A Utf8 or LargeUtf8 column as a `StringArray`.
fn arrow_cast_utf8(c: &dyn Array) -> Option<StringArray> {
    if let Some(s) = c.as_any().downcast_ref::<StringArray>() {
        return Some(s.clone());
    }
    let l = c.as_any().downcast_ref::<arrow_array::LargeStringArray>()?;
    Some(StringArray::from_iter(l.iter()))
}

/// One table of records (dicts as `analyze` returns them) as an Arrow stream.
#[pyfunction]
#[pyo3(signature = (records, table="quotes"))]
fn records_stream(py: Python<'_>, records: &Bound<'_, PyAny>, table: &str) -> PyResult<ArrowStream> {
    let table = Table::parse(table)?;
    if records.is_instance_of::<PyDict>() {
        return Err(PyTypeError::new_err("records must be a list of record dicts (wrap one record in a list)"));
    }
    let dumps = py.import("json")?.getattr("dumps")?;
    let it = records.try_iter().map_err(|_| PyTypeError::new_err("records must be an iterable of record dicts"))?;
    let mut articles = Vec::new();
    for (i, r) in it.enumerate() {
        let r = r?;
        if !r.is_instance_of::<PyDict>() {
            return Err(PyTypeError::new_err(format!("record {i}: expected a dict as analyze() returns, not {}", r.get_type().name()?)));
        }
        let json: String = dumps.call1((&r,))?.extract()?;
        let a: Article = serde_json::from_str(&json).map_err(|e| PyValueError::new_err(format!("record {i}: not a whosaid record: {e}")))?;
        articles.push(a);
    }
    let (schema, batches) = table.batches(&articles)?;
    Ok(stream_of(schema, batches))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add_class::<ArrowStream>()?;
    m.add_function(wrap_pyfunction!(records_stream, m)?)?;
    m.add_function(wrap_pyfunction!(people::identities, m)?)?;
    m.add_function(wrap_pyfunction!(people::stories, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
