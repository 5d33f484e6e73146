//! The server's one error type: what fails at start ([`ServerError`]) and what a request
//! answers when it fails ([`ApiError`], `{"error": {"code", "message"}}` with its status).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// What stops the server from starting or serving.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The store could not be opened.
    #[error("opening {path}: {source}")]
    Store {
        /// The database file.
        path: String,
        /// Why.
        source: whosaid_store::StoreError,
    },
    /// The token file could not be read or is empty.
    #[error("token file {path}: {reason}")]
    Token {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// The address could not be bound, or the runtime failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A failed request: an HTTP status, a stable machine code and a message for people.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// A short stable code: `bad_parameter`, `not_found`, `payload_too_large`, ...
    pub code: &'static str,
    /// What went wrong and how to fix it.
    pub message: String,
}

impl ApiError {
    /// A 400 for a parameter that cannot be used as given.
    pub fn bad(message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::BAD_REQUEST, code: "bad_parameter", message: message.into() }
    }

    /// A 404.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::NOT_FOUND, code: "not_found", message: message.into() }
    }

    /// A 413 for a body over the limit.
    pub fn too_large(limit: usize) -> ApiError {
        ApiError {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            code: "payload_too_large",
            message: format!("the request body is larger than the {} MiB limit", limit >> 20),
        }
    }

    /// A 415 for a body of a type the endpoint does not read.
    pub fn media_type(message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::UNSUPPORTED_MEDIA_TYPE, code: "unsupported_media_type", message: message.into() }
    }

    /// A 503 when the server is saturated or a request ran out of time.
    pub fn unavailable(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::SERVICE_UNAVAILABLE, code, message: message.into() }
    }

    /// A 500: the message is logged with the request id; the client sees a generic text.
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::INTERNAL_SERVER_ERROR, code: "internal", message: message.into() }
    }
}

impl From<whosaid_store::StoreError> for ApiError {
    fn from(e: whosaid_store::StoreError) -> ApiError {
        match e {
            whosaid_store::StoreError::Query(m) | whosaid_store::StoreError::Invalid(m) => ApiError::bad(m),
            other => ApiError::internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let shown = if self.status == StatusCode::INTERNAL_SERVER_ERROR {
            "internal error; the server log has it under this response's x-request-id"
        } else {
            self.message.as_str()
        };
        let body = serde_json::json!({"error": {"code": self.code, "message": shown}});
        let mut r = (self.status, axum::Json(body)).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE || self.status == StatusCode::TOO_MANY_REQUESTS {
            r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        // The middleware logs the real message of a 500 with the request id.
        if self.status == StatusCode::INTERNAL_SERVER_ERROR {
            r.extensions_mut().insert(InternalMessage(self.message));
        }
        r
    }
}

/// The message of a 500, carried to the logging middleware.
#[derive(Debug, Clone)]
pub struct InternalMessage(pub String);
