//! Shared by the reader tests and the fuzz targets.
pub mod fuzz_bodies;
