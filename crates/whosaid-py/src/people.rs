//! The corpus-wide people of `whosaid stats`, for the Spark helpers (`whosaid.spark.people`).
//!
//! `whosaid stats` counts each person once per story, with one gender decided from all of
//! their rows across the corpus ([`whosaid_store::identity`]), a story being an article and
//! its reprints ([`whosaid_store::minhash::Clusterer`]). On Spark that is two phases:
//!
//! 1. on the executors, each article becomes one row of the `people` table ([`batch`]): its
//!    outlet, month, quotes, MinHash signature with its LSH band keys, and its person
//!    speaker rows (normalized name, spelling, gender, evidence, quotes), exactly the rows the
//!    store's statistics read ([`whosaid_store::identity::is_person`]);
//! 2. on the driver, the rows aggregated per (name, spelling, gender, evidence) become
//!    identities ([`identities`], the store's own [`IdentityBuilder`]), and the signatures
//!    of the articles that share a band key become stories ([`stories`], the store's own
//!    [`Clusterer`]).
//!
//! No rule is implemented twice: both phases call the store's code.

use arrow_array::builder::{BinaryBuilder, Int64Builder, ListBuilder, StringBuilder, StructBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};
use std::sync::Arc;
use whosaid::Article;
use whosaid_store::derive;
use whosaid_store::identity::{is_person, IdentityBuilder};
use whosaid_store::minhash::{Clusterer, Signature, BANDS};
use whosaid_table::SpeakerRow;

fn person_fields() -> Fields {
    Fields::from(vec![
        Field::new("norm", DataType::Utf8, false),
        Field::new("name", DataType::Utf8, false),
        Field::new("gender", DataType::Utf8, false),
        Field::new("gender_evidence", DataType::Utf8, false),
        Field::new("quotes", DataType::Int64, false),
    ])
}

fn person_item() -> Arc<Field> {
    Arc::new(Field::new("item", DataType::Struct(person_fields()), true))
}

fn band_item() -> Arc<Field> {
    Arc::new(Field::new("item", DataType::Int64, true))
}

/// The `people` table: one row per article.
///
/// `article_id`, `outlet`, `date?`, `month` ("unknown" when undated, as `stats --by month`
/// names it), `quotes` (int64), `shingles` (int64), `signature?` (binary: the body's MinHash
/// signature, absent for bodies too short to have one), `bands` (list of int64: its LSH band
/// keys, empty without a signature), `people` (list of struct `norm`, `name`, `gender`,
/// `gender_evidence`, `quotes`: the person speakers `stats` counts).
pub fn schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("article_id", DataType::Utf8, false),
        Field::new("outlet", DataType::Utf8, false),
        Field::new("date", DataType::Utf8, true),
        Field::new("month", DataType::Utf8, false),
        Field::new("quotes", DataType::Int64, false),
        Field::new("shingles", DataType::Int64, false),
        Field::new("signature", DataType::Binary, true),
        Field::new("bands", DataType::List(band_item()), false),
        Field::new("people", DataType::List(person_item()), false),
    ]))
}

/// The `people` table of `articles` (see [`schema`]); fails only if Arrow refuses the columns.
pub fn batch(articles: &[Article]) -> Result<RecordBatch, arrow_schema::ArrowError> {
    let (mut id, mut outlet, mut date, mut month) = (StringBuilder::new(), StringBuilder::new(), StringBuilder::new(), StringBuilder::new());
    let (mut quotes, mut shingles, mut signature) = (Int64Builder::new(), Int64Builder::new(), BinaryBuilder::new());
    let mut bands = ListBuilder::new(Int64Builder::new()).with_field(band_item());
    let values = StructBuilder::from_fields(person_fields(), 0);
    let mut people = ListBuilder::new(values).with_field(person_item());
    for a in articles {
        let d = derive::date(a);
        id.append_value(&a.id);
        outlet.append_value(derive::outlet(a));
        month.append_value(d.as_deref().and_then(derive::month).as_deref().unwrap_or("unknown"));
        date.append_option(d);
        quotes.append_value(a.quotes.len() as i64);
        let (sig, n) = Signature::of(&a.body);
        shingles.append_value(i64::from(n));
        match &sig {
            Some(s) => {
                signature.append_value(s.to_bytes());
                for b in 0..BANDS {
                    // Spark has no unsigned integers: the key's bits as an int64.
                    bands.values().append_value(s.band_key(b) as i64);
                }
            }
            None => signature.append_null(),
        }
        bands.append(true);
        for row in SpeakerRow::of_article(a) {
            let norm = derive::norm_name(&row.name);
            if !is_person(&row.kind, &norm) {
                continue;
            }
            let s = people.values();
            let texts = [norm.as_str(), row.name.as_str(), row.gender.as_str(), row.gender_evidence.as_str()];
            for (i, t) in texts.into_iter().enumerate() {
                if let Some(b) = s.field_builder::<StringBuilder>(i) {
                    b.append_value(t);
                }
            }
            if let Some(b) = s.field_builder::<Int64Builder>(4) {
                b.append_value(row.quotes);
            }
            s.append(true);
        }
        people.append(true);
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(id.finish()),
        Arc::new(outlet.finish()),
        Arc::new(date.finish()),
        Arc::new(month.finish()),
        Arc::new(quotes.finish()),
        Arc::new(shingles.finish()),
        Arc::new(signature.finish()),
        Arc::new(bands.finish()),
        Arc::new(people.finish()),
    ];
    RecordBatch::try_new(schema(), columns)
}

/// A count from Python: a non-negative int.
fn count(v: i64, what: &str, i: usize) -> PyResult<u64> {
    u64::try_from(v).map_err(|_| PyValueError::new_err(format!("{what}[{i}] must not be negative, not {v}")))
}

/// The corpus-wide identities of person speaker rows, decided as `whosaid stats` decides
/// them (the store's [`IdentityBuilder`]).
///
/// Takes the rows aggregated per (normalized name, spelling, gender, gender evidence):
/// equal-length lists `norms`, `names`, `genders`, `evidence`, `rows` (speaker rows in the
/// group) and `quotes` (their quotes). Returns a dict of equal-length lists, one entry per
/// distinct normalized name in first-seen order: `norm`, `key` (the identity key),
/// `name` (the identity's shown name), `gender` and `gender_evidence` (decided over all its
/// rows). Raises ValueError when the lists differ in length or a count is negative.
#[pyfunction]
#[pyo3(signature = (norms, names, genders, evidence, rows, quotes))]
pub fn identities<'py>(
    py: Python<'py>,
    norms: Vec<String>,
    names: Vec<String>,
    genders: Vec<String>,
    evidence: Vec<String>,
    rows: Vec<i64>,
    quotes: Vec<i64>,
) -> PyResult<Bound<'py, PyDict>> {
    let n = norms.len();
    if [names.len(), genders.len(), evidence.len(), rows.len(), quotes.len()].iter().any(|&l| l != n) {
        return Err(PyValueError::new_err("norms, names, genders, evidence, rows and quotes must have the same length"));
    }
    let rows: Vec<u64> = rows.iter().enumerate().map(|(i, &v)| count(v, "rows", i)).collect::<PyResult<_>>()?;
    let quotes: Vec<u64> = quotes.iter().enumerate().map(|(i, &v)| count(v, "quotes", i)).collect::<PyResult<_>>()?;
    let out = py.detach(|| {
        let mut b = IdentityBuilder::default();
        let mut seen: Vec<String> = Vec::new();
        for i in 0..n {
            let before = seen.len();
            let id = b.norm_id(&norms[i]);
            if id as usize == before {
                seen.push(norms[i].clone());
            }
            b.add_rows(id, &names[i], &genders[i], &evidence[i], rows[i]);
            b.add_quotes(id, quotes[i]);
        }
        let ids = b.build();
        let mut cols: [Vec<String>; 5] = Default::default();
        for (norm_id, norm) in seen.into_iter().enumerate() {
            let Some(p) = ids.of(norm_id as u32).and_then(|p| ids.list.get(p as usize)) else {
                return Err(format!("no identity for {norm:?} (a bug)"));
            };
            cols[0].push(norm);
            cols[1].push(p.key.clone());
            cols[2].push(p.name.clone());
            cols[3].push(p.gender.to_string());
            cols[4].push(p.gender_evidence.to_string());
        }
        Ok(cols)
    });
    let cols = out.map_err(PyRuntimeError::new_err)?;
    let d = PyDict::new(py);
    for (name, col) in ["norm", "key", "name", "gender", "gender_evidence"].into_iter().zip(cols) {
        d.set_item(name, col)?;
    }
    Ok(d)
}

/// The story of each article, as `whosaid stats` clusters reprints (the store's
/// [`Clusterer`]), over articles in the order given (the store uses its row order).
///
/// `ids`, `signatures` (the `people` table's bytes) and `shingles` are equal-length lists.
/// Returns, per article, the id of its story's first article; an article with a malformed
/// signature is a story of its own. Articles no band key joins to another can be left out:
/// they are stories of their own and change nobody else's. Raises ValueError when the lists
/// differ in length.
#[pyfunction]
pub fn stories(py: Python<'_>, ids: Vec<String>, signatures: Vec<Bound<'_, PyBytes>>, shingles: Vec<i64>) -> PyResult<Vec<String>> {
    if signatures.len() != ids.len() || shingles.len() != ids.len() {
        return Err(PyValueError::new_err("ids, signatures and shingles must have the same length"));
    }
    let sigs: Vec<Option<Signature>> = signatures
        .iter()
        .zip(&shingles)
        .map(|(b, &n)| Signature::from_bytes(b.as_bytes(), u32::try_from(n.max(0)).unwrap_or(u32::MAX)))
        .collect();
    Ok(py.detach(|| {
        let mut cl = Clusterer::new();
        let mut at: Vec<usize> = Vec::new();
        for (i, s) in sigs.into_iter().enumerate() {
            if let Some(s) = s {
                cl.push(s);
                at.push(i);
            }
        }
        let mut out = ids.clone();
        for (k, root) in cl.stories().into_iter().enumerate() {
            if let (Some(&i), Some(&r)) = (at.get(k), at.get(root as usize)) {
                if let (Some(slot), Some(id)) = (out.get_mut(i), ids.get(r)) {
                    slot.clone_from(id);
                }
            }
        }
        out
    }))
}
