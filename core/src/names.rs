//! Reading names out of a token stream: words that together name one unit (`fl oz`,
//! `US gallon`), and the keyword that starts the target (`to`, `in`, `as`, `->`).

use crate::syntax::{Tok, Token};
use crate::table::UnitTable;

/// Joins neighbouring words that together name a unit (`fl oz`, `nautical mile`,
/// `US gallon`), longest first, so the parser sees one name.
pub fn merge_multiword(r: &UnitTable, toks: Vec<Token>) -> Vec<Token> {
    let any_head = toks.iter().any(|t| matches!(&t.tok, Tok::Ident(w) if r.starts_multiword(w)));
    if !any_head {
        return toks;
    }
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let joinable = match &toks[i].tok {
            Tok::Ident(w) => i + 1 < toks.len() && r.starts_multiword(w),
            _ => false,
        };
        if joinable {
            let mut best: Option<(usize, String)> = None;
            let mut name = String::new();
            for j in i..toks.len().min(i + 4) {
                match &toks[j].tok {
                    Tok::Ident(w) => {
                        if j > i {
                            name.push(' ');
                        }
                        name.push_str(w);
                        if j > i && r.is_known_name(&name) {
                            best = Some((j, name.clone()));
                        }
                    }
                    _ => break,
                }
            }
            if let Some((j, joined)) = best {
                out.push(Token { tok: Tok::Ident(joined), pos: toks[i].pos });
                i = j + 1;
                continue;
            }
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

/// Splits at the target keyword: `to`, `->`, `as`, `into`, or else `in` when a unit
/// follows it (a trailing `in` is the inch: `5 ft 3 in`). Only keywords outside
/// parentheses count, and the last one wins.
pub fn split_target(toks: &[Token]) -> Option<usize> {
    let mut strong = None;
    let mut weak = None;
    let mut depth = 0i32;
    for (i, t) in toks.iter().enumerate() {
        match &t.tok {
            Tok::Op('(') => depth += 1,
            Tok::Op(')') => depth -= 1,
            Tok::Arrow if depth == 0 && i > 0 => strong = Some(i),
            Tok::Ident(w) if depth == 0 && i > 0 => {
                let w = crate::case::fold(w);
                if w == "to" || w == "as" || w == "into" {
                    strong = Some(i);
                } else if w == "in" && matches!(toks.get(i + 1).map(|n| &n.tok), Some(Tok::Ident(_)) | Some(Tok::Op('('))) {
                    weak = Some(i);
                }
            }
            _ => {}
        }
    }
    strong.or(weak)
}

