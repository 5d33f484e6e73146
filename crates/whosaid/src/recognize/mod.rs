//! Recognizers: person names and their coreference ([`names`]), roles from
//! titles and appositives ([`roles`]), and the entity list of the record.

pub mod names;
pub mod roles;
