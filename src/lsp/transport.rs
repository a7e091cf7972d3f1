//! The wire: framed JSON-RPC messages read from standard input (a malformed one gets an error
//! response and reading goes on, where `lsp_server`'s own reader would stop) and written to
//! standard output under one lock.

use super::MAX_MESSAGE;
use lsp_server::{ErrorCode, Message};
use serde_json::{Value, json};
use std::io::{BufRead, Read, Write};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};

/// Where messages are written, shared by the threads that answer.
pub(super) type Out = Arc<Mutex<Box<dyn Write + Send>>>;

pub(super) fn send(out: &Out, msg: Message) {
    if let Ok(mut w) = out.lock() {
        let _ = msg.write(&mut *w);
        let _ = w.flush();
    }
}

/// Writes a JSON-RPC error whose id is `null` or unknown (which `lsp_server` cannot express).
pub(super) fn send_raw_error(out: &Out, id: Value, code: i32, message: &str) {
    let body = json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
        .to_string();
    if let Ok(mut w) = out.lock() {
        let _ = write!(w, "Content-Length: {}\r\n\r\n{body}", body.len());
        let _ = w.flush();
    }
}

/// Reads framed messages from `input` until it ends; a message that is not JSON-RPC gets an
/// error response and reading goes on.
pub(super) fn read_loop(mut input: impl BufRead, tx: Sender<Message>, out: Out) {
    loop {
        let mut length: Option<usize> = None;
        let mut saw_header = false;
        loop {
            let mut line = String::new();
            match input.read_line(&mut line) {
                Ok(0) => return,
                Ok(_) => {}
                Err(_) => {
                    // Not UTF-8 in a header: skip the line.
                    let mut junk = Vec::new();
                    if input.read_until(b'\n', &mut junk).map_or(true, |n| n == 0) {
                        return;
                    }
                    continue;
                }
            }
            let l = line.trim_end_matches(['\r', '\n']);
            if l.is_empty() {
                if saw_header {
                    break;
                }
                continue;
            }
            saw_header = true;
            if let Some((k, v)) = l.split_once(':')
                && k.trim().eq_ignore_ascii_case("content-length")
            {
                length = v.trim().parse().ok();
            }
        }
        let Some(n) = length else {
            send_raw_error(
                &out,
                Value::Null,
                ErrorCode::ParseError as i32,
                "missing Content-Length",
            );
            continue;
        };
        if n > MAX_MESSAGE {
            let _ = std::io::copy(&mut (&mut input).take(n as u64), &mut std::io::sink());
            send_raw_error(
                &out,
                Value::Null,
                ErrorCode::InvalidRequest as i32,
                "message too large",
            );
            continue;
        }
        let mut body = vec![0u8; n];
        if input.read_exact(&mut body).is_err() {
            return;
        }
        match serde_json::from_slice::<Message>(&body) {
            Ok(m) => {
                if tx.send(m).is_err() {
                    return;
                }
            }
            Err(e) => {
                let (id, code) = match serde_json::from_slice::<Value>(&body) {
                    Ok(v) => (
                        v.get("id").cloned().unwrap_or(Value::Null),
                        ErrorCode::InvalidRequest as i32,
                    ),
                    Err(_) => (Value::Null, ErrorCode::ParseError as i32),
                };
                send_raw_error(&out, id, code, &format!("malformed message: {e}"));
            }
        }
    }
}
