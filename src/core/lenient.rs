//! A serde wrapper that never fails.
//!
//! Real feeds put numbers where strings belong, objects where arrays belong,
//! and worse. One bad field must not cost the reader the whole feed, so every
//! wire field is read through `Lenient`, which keeps the value when it has
//! the expected type and forgets it otherwise.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Lenient<T>(pub Option<T>);

impl<T> Default for Lenient<T> {
    fn default() -> Self {
        Lenient(None)
    }
}

impl<T> Lenient<T> {
    pub fn into_option(self) -> Option<T> {
        self.0
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Going through `Value` first is what lets a type mismatch stay local
        // to this field instead of aborting the surrounding struct.
        let value = Value::deserialize(deserializer)?;
        Ok(Lenient(T::deserialize(value).ok()))
    }
}

/// A list whose bad elements are dropped one by one, keeping the good ones.
#[derive(Debug, Clone, PartialEq)]
pub struct LenientVec<T>(pub Vec<T>);

impl<T> Default for LenientVec<T> {
    fn default() -> Self {
        LenientVec(Vec::new())
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for LenientVec<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        let items = match value {
            Value::Array(values) => values
                .into_iter()
                .filter_map(|v| T::deserialize(v).ok())
                .collect(),
            _ => Vec::new(),
        };
        Ok(LenientVec(items))
    }
}
